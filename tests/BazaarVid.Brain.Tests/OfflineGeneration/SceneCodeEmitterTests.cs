using System.Collections.Immutable;
using System.Text.RegularExpressions;
using static BazaarVid.Brain.Tests.OfflineGeneration.Fixtures;

namespace BazaarVid.Brain.Tests.OfflineGeneration;

public sealed partial class SceneCodeEmitterTests
{
    private static readonly SceneContractChecker Checker = new();

    private static readonly string[] HostileTexts =
    [
        "{{#each items}}{{this}}{{/each}}", "</script><script>alert(1)</script>", "`${process.exit()}`", "a \"quoted\" 'text'",
        "back\\slash \\u0041 \\n", "line\nbreak\r\nand\ttab", "<b>bold</b> & more > less <", "{ } {{ }} }{", "\u2028\u2029 separators",
        "emoji \uD83D\uDE80 and lone \uD800 surrogate", "// not a comment /* nor this */", "import x from 'y'; Math.random(); fetch('/')",
        "export default function Scene_aaaaaaaa() {}", "\0 nul and \u007f del", "   ", "日本語のテキスト", "$& $1 $$",
    ];

    private static readonly string[] Urls =
    [
        "https://cdn.example.test/p1/logo.png", "https://cdn.example.test/p1/shot.png?sig=a&b=c", "https://cdn.example.test/p1/a&amp;b.png",
        "https://cdn.example.test/p1/q\"uote.png", "https://cdn.example.test/p1/{brace}.png", "https://CDN.example.test/P1/Mixed.PNG?X-Amz=1%2F2",
    ];

    private static SceneSpec Base(SceneLayout layout = SceneLayout.Centered) => new(
        "abcd1234",
        "Test",
        90,
        layout,
        new SceneBackground("#0B0B0F", null, null),
        [
            new SceneElement("e1", ElementKind.Logo, null, Urls[0], null, 1, ElementPosition.Flow, AnimationKind.Fade, 0),
            new SceneElement("e2", ElementKind.Headline, "Spinlio", null, null, 1, ElementPosition.Flow, AnimationKind.SlideUp, 6),
            new SceneElement("e3", ElementKind.Shape, "line", null, null, 1, ElementPosition.Flow, AnimationKind.Scale, 10),
            new SceneElement("e4", ElementKind.Subheadline, "Security that spins up in seconds", null, null, 1, ElementPosition.Flow, AnimationKind.Fade, 12),
            new SceneElement("e5", ElementKind.Card, "Zero Trust", null, null, 1, ElementPosition.Flow, AnimationKind.SlideUp, 18),
            new SceneElement("e6", ElementKind.Card, "SOC2 ready", null, null, 1, ElementPosition.Flow, AnimationKind.SlideUp, 24),
            new SceneElement("e7", ElementKind.Image, null, Urls[1], null, 1, ElementPosition.Flow, AnimationKind.Scale, 30),
        ],
        "generic",
        Dark.Palette,
        Dark.Typography,
        Dark.Motion,
        6);

    private static SceneContractResult Check(string code, string id = "abcd1234") =>
        Checker.Check(code, new SceneContractOptions { ExpectedSceneId = id });

    [Theory]
    [InlineData(SceneLayout.Centered)]
    [InlineData(SceneLayout.Split)]
    [InlineData(SceneLayout.Grid)]
    [InlineData(SceneLayout.Quote)]
    [InlineData(SceneLayout.FullBleed)]
    public void Every_layout_emits_code_that_passes_the_contract_checker_without_warnings(SceneLayout layout)
    {
        var code = SceneCodeEmitter.Emit(Base(layout));

        var result = Check(code);

        result.Errors.Should().BeEmpty();
        result.Warnings.Should().BeEmpty();
        result.DurationInFrames.Should().Be(90);
    }

