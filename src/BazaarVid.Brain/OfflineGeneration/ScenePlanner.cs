using System.Collections.Immutable;
using BazaarVid.Context;

namespace BazaarVid.Brain;

/// <summary>
/// Plans a new scene from a prompt, deterministically and offline: headline and body from quoted strings and
/// product names, cards from lists, a quote layout for testimonials, images from the assets the prompt points at,
/// the logo in a corner when the person always wants it, shapes, background, layout, animations and timing from
/// the prompt, the learned preferences and the style, in that order of precedence.
/// </summary>
public static partial class ScenePlanner
{
    private static readonly HashSet<string> FallbackStopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "make", "create", "build", "generate", "design", "add", "a", "an", "the", "scene", "video", "please", "me", "us",
        "for", "with", "new", "i", "want", "need", "can", "you", "let's", "lets", "some", "of", "and", "to", "it", "that", "this",
        "here", "is", "are", "our", "my", "your", "their", "in", "on", "show", "shows", "showing", "screenshot", "screen",
        "image", "photo", "picture", "file", "upload", "uploaded", "attached", "these", "those",
    };

    /// <summary>Plans the scene a <see cref="SceneGenerationMode.New"/> request asks for.</summary>
    /// <exception cref="ArgumentException">The request is incomplete or has an invalid scene id or fps.</exception>
    public static SceneSpec Plan(SceneGenerationRequest request)
    {
        SpecTools.Validate(request);
        var sceneId = request.SceneId ?? SceneIds.Derive(request.ProjectId, request.ConversationId, request.Turn);
        return Plan(request, PromptText.Read(request.Prompt), sceneId, request.Name, keepDuration: null);
    }

    internal static SceneSpec Plan(SceneGenerationRequest request, PromptText prompt, string sceneId, string? name, int? keepDuration)
    {
        var fps = request.Fps;
        var preferences = request.Preferences;
        var pacing = MotionRules.Pacing(PromptSignals.Pacing(prompt), preferences, request.Style.Motion);
        var motion = MotionRules.Motion(request.Style.Motion, pacing, preferences);
        var texts = PlanTexts(prompt, name);
        var assets = PlanAssets(request, prompt);
        var layout = PlanLayout(prompt, texts, assets);
        if (layout == SceneLayout.Split && assets.ImageUrl is null)
        {
            layout = SceneLayout.Centered;
        }

        var elements = PlanElements(request, prompt, texts, assets, layout);
        elements = PlanAnimations(prompt, preferences, motion, pacing, elements);
        var stagger = MotionRules.StaggerFrames(pacing, fps, PromptSignals.Stagger(prompt));
        elements = PlanDelays(elements, stagger);

        var requested = request.RequestedDurationInFrames ?? PromptDuration.Frames(prompt.Original, fps);
        var duration = MotionRules.ClampDuration(requested ?? keepDuration
            ?? MotionRules.WithPreference(MotionRules.ContentFrames(elements, pacing, fps), preferences.Current(PreferenceKind.SceneDuration), fps));
        elements = SpecTools.FitDelays(elements, duration, fps, pacing);

        var (palette, background, colored) = PlanColors(request, prompt, assets.BackgroundImageUrl);
        elements = colored(elements);
        var exit = PromptSignals.FadeOutSeconds(prompt) is { } seconds ? Math.Min(duration / 2, (int)Math.Round(seconds * fps)) : 0;

        return new SceneSpec(
            sceneId,
            PlanName(name, prompt, texts),
            duration,
            layout,
            background,
            elements,
            request.Style.Key,
            palette,
            SpecTools.WithFont(request.Style.Typography, preferences),
            motion,
            stagger)
        {
            ExitFrames = exit,
        };
    }

    private static PlannedTexts PlanTexts(PromptText prompt, string? name)
    {
        if (prompt.IsTestimonial)
        {
            var quote = prompt.FirstQuote(QuoteRole.Quote) ?? prompt.FirstQuote(QuoteRole.Unspecified) ?? prompt.Quotes[0];
            return new PlannedTexts(PromptText.Shorten(quote.Text, 220), prompt.Attribution is { } who ? "\u2014 " + who : null, [], true);
        }

        var used = new HashSet<QuotedText>();
        QuotedText? Take(QuoteRole role)
        {
            var quote = prompt.Quotes.Find(q => q.Role == role && !used.Contains(q));
            if (quote is not null)
            {
                used.Add(quote);
            }

            return quote;
        }

        var headline = Take(QuoteRole.Headline)?.Text
            ?? prompt.ProductName
            ?? Take(QuoteRole.Unspecified)?.Text
            ?? Take(QuoteRole.Subheadline)?.Text
            ?? prompt.Topic
            ?? (string.IsNullOrWhiteSpace(name) ? null : name.Trim())
            ?? (prompt.ListItems.Count > 0 ? null : Fallback(prompt.Masked));
        var sub = Take(QuoteRole.Subheadline)?.Text ?? Take(QuoteRole.Unspecified)?.Text;
        return new PlannedTexts(headline is null ? null : PromptText.Shorten(headline, 120), sub is null ? null : PromptText.Shorten(sub, 200), prompt.ListItems, false);
    }

    /// <summary>
    /// A headline from the prompt's own words when it quotes none: the content words of its first clause ("Here is
    /// our dashboard screenshot, show it…" → "Dashboard"), else of the whole prompt, else "Welcome".
    /// </summary>
    private static string Fallback(string masked)
    {
        char[] clauseEnds = [',', '.', '!', '?', ';', ':', '\n'];
        var end = masked.IndexOfAny(clauseEnds);
        var words = ContentWords(end > 0 ? masked[..end] : masked);
        if (words.Count == 0)
        {
            words = ContentWords(masked);
        }

        return words.Count == 0 ? "Welcome" : string.Join(' ', words);
    }

    private static List<string> ContentWords(string text) =>
        text.Split([' ', ',', '.', '!', '?', ';', ':', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !FallbackStopWords.Contains(w) && w.Any(char.IsLetter))
            .Take(5)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..])
            .ToList();

    private static PlannedAssets PlanAssets(SceneGenerationRequest request, PromptText prompt)
    {
        var picker = new AssetPicker(request);
        var preferences = request.Preferences;
        var removed = PromptSignals.Removals(prompt);
        var imageWord = PromptSignals.ImageWord(prompt);
        var pointed = PromptSignals.PointsAtAttachment(prompt);
        var avoidLogo = SpecTools.Avoids(preferences, "logo");
        var mentioned = PromptSignals.WantsLogo(prompt);

        string? logo = null;
        var logoFromPreference = false;
        if (mentioned)
        {
            logo = picker.Logo(pointed, imageWord is not null, fromLedger: true);
        }
        else if ((removed & Targets.Logo) == 0 && !avoidLogo)
        {
            logo = picker.Logo(pointedAt: false, imageAlsoWanted: false, fromLedger: false);
            if (logo is null && SpecTools.Prefers(preferences, "logo"))
            {
                logo = picker.Logo(pointedAt: false, imageAlsoWanted: false, fromLedger: true);
                logoFromPreference = logo is not null;
            }
        }

        string? image = null;
        // Uploads nobody talks about are shown; when the prompt names only a logo, the other uploads are not pointed at.
        if ((removed & Targets.Image) == 0 && (imageWord is not null || (picker.HasAttachments && !mentioned)))
        {
            image = picker.Image(imageWord, except: logo, fromLedger: imageWord is not null);
        }

        string? backgroundImage = null;
        if (image is not null && PromptSignals.WantsBackgroundImage(prompt))
        {
            (backgroundImage, image) = (image, null);
        }

        return new PlannedAssets(logo, logoFromPreference, image, backgroundImage);
    }

    private static SceneLayout PlanLayout(PromptText prompt, PlannedTexts texts, PlannedAssets assets)
    {
        var hint = PromptSignals.Layout(prompt);
        return hint switch
        {
            SceneLayout.Grid when texts.Cards.Count > 0 => SceneLayout.Grid,
            SceneLayout.Split or SceneLayout.FullBleed when assets.ImageUrl is not null => hint.Value,
            SceneLayout.Centered => SceneLayout.Centered,
            _ when texts.IsQuote => SceneLayout.Quote,
            _ when texts.Cards.Count >= 2 => SceneLayout.Grid,
            _ when assets.ImageUrl is not null => SceneLayout.Split,
            _ => SceneLayout.Centered,
        };
    }

    private static ImmutableArray<SceneElement> PlanElements(SceneGenerationRequest request, PromptText prompt, PlannedTexts texts, PlannedAssets assets, SceneLayout layout)
    {
        var positions = PromptSignals.Positions(prompt);
        var shapes = PlanShapes(request, prompt, layout);
        var list = new List<SceneElement>();
        void Add(ElementKind kind, string? text, string? url, ElementPosition position = ElementPosition.Flow) =>
            list.Add(new SceneElement("e", kind, text, url, null, 1, position, AnimationKind.Fade, 0));

        foreach (var shape in shapes.Where(s => s != "line"))
        {
            Add(ElementKind.Shape, shape, null);
        }

        if (assets.LogoUrl is not null)
        {
            var asked = positions.Where(p => (p.Targets & Targets.Logo) != 0).Select(p => (ElementPosition?)p.Position).LastOrDefault();
            Add(ElementKind.Logo, null, assets.LogoUrl, asked ?? (assets.LogoFromPreference ? ElementPosition.TopLeft : ElementPosition.Flow));
        }

        if (texts.Headline is not null)
        {
            Add(ElementKind.Headline, texts.Headline, null);
        }

        if (shapes.Contains("line"))
        {
            Add(ElementKind.Shape, "line", null);
        }

        if (texts.Subheadline is not null)
        {
            Add(ElementKind.Subheadline, texts.Subheadline, null);
        }

        foreach (var card in texts.Cards)
        {
            Add(ElementKind.Card, card, null);
        }

        if (assets.ImageUrl is not null)
        {
            var asked = positions.Where(p => (p.Targets & Targets.Image) != 0).Select(p => (ElementPosition?)p.Position).LastOrDefault();
            Add(ElementKind.Image, null, assets.ImageUrl, layout == SceneLayout.FullBleed ? ElementPosition.Flow : asked ?? ElementPosition.Flow);
        }

        return SpecTools.Renumber(list);
    }

    private static List<string> PlanShapes(SceneGenerationRequest request, PromptText prompt, SceneLayout layout)
    {
        var shapes = PromptSignals.Shapes(prompt);
        if (shapes.Count == 0 && (PromptSignals.Removals(prompt) & Targets.Shape) == 0)
        {
            if (layout is SceneLayout.Centered or SceneLayout.Quote)
            {
                shapes.Add("line");
            }

            var style = (request.Style.Key + " " + request.Style.Description).ToLowerInvariant();
            if (style.Contains("neon", StringComparison.Ordinal) || style.Contains("cyber", StringComparison.Ordinal) || style.Contains("futur", StringComparison.Ordinal))
            {
                shapes.Add("glow");
            }
        }

        shapes.RemoveAll(s => SpecTools.Avoids(request.Preferences, s, "shape", "decoration"));
        return shapes;
    }

    private static ImmutableArray<SceneElement> PlanAnimations(PromptText prompt, PreferenceSet preferences, StyleMotion motion, string pacing, ImmutableArray<SceneElement> elements)
    {
        var mentions = PromptSignals.Animations(prompt);
        var general = mentions.Find(m => m.Targets == Targets.None || (m.Targets & Targets.Headline) != 0);
        var primary = MotionRules.PrimaryAnimation(general?.Kind, preferences, motion, pacing);
        return [.. elements.Select(e =>
        {
            var explicitKind = mentions.LastOrDefault(m => (m.Targets & SpecTools.TargetOf(e.Kind)) != 0)?.Kind;
            return e with { Animation = Fit(e.Kind, e.Text, explicitKind ?? DefaultFor(e.Kind, e.Text, primary)) };
        })];
    }

    /// <summary>The entry animation of an element kind when the prompt names none for it.</summary>
    internal static AnimationKind DefaultFor(ElementKind kind, string? text, AnimationKind primary) => kind switch
    {
        ElementKind.Headline => primary,
        ElementKind.Subheadline => primary is AnimationKind.Typewriter or AnimationKind.Glitch ? AnimationKind.Fade : primary,
        ElementKind.Card => primary is AnimationKind.Typewriter or AnimationKind.Glitch ? AnimationKind.SlideUp : primary,
        ElementKind.Image => primary is AnimationKind.Spring or AnimationKind.Fade or AnimationKind.SlideFromLeft or AnimationKind.SlideFromRight ? primary : AnimationKind.Scale,
        ElementKind.Logo => primary == AnimationKind.Spring ? AnimationKind.Spring : AnimationKind.Fade,
        _ => text == "line" ? AnimationKind.Scale : AnimationKind.Fade,
    };

    /// <summary>Typewriter and glitch only make sense on text; pictures scale in instead.</summary>
    internal static AnimationKind Fit(ElementKind kind, string? text, AnimationKind animation) =>
        animation is AnimationKind.Typewriter or AnimationKind.Glitch && (!SpecTools.IsText(kind) || string.IsNullOrEmpty(text))
            ? (kind == ElementKind.Shape ? AnimationKind.Fade : AnimationKind.Scale)
            : animation;

    private static ImmutableArray<SceneElement> PlanDelays(ImmutableArray<SceneElement> elements, int stagger)
    {
        var builder = elements.ToBuilder();
        var slot = 0;
        for (var i = 0; i < builder.Count; i++)
        {
            var decoration = builder[i].Kind == ElementKind.Shape && builder[i].Text != "line";
            builder[i] = builder[i] with { DelayFrames = decoration ? 0 : slot++ * stagger };
        }

        return builder.ToImmutable();
    }

    private static (StylePalette Palette, SceneBackground Background, Func<ImmutableArray<SceneElement>, ImmutableArray<SceneElement>> Colored) PlanColors(
        SceneGenerationRequest request, PromptText prompt, string? backgroundImage)
    {
        var style = SpecTools.Sanitize(request.Style.Palette);
        var palette = style;
        var background = style.Background;
        string? gradient = request.Style.LayoutPrinciples.IsDefaultOrEmpty
            || !request.Style.LayoutPrinciples.Any(p => p.Contains("gradient", StringComparison.OrdinalIgnoreCase))
            ? null
            : Colors.Mix(style.Background, style.Accent, 0.18);
        var accentSet = false;
        var overrides = new List<(Targets Targets, string Hex)>();

        foreach (var color in PromptSignals.Colors(prompt))
        {
            if ((color.Targets & Targets.Background) != 0)
            {
                background = color.Hex;
                gradient = color.GradientTo;
            }
            else if ((color.Targets & Targets.Text) != 0 || (color.Targets & Targets.Shape) != 0)
            {
                overrides.Add((color.Targets, color.Hex));
            }
            else if (!accentSet)
            {
                palette = palette with { Accent = color.Hex };
                accentSet = true;
            }
        }

        if (!accentSet && request.Preferences.All(PreferenceKind.Color).Select(p => Colors.Parse(p.Value)).FirstOrDefault(h => h is not null) is { } preferred)
        {
            palette = palette with { Accent = preferred };
        }

        palette = SpecTools.Readable(palette, background, !string.Equals(background, style.Background, StringComparison.Ordinal));
        ImmutableArray<SceneElement> Colored(ImmutableArray<SceneElement> elements) =>
            [.. elements.Select(e => overrides.LastOrDefault(o => (o.Targets & SpecTools.TargetOf(e.Kind)) != 0) is { Hex: { } hex } ? e with { Color = hex } : e)];
        return (palette, new SceneBackground(background, gradient, backgroundImage), Colored);
    }

    private static string PlanName(string? name, PromptText prompt, PlannedTexts texts)
    {
        if (!string.IsNullOrWhiteSpace(name))
        {
            return PromptText.Shorten(name, 60);
        }

        var noun = prompt.Has("intro", "introduction") ? "intro"
            : prompt.Has("outro") ? "outro"
            : prompt.Has("logo reveal") ? "logo reveal"
            : texts.IsQuote ? "testimonial"
            : texts.Cards.Count >= 2 ? "features"
            : null;
        var subject = prompt.ProductName ?? (texts.IsQuote ? prompt.Attribution?.Split(',')[0] : null) ?? texts.Headline ?? string.Join(", ", texts.Cards);
        if (noun is "intro" or "outro" or "logo reveal" || SceneKind(prompt.Lower) is not { } kind)
        {
            return PromptText.Shorten(noun is null ? subject : $"{subject} {noun}", 60);
        }

        // "a pricing scene", "a call to action scene", "the tagline": the person's own word for the scene names it,
        // so later prompts ("delete the pricing scene") find it.
        return prompt.ProductName is { } product
            ? PromptText.Shorten($"{product} {kind}", 60)
            : char.ToUpperInvariant(kind[0]) + kind[1..];
    }

    private static string? SceneKind(string lower)
    {
        var match = SceneKindPattern().Match(lower);
        if (match.Success)
        {
            var words = match.Groups["kind"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => KindAdjectives.Contains(w)).ToArray();
            if (words.Length > 0)
            {
                return string.Join(' ', words);
            }
        }

        return lower.Contains("tagline", StringComparison.Ordinal) ? "tagline" : null;
    }

    private static readonly HashSet<string> KindAdjectives = new(StringComparer.Ordinal)
    {
        "new", "short", "quick", "simple", "nice", "small", "big", "final", "first", "second", "last", "next", "another",
        "dark", "bright", "one", "more", "separate", "extra", "single",
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:a|an|the|new|another)\s+(?<kind>(?:[a-z0-9-]+\s+){0,3}?[a-z0-9-]+)\s+(?:scene|slide)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SceneKindPattern();

    private sealed record PlannedTexts(string? Headline, string? Subheadline, List<string> Cards, bool IsQuote);

    private sealed record PlannedAssets(string? LogoUrl, bool LogoFromPreference, string? ImageUrl, string? BackgroundImageUrl);
}
