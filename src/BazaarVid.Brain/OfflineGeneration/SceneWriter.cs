using System.Text;
using System.Text.RegularExpressions;

namespace BazaarVid.Brain;

/// <summary>Writes the code of one normalized spec (see <see cref="SceneCodeEmitter"/>).</summary>
internal sealed partial class SceneWriter
{
    private const string Clamp = "extrapolateLeft: \"clamp\", extrapolateRight: \"clamp\"";

    private readonly SceneSpec _spec;
    private readonly string _id;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal) { "AbsoluteFill", "useCurrentFrame", "useVideoConfig" };
    private readonly List<string> _setup = [];
    private readonly Dictionary<SceneElement, ElementStyle> _styles = new(ReferenceEqualityComparer.Instance);
    private bool _needsWide;
    private bool _needsEnter;

    public SceneWriter(SceneSpec spec)
    {
        _spec = spec;
        _id = spec.SceneId;
    }

    private string Palette => "palette_" + _id;

    private string Fonts => "fonts_" + _id;

    public string Write()
    {
        for (var i = 0; i < _spec.Elements.Length; i++)
        {
            _styles[_spec.Elements[i]] = Animate(_spec.Elements[i], i + 1);
        }

        var markup = new CodeBuilder(2);
        WriteMarkup(markup);

        var code = new StringBuilder();
        var names = _used.OrderBy(RemotionApi.OrderOf).ThenBy(n => n, StringComparer.Ordinal);
        code.Append("const { ").AppendJoin(", ", names).Append(" } = window.Remotion;\n\n");
        WritePalette(code);
        code.Append("export default function Scene_").Append(_id).Append("() {\n");
        code.Append("  const frame = useCurrentFrame();\n");
        code.Append("  const { fps, width, height } = useVideoConfig();\n");
        code.Append("  const unit = Math.min(width, height);\n");
        if (_needsWide)
        {
            code.Append("  const wide = width > height * 1.2;\n");
        }

        if (_needsEnter)
        {
            code.Append("  const enter = Math.max(4, Math.round(fps * ").Append(JsLiteral.Number(MotionRules.EnterSeconds(_spec.Motion.Pacing))).Append("));\n");
        }

        foreach (var line in _setup)
        {
            code.Append("  ").Append(line).Append('\n');
        }

        code.Append("  return (\n").Append(markup).Append("  );\n}\n\n");
        code.Append("export const durationInFrames_").Append(_id).Append(" = ").Append(JsLiteral.Number(_spec.DurationInFrames)).Append(";\n");
        return code.ToString();
    }

    private void WritePalette(StringBuilder code)
    {
        var p = _spec.Palette;
        code.Append("const ").Append(Palette).Append(" = {\n");
        foreach (var (key, value) in new[] { ("background", p.Background), ("surface", p.Surface), ("primary", p.Primary), ("accent", p.Accent), ("text", p.Text), ("muted", p.MutedText) })
        {
            code.Append("  ").Append(key).Append(": ").Append(JsLiteral.String(value)).Append(",\n");
        }

        code.Append("};\n\n");
        code.Append("const ").Append(Fonts).Append(" = {\n");
        code.Append("  heading: ").Append(JsLiteral.String(_spec.Typography.HeadingFont)).Append(",\n");
        code.Append("  body: ").Append(JsLiteral.String(_spec.Typography.BodyFont)).Append(",\n");
        code.Append("};\n\n");
    }

    private string Use(string name)
    {
        _used.Add(name);
        return name;
    }

    private string Interpolate(string input, string output, bool eased)
    {
        Use("interpolate");
        var easing = eased ? ", easing: " + UseEasing() : string.Empty;
        return $"{Use("interpolate")}(frame, {input}, {output}, {{ {Clamp}{easing} }})";
    }

    private string UseEasing()
    {
        Use("Easing");
        return _spec.Motion.Easing;
    }

    /// <summary>Declares the element's animation values and returns how they style it.</summary>
    private ElementStyle Animate(SceneElement element, int index)
    {
        var a = "a" + JsLiteral.Number(index);
        var d = JsLiteral.Number(element.DelayFrames);
        var start = element.DelayFrames == 0 ? string.Empty : d + " + ";
        var local = element.DelayFrames == 0 ? "frame" : "frame - " + d;
        var fullBleedImage = element.Kind == ElementKind.Image && _spec.Layout == SceneLayout.FullBleed;
        switch (element.Animation)
        {
            case AnimationKind.Spring:
                var (damping, stiffness, mass) = MotionRules.Spring(_spec.Motion);
                _setup.Add($"const {a} = {Use("spring")}({{ frame: {local}, fps, config: {{ damping: {JsLiteral.Number(damping)}, stiffness: {JsLiteral.Number(stiffness)}, mass: {JsLiteral.Number(mass)} }} }});");
                return fullBleedImage
                    ? new ElementStyle($"Math.min(1, {a} * 1.5)", $"`scale(${{1.12 - 0.12 * {a}}})`", null, null)
                    : new ElementStyle($"Math.min(1, {a} * 1.5)", $"`scale(${{{a}}})`", null, null);
            case AnimationKind.Typewriter:
                var chars = element.Text!.EnumerateRunes().Count();
                var perSecond = MotionRules.TypewriterCharsPerSecond(_spec.Motion.Pacing);
                var t = "t" + JsLiteral.Number(index);
                _setup.Add($"const {t} = Array.from({JsLiteral.String(element.Text)});");
                _setup.Add($"const {a} = Math.floor({Interpolate($"[{d}, {start}{JsLiteral.Number(chars)} * fps / {JsLiteral.Number(perSecond)}]", $"[0, {JsLiteral.Number(chars)}]", eased: false)});");
                return new ElementStyle(null, null, null, $"<span>{{{t}.slice(0, {a}).join(\"\")}}</span><span style={{{{ opacity: 0 }}}}>{{{t}.slice({a}).join(\"\")}}</span>");
            case AnimationKind.Glitch:
                _needsEnter = true;
                var g = "g" + JsLiteral.Number(index);
                _setup.Add($"const {a} = {Interpolate($"[{d}, {start}enter]", "[0, 1]", eased: false)};");
                _setup.Add($"const {g} = (1 - {a}) * Math.sin(({local}) * 2.3) * unit * 0.025;");
                return new ElementStyle(
                    $"Math.min(1, {a} * 4)",
                    $"`translateX(${{{g}}}px)`",
                    $"textShadow: `${{{g}}}px 0 ${{{Palette}.accent}}, ${{-{g}}}px 0 #FF2D55`",
                    null);
            default:
                _needsEnter = true;
                _setup.Add($"const {a} = {Interpolate($"[{d}, {start}enter]", "[0, 1]", eased: true)};");
                if (fullBleedImage)
                {
                    return new ElementStyle(a, $"`scale(${{1.12 - 0.12 * {a}}})`", null, null);
                }

                return element.Animation switch
                {
                    AnimationKind.SlideUp => new ElementStyle(a, $"`translateY(${{(1 - {a}) * unit * 0.06}}px)`", null, null),
                    AnimationKind.SlideFromLeft => new ElementStyle(a, $"`translateX(${{({a} - 1) * width * 0.15}}px)`", null, null),
                    AnimationKind.SlideFromRight => new ElementStyle(a, $"`translateX(${{(1 - {a}) * width * 0.15}}px)`", null, null),
                    AnimationKind.Scale when element.Kind == ElementKind.Shape && element.Text == "line" => new ElementStyle(a, $"`scaleX(${{{a}}})`", null, null),
                    AnimationKind.Scale => new ElementStyle(a, $"`scale(${{0.6 + 0.4 * {a}}})`", null, null),
                    _ => new ElementStyle(a, null, null, null),
                };
        }
    }

    private void WriteMarkup(CodeBuilder markup)
    {
        var background = _spec.Background;
        var fill = background.GradientTo is { } to
            ? JsLiteral.String($"linear-gradient(135deg, {background.Color} 0%, {to} 100%)")
            : JsLiteral.String(background.Color);
        var rootStyle = new List<string> { "background: " + fill, $"fontFamily: {Fonts}.body", "overflow: \"hidden\"" };
        if (_spec.ExitFrames > 0)
        {
            var end = _spec.DurationInFrames;
            _setup.Add($"const fadeOut = {Interpolate($"[{JsLiteral.Number(end - _spec.ExitFrames)}, {JsLiteral.Number(end)}]", "[1, 0]", eased: false)};");
            rootStyle.Add("opacity: fadeOut");
        }

        markup.Open($"<AbsoluteFill style={{{{ {string.Join(", ", rootStyle)} }}}}>");
        if (background.ImageUrl is { } backgroundImage)
        {
            markup.Line($"<{Use("Img")} src={Attribute(backgroundImage)} style={{{{ position: \"absolute\", width: \"100%\", height: \"100%\", objectFit: \"cover\" }}}} />");
            var overlay = Colors.IsLight(_spec.Palette.Text) ? "rgba(0, 0, 0, 0.45)" : "rgba(255, 255, 255, 0.55)";
            markup.Line($"<AbsoluteFill style={{{{ background: {JsLiteral.String(overlay)} }}}} />");
        }

        var decorations = _spec.Elements.Where(e => e.Kind == ElementKind.Shape && e.Text != "line").ToList();
        var fullBleed = _spec.Layout == SceneLayout.FullBleed && _spec.Elements.Any(e => e.Kind == ElementKind.Image && e.Position == ElementPosition.Flow);
        if (!fullBleed)
        {
            WriteDecorations(markup, decorations);
        }

        var flow = _spec.Elements.Where(e => !decorations.Contains(e) && e.Position == ElementPosition.Flow).ToList();
        var corners = _spec.Elements.Where(e => !decorations.Contains(e) && e.Position != ElementPosition.Flow).ToList();
        switch (_spec.Layout)
        {
            case SceneLayout.Split when flow.Any(e => e.Kind == ElementKind.Image):
                WriteSplit(markup, flow);
                break;
            case SceneLayout.Grid:
                WriteGrid(markup, flow);
                break;
            case SceneLayout.Quote:
                WriteQuote(markup, flow);
                break;
            case SceneLayout.FullBleed when fullBleed:
                WriteFullBleed(markup, flow, decorations);
                break;
            default:
                WriteColumn(markup, flow, "center", "unit * 0.08", align: "\"center\"");
                break;
        }

        foreach (var element in corners)
        {
            markup.Line(Element(element, Context.Corner));
        }

        markup.Close("</AbsoluteFill>");
    }

    private void WriteColumn(CodeBuilder markup, List<SceneElement> flow, string justify, string padding, string align)
    {
        markup.Open($"<AbsoluteFill style={{{{ justifyContent: {JsLiteral.String(justify)}, alignItems: \"center\", gap: unit * 0.03, padding: {padding}, textAlign: {align} }}}}>");
        foreach (var element in flow)
        {
            markup.Line(Element(element, Context.Column));
        }

        markup.Close("</AbsoluteFill>");
    }

    private void WriteSplit(CodeBuilder markup, List<SceneElement> flow)
    {
        _needsWide = true;
        markup.Open("<AbsoluteFill style={{ flexDirection: wide ? \"row\" : \"column\", alignItems: \"center\", justifyContent: \"center\", gap: unit * 0.06, padding: unit * 0.08 }}>");
        markup.Open("<div style={{ flex: wide ? 1 : \"0 0 auto\", display: \"flex\", flexDirection: \"column\", gap: unit * 0.025, alignItems: wide ? \"flex-start\" : \"center\", textAlign: wide ? \"left\" : \"center\" }}>");
        foreach (var element in flow.Where(e => e.Kind != ElementKind.Image))
        {
            markup.Line(Element(element, Context.SplitText));
        }

        markup.Close("</div>");
        foreach (var image in flow.Where(e => e.Kind == ElementKind.Image))
        {
            markup.Line(Element(image, Context.SplitImage));
        }

        markup.Close("</AbsoluteFill>");
    }

    private void WriteGrid(CodeBuilder markup, List<SceneElement> flow)
    {
        var cards = flow.Where(e => e.Kind == ElementKind.Card).ToList();
        if (cards.Count == 0)
        {
            WriteColumn(markup, flow, "center", "unit * 0.08", "\"center\"");
            return;
        }

        var count = JsLiteral.Number(cards.Count);
        _setup.Add($"const columns = width > height * 1.2 ? Math.min({count}, 3) : width >= height ? Math.min({count}, 2) : 1;");
        _setup.Add("const cardWidth = (width - unit * 0.14 - (columns - 1) * unit * 0.025) / columns;");
        markup.Open("<AbsoluteFill style={{ justifyContent: \"center\", alignItems: \"center\", gap: unit * 0.04, padding: unit * 0.07, textAlign: \"center\" }}>");
        var cardsWritten = false;
        foreach (var element in flow)
        {
            if (element.Kind != ElementKind.Card)
            {
                markup.Line(Element(element, Context.Column));
                continue;
            }

            if (cardsWritten)
            {
                continue;
            }

            cardsWritten = true;
            markup.Open("<div style={{ display: \"flex\", flexWrap: \"wrap\", justifyContent: \"center\", gap: unit * 0.025, width: \"100%\" }}>");
            foreach (var card in cards)
            {
                markup.Line(Element(card, Context.Column));
            }

            markup.Close("</div>");
        }

        markup.Close("</AbsoluteFill>");
    }

    private void WriteQuote(CodeBuilder markup, List<SceneElement> flow)
    {
        _needsEnter = true;
        _setup.Add($"const quoteMark = {Interpolate("[0, enter]", "[0, 1]", eased: true)};");
        markup.Open("<AbsoluteFill style={{ justifyContent: \"center\", alignItems: \"center\", gap: unit * 0.035, padding: unit * 0.1, textAlign: \"center\" }}>");
        markup.Line($"<div style={{{{ fontFamily: {Fonts}.heading, fontSize: unit * 0.16, lineHeight: 0.6, height: unit * 0.08, color: {Palette}.accent, opacity: quoteMark }}}}>{{{JsLiteral.String("\u201C")}}}</div>");
        foreach (var element in flow)
        {
            markup.Line(Element(element, Context.Quote));
        }

        markup.Close("</AbsoluteFill>");
    }

    private void WriteDecorations(CodeBuilder markup, List<SceneElement> decorations)
    {
        if (decorations.Count == 0)
        {
            return;
        }

        markup.Open("<AbsoluteFill style={{ justifyContent: \"center\", alignItems: \"center\" }}>");
        foreach (var shape in decorations)
        {
            markup.Line(Decoration(shape));
        }

        markup.Close("</AbsoluteFill>");
    }

    private void WriteFullBleed(CodeBuilder markup, List<SceneElement> flow, List<SceneElement> decorations)
    {
        var image = flow.First(e => e.Kind == ElementKind.Image);
        var style = _styles[image];
        var animated = Join(style.Opacity is null ? null : "opacity: " + style.Opacity, style.Transform is null ? null : "transform: " + style.Transform);
        markup.Open($"<AbsoluteFill style={{{{ {animated} }}}}>");
        markup.Line($"<{Use("Img")} src={Attribute(image.AssetUrl!)} style={{{{ width: \"100%\", height: \"100%\", objectFit: \"cover\" }}}} />");
        markup.Close("</AbsoluteFill>");
        markup.Line("<AbsoluteFill style={{ background: \"linear-gradient(180deg, rgba(0, 0, 0, 0.1) 0%, rgba(0, 0, 0, 0.72) 100%)\" }} />");
        WriteDecorations(markup, decorations);
        WriteColumn(markup, flow.Where(e => e != image).ToList(), "flex-end", "unit * 0.08", "\"center\"");
    }

    private string Decoration(SceneElement shape)
    {
        var style = _styles[shape];
        var s = Times(shape.Scale);
        var color = shape.Color is { } c ? JsLiteral.String(c) : Palette + ".accent";
        var opacity = style.Opacity ?? "1";
        var (size, look, strength) = shape.Text switch
        {
            "ring" => ("0.75", $"border: `${{Math.max(2, unit * 0.004)}}px solid ${{{color}}}`", "0.35"),
            "circle" => ("0.5", $"background: {color}", "0.14"),
            _ => ("1.1", $"background: `radial-gradient(circle, ${{{color}}} 0%, transparent 65%)`", "0.28"),
        };
        var parts = Join(
            $"position: \"absolute\", width: unit * {size}{s}, height: unit * {size}{s}, borderRadius: \"50%\"",
            look,
            $"opacity: {strength} * {opacity}",
            style.Transform is null ? null : "transform: " + style.Transform);
        return $"<div style={{{{ {parts} }}}} />";
    }

    private string Element(SceneElement element, Context context)
    {
        var style = _styles[element];
        var s = Times(element.Scale);
        var parts = new List<string?>();
        var corner = context == Context.Corner ? CornerStyle(element.Position) : null;
        switch (element.Kind)
        {
            case ElementKind.Headline:
                var size = context switch
                {
                    Context.Quote => 0.056,
                    Context.SplitText => 0.07,
                    _ => _spec.Layout == SceneLayout.Grid ? 0.065 : 0.085,
                } * LengthFactor(element.Text!);
                var headlineColor = element.Color is { } hc ? JsLiteral.String(hc)
                    : _spec.Layout == SceneLayout.FullBleed ? JsLiteral.String("#FFFFFF")
                    : Palette + ".primary";
                parts.Add($"margin: 0, fontFamily: {Fonts}.heading, fontWeight: {JsLiteral.Number(_spec.Typography.HeadingWeight)}, fontSize: unit * {JsLiteral.Number(size)}{s}, lineHeight: 1.1");
                parts.Add($"letterSpacing: {JsLiteral.String(JsLiteral.Number(_spec.Typography.LetterSpacing) + "em")}");
                parts.Add(_spec.Typography.Uppercase && context != Context.Quote ? "textTransform: \"uppercase\"" : null);
                parts.Add(context == Context.Quote ? "fontStyle: \"italic\"" : null);
                parts.Add($"color: {headlineColor}, maxWidth: {(context == Context.SplitText ? "\"100%\"" : "width * 0.86")}");
                return Text("h1", element, parts, style, corner);
            case ElementKind.Subheadline:
                var subColor = element.Color is { } sc ? JsLiteral.String(sc)
                    : _spec.Layout == SceneLayout.FullBleed ? JsLiteral.String("#E5E5EA")
                    : context == Context.Quote ? Palette + ".accent"
                    : Palette + ".muted";
                parts.Add($"margin: 0, fontFamily: {Fonts}.body, fontSize: unit * {(context == Context.Quote ? "0.03" : "0.034")}{s}, lineHeight: 1.4");
                parts.Add($"color: {subColor}, maxWidth: {(context == Context.SplitText ? "\"100%\"" : "width * 0.72")}");
                return Text("p", element, parts, style, corner);
            case ElementKind.Card:
                var cardColor = element.Color is { } cc ? JsLiteral.String(cc) : Palette + ".text";
                var width = _spec.Layout == SceneLayout.Grid && context == Context.Column ? "cardWidth" : "unit * 0.6";
                parts.Add($"boxSizing: \"border-box\", width: {width}, padding: unit * 0.03, borderRadius: unit * 0.02, background: {Palette}.surface");
                parts.Add($"borderTop: `${{Math.max(2, unit * 0.005)}}px solid ${{{Palette}.accent}}`");
                parts.Add($"color: {cardColor}, fontFamily: {Fonts}.heading, fontWeight: 600, fontSize: unit * 0.03{s}, lineHeight: 1.3, textAlign: \"left\"");
                return Text("div", element, parts, style, corner);
            case ElementKind.Logo:
                var logoHeight = context == Context.Corner ? "0.07" : "0.1";
                parts.Add($"height: unit * {logoHeight}{s}, maxWidth: unit * 0.5{s}, objectFit: \"contain\"");
                return Image(element, parts, style, corner);
            case ElementKind.Image:
                var box = context switch
                {
                    Context.SplitImage => $"width: (wide ? width * 0.42 : width * 0.8){s}, height: (wide ? height * 0.62 : height * 0.38){s}",
                    Context.Corner => $"width: unit * 0.3{s}, height: unit * 0.3{s}",
                    _ => $"width: unit * 0.7{s}, height: unit * 0.42{s}",
                };
                parts.Add($"{box}, objectFit: \"contain\", borderRadius: unit * 0.015");
                return Image(element, parts, style, corner);
            default:
                parts.Add($"width: unit * 0.14{s}, height: Math.max(3, unit * 0.006), borderRadius: 999, background: {(element.Color is { } lc ? JsLiteral.String(lc) : Palette + ".accent")}");
                parts.Add(context == Context.SplitText ? "transformOrigin: \"left center\"" : null);
                parts.Add(corner);
                parts.Add(style.Opacity is null ? null : "opacity: " + style.Opacity);
                parts.Add(style.Transform is null ? null : "transform: " + style.Transform);
                return $"<div style={{{{ {Join([.. parts])} }}}} />";
        }
    }

    private static string Text(string tag, SceneElement element, List<string?> parts, ElementStyle style, string? corner)
    {
        parts.Add(corner);
        parts.Add(style.Opacity is null ? null : "opacity: " + style.Opacity);
        parts.Add(style.Transform is null ? null : "transform: " + style.Transform);
        parts.Add(style.Extra);
        var content = style.Content ?? "{" + JsLiteral.String(element.Text!) + "}";
        return $"<{tag} style={{{{ {Join([.. parts])} }}}}>{content}</{tag}>";
    }

    private string Image(SceneElement element, List<string?> parts, ElementStyle style, string? corner)
    {
        parts.Add(corner);
        parts.Add(style.Opacity is null ? null : "opacity: " + style.Opacity);
        parts.Add(style.Transform is null ? null : "transform: " + style.Transform);
        return $"<{Use("Img")} src={Attribute(element.AssetUrl!)} style={{{{ {Join([.. parts])} }}}} />";
    }

    private static string CornerStyle(ElementPosition position) => position switch
    {
        ElementPosition.TopLeft => "position: \"absolute\", top: unit * 0.06, left: unit * 0.06",
        ElementPosition.TopRight => "position: \"absolute\", top: unit * 0.06, right: unit * 0.06",
        ElementPosition.BottomLeft => "position: \"absolute\", bottom: unit * 0.06, left: unit * 0.06",
        _ => "position: \"absolute\", bottom: unit * 0.06, right: unit * 0.06",
    };

    /// <summary>Long headlines get smaller so they still fit.</summary>
    private static double LengthFactor(string text) => text.Length switch
    {
        > 90 => 0.55,
        > 60 => 0.7,
        > 32 => 0.85,
        _ => 1,
    };

    /// <summary>
    /// A JSX attribute value for an exact URL: a plain attribute string when nothing in it could be read differently
    /// by a JSX parser (no quotes, braces, angle brackets, backslashes, line breaks or HTML entities such as
    /// <c>&amp;amp;</c>, which JSX decodes), else a JS string.
    /// </summary>
    private static string Attribute(string url)
    {
        var plain = url.IndexOfAny(['"', '\'', '{', '}', '<', '>', '\\', '\n', '\r']) < 0 && url.All(c => c >= ' ' && c != '\u007f') && !HtmlEntity().IsMatch(url);
        return plain ? "\"" + url + "\"" : "{" + JsLiteral.String(url) + "}";
    }

    [GeneratedRegex(@"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);", RegexOptions.CultureInvariant)]
    private static partial Regex HtmlEntity();

    /// <summary>A multiplication by an element's scale, or nothing at scale 1.</summary>
    private static string Times(double scale) => JsLiteral.Number(scale) == "1" ? string.Empty : " * " + JsLiteral.Number(scale);

    private static string Join(params string?[] parts) => string.Join(", ", parts.Where(p => !string.IsNullOrEmpty(p)));

    private enum Context
    {
        Column,
        SplitText,
        SplitImage,
        Quote,
        Corner,
    }

    /// <summary>How an animation styles an element: opacity and transform expressions, extra style entries, or replacement content.</summary>
    private sealed record ElementStyle(string? Opacity, string? Transform, string? Extra, string? Content);
}

/// <summary>Builds indented JSX lines.</summary>
internal sealed class CodeBuilder(int indent)
{
    private readonly StringBuilder _text = new();
    private int _level = indent;

    public void Line(string line) => _text.Append(' ', _level * 2).Append(line).Append('\n');

    public void Open(string line)
    {
        Line(line);
        _level++;
    }

    public void Close(string line)
    {
        _level--;
        Line(line);
    }

    public override string ToString() => _text.ToString();
}