    [Theory]
    [InlineData(SceneLayout.Centered)]
    [InlineData(SceneLayout.Split)]
    [InlineData(SceneLayout.Grid)]
    [InlineData(SceneLayout.Quote)]
    [InlineData(SceneLayout.FullBleed)]
    public void Every_size_and_position_is_relative_to_the_canvas_so_landscape_portrait_and_square_all_fit(SceneLayout layout)
    {
        var code = SceneCodeEmitter.Emit(Base(layout) with { Elements = [.. Base().Elements.Select((e, i) => i == 0 ? e with { Position = ElementPosition.TopRight } : e)] });

        code.Should().Contain("const { fps, width, height } = useVideoConfig();").And.Contain("const unit = Math.min(width, height);");
        foreach (Match match in SizeProperty().Matches(code))
        {
            var value = match.Groups["value"].Value.Trim();
            var relative = value.Contains("unit", StringComparison.Ordinal) || value.Contains("width", StringComparison.Ordinal)
                || value.Contains("height", StringComparison.Ordinal) || value.Contains("cardWidth", StringComparison.Ordinal)
                || value == "\"100%\"";
            relative.Should().BeTrue($"{match.Value} must scale with the canvas");
        }
    }

    [Fact]
    public void Split_and_grid_adapt_their_direction_and_columns_to_the_aspect_ratio()
    {
        var split = SceneCodeEmitter.Emit(Base(SceneLayout.Split));
        var grid = SceneCodeEmitter.Emit(Base(SceneLayout.Grid));

        split.Should().Contain("const wide = width > height * 1.2;").And.Contain("flexDirection: wide ? \"row\" : \"column\"");
        grid.Should().Contain("const columns = width > height * 1.2 ? Math.min(2, 3) : width >= height ? Math.min(2, 2) : 1;");
        Columns(1920, 1080, 3).Should().Be(3);
        Columns(1080, 1080, 3).Should().Be(2);
        Columns(1080, 1920, 3).Should().Be(1);
    }

    [Fact]
    public void Only_the_remotion_names_the_code_uses_are_destructured()
    {
        var textOnly = Base() with { Elements = [Base().Elements[1] with { Animation = AnimationKind.Fade }] };

        var code = SceneCodeEmitter.Emit(textOnly);

        code.Should().StartWith("const { AbsoluteFill, interpolate, Easing, useCurrentFrame, useVideoConfig } = window.Remotion;\n");
        SceneCodeEmitter.Emit(Base()).Should().StartWith("const { AbsoluteFill, Img, interpolate, Easing, useCurrentFrame, useVideoConfig } = window.Remotion;");
        SceneCodeEmitter.Emit(textOnly with { Elements = [textOnly.Elements[0] with { Animation = AnimationKind.Spring }] })
            .Should().StartWith("const { AbsoluteFill, spring, useCurrentFrame, useVideoConfig } = window.Remotion;");
    }

    [Fact]
    public void The_code_has_the_contract_shape()
    {
        var code = SceneCodeEmitter.Emit(Base());

        code.Should().Contain("export default function Scene_abcd1234() {\n  const frame = useCurrentFrame();");
        code.Should().EndWith("export const durationInFrames_abcd1234 = 90;\n");
        code.Should().Contain("const palette_abcd1234 = {").And.Contain("const fonts_abcd1234 = {");
        code.Should().Contain("interpolate(frame, [6, 6 + enter], [0, 1], { extrapolateLeft: \"clamp\", extrapolateRight: \"clamp\", easing: Easing.bezier(0.16, 1, 0.3, 1) })");
        code.Should().NotContain("\r");
    }

    [Fact]
    public void Springs_get_the_frame_the_fps_and_the_style_config()
    {
        var spec = Base() with { Elements = [Base().Elements[1] with { Animation = AnimationKind.Spring, DelayFrames = 9 }], Motion = Neon.Motion };

        SceneCodeEmitter.Emit(spec).Should().Contain("spring({ frame: frame - 9, fps, config: { damping: 12, stiffness: 180, mass: 0.7 } })");
    }

    [Fact]
    public void Images_use_their_exact_url_and_logos_and_screenshots_are_contained()
    {
        var code = SceneCodeEmitter.Emit(Base());

        code.Should().Contain($"<Img src=\"{Urls[0]}\" style={{{{ height: unit * 0.1, maxWidth: unit * 0.5, objectFit: \"contain\"");
        code.Should().Contain($"<Img src=\"{Urls[1]}\"").And.Contain("objectFit: \"contain\", borderRadius");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Urls_a_jsx_parser_would_read_differently_are_written_as_exact_js_strings(int index)
    {
        var spec = Base() with { Elements = [Base().Elements[1], Base().Elements[6] with { AssetUrl = Urls[index] }] };

        var code = SceneCodeEmitter.Emit(spec);

        code.Should().NotContain($"src=\"{Urls[index]}\"");
        code.Should().Contain("src={\"https://cdn.example.test/p1/");
        Check(code).Errors.Should().BeEmpty();
    }

    [Fact]
    public void Hostile_text_is_escaped_so_it_cannot_break_out_of_its_string()
    {
        foreach (var text in HostileTexts)
        {
            var spec = Base() with { Elements = [.. Base().Elements.Select(e => e.Kind is ElementKind.Headline or ElementKind.Card ? e with { Text = text } : e)] };

            var code = SceneCodeEmitter.Emit(spec);

            var result = Check(code);
            result.Errors.Should().BeEmpty($"text {text} must not break the code");
            result.Warnings.Should().BeEmpty();
            code.Should().NotContain("</script>").And.NotContain("{{#each").And.NotContain("${process").And.NotContain("\u2028");
            code.Should().NotContain("<script>").And.NotContain("<b>");
        }
    }

    [Fact]
    public void Escaped_text_keeps_its_exact_value()
    {
        var spec = Base() with { Elements = [Base().Elements[1] with { Text = "Say \"hi\" {now} <b> & \\ \u00e9 \uD83D\uDE80" }] };

        var code = SceneCodeEmitter.Emit(spec);

        code.Should().Contain("{\"Say \\\"hi\\\" \\u007Bnow\\u007D \\u003Cb\\u003E \\u0026 \\\\ \u00e9 \uD83D\uDE80\"}");
    }

    [Fact]
    public void Typewriter_text_types_out_without_moving_the_layout()
    {
        var spec = Base() with { Elements = [Base().Elements[1] with { Animation = AnimationKind.Typewriter, Text = "Hi \uD83D\uDE80" }] };

        var code = SceneCodeEmitter.Emit(spec);

        code.Should().Contain("const t1 = Array.from(\"Hi \uD83D\uDE80\");");
        code.Should().Contain("const a1 = Math.floor(interpolate(frame, [6, 6 + 4 * fps / 24], [0, 4], { extrapolateLeft: \"clamp\", extrapolateRight: \"clamp\" }));");
        code.Should().Contain("<span>{t1.slice(0, a1).join(\"\")}</span><span style={{ opacity: 0 }}>{t1.slice(a1).join(\"\")}</span>");
    }

    [Fact]
    public void Glitch_is_frame_driven_and_settles()
    {
        var spec = Base() with { Elements = [Base().Elements[1] with { Animation = AnimationKind.Glitch }] };

        var code = SceneCodeEmitter.Emit(spec);

        code.Should().Contain("const g1 = (1 - a1) * Math.sin((frame - 6) * 2.3) * unit * 0.025;");
        code.Should().NotContain("Math.random");
    }

    [Fact]
    public void An_exit_fades_the_whole_scene_over_its_last_frames()
    {
        var code = SceneCodeEmitter.Emit(Base() with { ExitFrames = 30 });

        code.Should().Contain("const fadeOut = interpolate(frame, [60, 90], [1, 0], { extrapolateLeft: \"clamp\", extrapolateRight: \"clamp\" });");
        code.Should().Contain("opacity: fadeOut");
    }

    [Fact]
    public void Corners_gradients_background_images_and_decorations_are_drawn()
    {
        var spec = Base() with
        {
            Background = new SceneBackground("#000080", "#800080", Urls[5]),
            Elements =
            [
                new SceneElement("e1", ElementKind.Shape, "ring", null, null, 1, ElementPosition.Flow, AnimationKind.Fade, 0),
                new SceneElement("e2", ElementKind.Shape, "glow", null, "#FF0000", 1.5, ElementPosition.Flow, AnimationKind.Fade, 0),
                new SceneElement("e3", ElementKind.Shape, "circle", null, null, 1, ElementPosition.Flow, AnimationKind.Scale, 0),
                Base().Elements[0] with { Position = ElementPosition.BottomRight, Scale = 1.25 },
                Base().Elements[1],
            ],
        };

        var code = SceneCodeEmitter.Emit(spec);

        code.Should().Contain("background: \"linear-gradient(135deg, #000080 0%, #800080 100%)\"");
        code.Should().Contain($"<Img src=\"{Urls[5]}\" style={{{{ position: \"absolute\", width: \"100%\", height: \"100%\", objectFit: \"cover\" }}}} />");
        code.Should().Contain("border: `${Math.max(2, unit * 0.004)}px solid ${palette_abcd1234.accent}`");
        code.Should().Contain("radial-gradient(circle, ${\"#FF0000\"} 0%, transparent 65%)");
        code.Should().Contain("position: \"absolute\", bottom: unit * 0.06, right: unit * 0.06");
        code.Should().Contain("height: unit * 0.07 * 1.25");
        Check(code).Errors.Should().BeEmpty();
    }

    [Fact]
    public void The_same_spec_gives_the_same_bytes()
    {
        SceneCodeEmitter.Emit(Base()).Should().Be(SceneCodeEmitter.Emit(Base() with { }));
    }

    [Fact]
    public void The_bytes_do_not_depend_on_the_current_culture()
    {
        var spec = Base() with { Elements = [.. Base().Elements.Select(e => e with { Scale = 1.25, Animation = e.Kind == ElementKind.Headline ? AnimationKind.Spring : e.Animation })], Motion = Neon.Motion };
        var invariant = SceneCodeEmitter.Emit(spec);
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");

            SceneCodeEmitter.Emit(spec).Should().Be(invariant);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }

        invariant.Should().Contain("* 1.25").And.Contain("mass: 0.7");
    }

    [Fact]
    public void Out_of_range_values_are_clamped_and_images_without_urls_left_out()
    {
        var spec = Base() with
        {
            DurationInFrames = 99_999,
            ExitFrames = 5000,
            StaggerFrames = -4,
            Palette = new StylePalette("red", "#12", "", "#GGGGGG", "#fff", "javascript:alert(1)"),
            Background = new SceneBackground("not a colour", "#abc", " "),
            Motion = new StyleMotion("alert(1)", double.NaN, -5, 1e9, "warp"),
            Typography = new StyleTypography("\"; alert(1); \"", "x\ny", 1234, double.PositiveInfinity, true),
            Elements =
            [
                new SceneElement("e1", ElementKind.Image, null, null, null, 1, ElementPosition.Flow, AnimationKind.Scale, 0),
                new SceneElement("e2", ElementKind.Logo, null, "  ", null, 1, ElementPosition.Flow, AnimationKind.Scale, 0),
                new SceneElement("e3", ElementKind.Headline, "Hi", null, "blue", double.NaN, (ElementPosition)42, (AnimationKind)99, -10),
                new SceneElement("e4", ElementKind.Subheadline, null, null, null, -3, ElementPosition.Flow, AnimationKind.Spring, 1_000_000),
            ],
        };

        var code = SceneCodeEmitter.Emit(spec);

        var result = Check(code);
        result.Errors.Should().BeEmpty();
        result.DurationInFrames.Should().Be(1800);
        code.Should().NotContain("<Img").And.NotContain("javascript:");
        code.Should().Contain("heading: \"\\\"; alert(1); \\\"\",", "a hostile font stack stays inside its string");
        code.Should().Contain("Easing.bezier(0.16, 1, 0.3, 1)").And.Contain("fontWeight: 900");
    }

    [Fact]
    public void An_invalid_scene_id_cannot_be_emitted()
    {
        var act = () => SceneCodeEmitter.Emit(Base() with { SceneId = "Bad Id!" });

        act.Should().Throw<ArgumentException>().WithMessage("*Bad Id!*");
        ((Action)(() => SceneCodeEmitter.Emit(null!))).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Many_random_specs_always_pass_the_contract_checker()
    {
        var random = new Random(20240611);
        var dump = Environment.GetEnvironmentVariable("BAZAARVID_SCENE_DUMP");
        for (var i = 0; i < 400; i++)
        {
            var spec = RandomSpec(random, i);

            var code = SceneCodeEmitter.Emit(spec);

            var result = Check(code, spec.SceneId);
            result.Errors.Should().BeEmpty($"spec #{i} ({spec.Layout}) must emit valid code:\n{code}");
            result.Warnings.Should().BeEmpty();
            result.DurationInFrames.Should().Be(Math.Clamp(spec.DurationInFrames, 15, 1800));
            SceneCodeEmitter.Emit(spec).Should().Be(code);
            foreach (var url in spec.Elements.Where(e => e.Kind is ElementKind.Image or ElementKind.Logo).Select(e => e.AssetUrl!))
            {
                code.Should().Contain(ExpectedSrc(url));
            }

            if (dump is not null)
            {
                Directory.CreateDirectory(dump);
                File.WriteAllText(Path.Combine(dump, $"random-{i:D3}.tsx"), code);
            }
        }
    }

    private static SceneSpec RandomSpec(Random random, int index)
    {
        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        var layouts = Enum.GetValues<SceneLayout>();
        var kinds = Enum.GetValues<ElementKind>();
        var animations = Enum.GetValues<AnimationKind>();
        var positions = Enum.GetValues<ElementPosition>();
        var styles = new[] { Dark, Neon, Light };
        var texts = HostileTexts.Concat(["Spinlio", "Zero Trust", "Security that spins up in seconds for every team on the planet, without the busywork", "A"]).ToArray();
        var elements = ImmutableArray.CreateBuilder<SceneElement>();
        var count = random.Next(0, 9);
        for (var e = 0; e < count; e++)
        {
            var kind = Pick(kinds);
            var text = kind switch
            {
                ElementKind.Shape => Pick(new[] { "line", "ring", "glow", "circle", "star" }),
                ElementKind.Image or ElementKind.Logo => null,
                _ => Pick(texts),
            };
            elements.Add(new SceneElement(
                "e" + (e + 1),
                kind,
                text,
                kind is ElementKind.Image or ElementKind.Logo ? Pick(Urls) : null,
                random.Next(4) == 0 ? Pick(new[] { "#00E5FF", "#abc", "nope", "#FFFFFF" }) : null,
                Pick(new[] { 1, 0.5, 1.25, 3.9, 0.1, 8 }),
                Pick(positions),
                Pick(animations),
                random.Next(-5, 400)));
        }

        var style = Pick(styles);
        return new SceneSpec(
            SceneIds.Derive("p", "c", index),
            "Random " + index,
            Pick(new[] { 90, 15, 1800, 3, 5000, 61 }),
            Pick(layouts),
            new SceneBackground(Pick(new[] { "#000000", "#FFF", "navy" }), random.Next(2) == 0 ? "#123456" : null, random.Next(5) == 0 ? Pick(Urls) : null),
            elements.ToImmutable(),
            style.Key,
            style.Palette,
            style.Typography,
            style.Motion with { Pacing = Pick(new[] { "fast", "medium", "slow", "odd" }) },
            random.Next(0, 20))
        {
            ExitFrames = random.Next(3) == 0 ? random.Next(0, 200) : 0,
        };
    }

    /// <summary>How the emitter must write an exact URL (the test URLs only need these escapes).</summary>
    private static string ExpectedSrc(string url) =>
        url.IndexOfAny(['"', '{', '}']) < 0 && !url.Contains("&amp;", StringComparison.Ordinal)
            ? $"src=\"{url}\""
            : "src={\"" + url.Replace("\"", "\\\"", StringComparison.Ordinal).Replace("&", "\\u0026", StringComparison.Ordinal)
                .Replace("{", "\\u007B", StringComparison.Ordinal).Replace("}", "\\u007D", StringComparison.Ordinal) + "\"}";

    private static int Columns(int width, int height, int cards) =>
        width > height * 1.2 ? Math.Min(cards, 3) : width >= height ? Math.Min(cards, 2) : 1;

    [GeneratedRegex(@"\b(?<key>fontSize|width|height|maxWidth|padding|gap|top|left|right|bottom): (?<value>(?:[^,}(]|\([^)]*\))+)")]
    private static partial Regex SizeProperty();
}
