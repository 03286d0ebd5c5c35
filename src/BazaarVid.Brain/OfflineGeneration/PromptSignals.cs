using System.Text.RegularExpressions;

namespace BazaarVid.Brain;

/// <summary>An animation a prompt asks for, and the kinds it applies to (none named: the caller's default).</summary>
internal sealed record AnimationMention(AnimationKind Kind, Targets Targets);

/// <summary>A colour a prompt asks for: its hex value, a gradient partner, and what it colours (none: the accent).</summary>
internal sealed record ColorRequest(string Hex, string? GradientTo, Targets Targets);

/// <summary>Another scene a prompt refers to ("the same background as scene 1"): what to copy and which scene (by order or "previous"/"first"/"last").</summary>
internal sealed record SceneReferenceRequest(string What, int? Order, string? Relative);

/// <summary>The intentions the offline generator reads from a prompt's words: animations, colours, positions, sizes, speed, layout, shapes, images and references.</summary>
internal static partial class PromptSignals
{
    public static List<AnimationMention> Animations(PromptText prompt)
    {
        var found = new List<AnimationMention>();
        foreach (var clause in prompt.Clauses)
        {
            var lower = clause.Lower;
            var kind = Glitch().IsMatch(lower) ? AnimationKind.Glitch
                : Typewriter().IsMatch(lower) ? AnimationKind.Typewriter
                : Slide().IsMatch(lower) ? SlideDirection(lower)
                : FadeIn().IsMatch(lower) && !FadeOutWords().IsMatch(lower) ? AnimationKind.Fade
                : ScaleWords().IsMatch(lower) ? AnimationKind.Scale
                : SpringWords().IsMatch(lower) ? AnimationKind.Spring
                : (AnimationKind?)null;
            if (kind is { } k)
            {
                // Typewriter and glitch are text effects: "a photo with typewriter text" types the text, not the photo.
                var targets = k is AnimationKind.Typewriter or AnimationKind.Glitch
                    ? clause.Targets & Targets.Text
                    : clause.Targets & ~(Targets.Background | Targets.Accent);
                found.Add(new AnimationMention(k, targets));
            }
        }

        return found;
    }

    /// <summary>The seconds of a requested fade-out ("fade out slowly" is long), or null.</summary>
    public static double? FadeOutSeconds(PromptText prompt)
    {
        foreach (var clause in prompt.Clauses)
        {
            if (FadeOutWords().IsMatch(clause.Lower))
            {
                return SlowWords().IsMatch(clause.Lower) ? 1.0 : QuickWords().IsMatch(clause.Lower) ? 0.35 : 0.6;
            }
        }

        return null;
    }

    public static bool Stagger(PromptText prompt) => StaggerWords().IsMatch(prompt.Lower);

    /// <summary>"fast" or "slow" when the prompt describes the pacing ("dark and fast"), else null; negated words do not count.</summary>
    public static string? Pacing(PromptText prompt)
    {
        foreach (Match match in PacingWords().Matches(prompt.Lower))
        {
            if (!Negated(prompt.Lower, match.Index))
            {
                return match.Groups["fast"].Success ? "fast" : "slow";
            }
        }

        return null;
    }

    /// <summary>The colours a prompt asks for, each given to the target word nearest to it ("white text on a navy background").</summary>
    public static List<ColorRequest> Colors(PromptText prompt)
    {
        var requests = new List<ColorRequest>();
        foreach (var clause in prompt.Clauses)
        {
            var mentions = global::BazaarVid.Brain.Colors.Find(clause.Lower);
            if (mentions.Count == 0)
            {
                continue;
            }

            // A quoted text is itself a target: ""Hello" in white" colours that text.
            var words = PromptText.TargetOccurrences(clause.Lower)
                .Where(w => (w.Target & (Targets.Image | Targets.Logo)) == 0)
                .Concat(prompt.Quotes
                    .Where(q => q.Start >= clause.Start && q.End <= clause.End)
                    .Select(q => (Target: QuoteTarget(q.Role), Start: q.Start - clause.Start, End: q.End - clause.Start)))
                .ToList();
            if (PromptText.ContainsPhrase(clause.Lower, "gradient") && mentions.Count > 1 && (clause.Targets & Targets.Background) != 0)
            {
                requests.Add(new ColorRequest(mentions[0].Hex, mentions[1].Hex, Targets.Background));
                continue;
            }

            foreach (var mention in mentions)
            {
                var target = words.Count == 0
                    ? clause.Targets & ~(Targets.Image | Targets.Logo)
                    : words.MinBy(w => Math.Abs((w.Start + w.End) - (mention.Start + mention.End))).Target;
                requests.Add(new ColorRequest(mention.Hex, null, target));
            }
        }

        return requests;
    }

    public static List<(ElementPosition Position, Targets Targets)> Positions(PromptText prompt)
    {
        var found = new List<(ElementPosition, Targets)>();
        foreach (var clause in prompt.Clauses)
        {
            var match = Corner().Match(clause.Lower);
            ElementPosition? position = null;
            if (match.Success)
            {
                var vertical = match.Groups["v"].Success ? match.Groups["v"].Value : match.Groups["v2"].Value;
                var horizontal = match.Groups["h"].Success ? match.Groups["h"].Value : match.Groups["h2"].Value;
                var top = vertical is "top" or "upper";
                position = horizontal == "right"
                    ? top ? ElementPosition.TopRight : ElementPosition.BottomRight
                    : top ? ElementPosition.TopLeft : ElementPosition.BottomLeft;
            }
            else if (Center().IsMatch(clause.Lower) && MoveWords().IsMatch(clause.Lower))
            {
                position = ElementPosition.Flow;
            }
            else if (PromptText.ContainsPhrase(clause.Lower, "corner"))
            {
                position = ElementPosition.BottomRight;
            }

            if (position is { } p)
            {
                found.Add((p, clause.Targets));
            }
        }

        return found;
    }

    public static List<(double Factor, Targets Targets)> Sizes(PromptText prompt)
    {
        var found = new List<(double, Targets)>();
        foreach (var clause in prompt.Clauses)
        {
            var bigger = Bigger().Match(clause.Lower);
            var smaller = Smaller().Match(clause.Lower);
            if (!bigger.Success && !smaller.Success)
            {
                continue;
            }

            var much = Much().IsMatch(clause.Lower);
            var grow = bigger.Success && (!smaller.Success || bigger.Index < smaller.Index);
            found.Add((grow ? (much ? 1.5 : 1.25) : (much ? 0.6 : 0.8), clause.Targets));
        }

        return found;
    }

    /// <summary>The factor to apply to delays and durations: below 1 for "faster", above 1 for "slower", or null.</summary>
    public static double? Speed(PromptText prompt)
    {
        foreach (var clause in prompt.Clauses)
        {
            if (FadeOutWords().IsMatch(clause.Lower))
            {
                continue;
            }

            var faster = Faster().IsMatch(clause.Lower);
            var slower = Slower().IsMatch(clause.Lower);
            if (faster != slower)
            {
                var much = Much().IsMatch(clause.Lower);
                return faster ? (much ? 0.5 : 0.75) : (much ? 1.5 : 1.25);
            }
        }

        return null;
    }

    public static SceneLayout? Layout(PromptText prompt) =>
        GridWords().IsMatch(prompt.Lower) ? SceneLayout.Grid
        : SplitWords().IsMatch(prompt.Lower) ? SceneLayout.Split
        : FullBleedWords().IsMatch(prompt.Lower) ? SceneLayout.FullBleed
        : CenteredWords().IsMatch(prompt.Lower) ? SceneLayout.Centered
        : null;

    /// <summary>Shapes a prompt asks for (line, ring, circle, glow), in a stable order, none twice; removals excluded.</summary>
    public static List<string> Shapes(PromptText prompt)
    {
        var shapes = new List<string>();
        foreach (var clause in prompt.Clauses)
        {
            if (RemoveWords().IsMatch(clause.Lower))
            {
                continue;
            }

            foreach (Match match in ShapeWords().Matches(clause.Lower))
            {
                var shape = match.Groups["ring"].Success ? "ring"
                    : match.Groups["circle"].Success ? "circle"
                    : match.Groups["glow"].Success ? "glow"
                    : match.Groups["line"].Success ? "line"
                    : null;
                if (shape is null)
                {
                    AddOnce(shapes, "ring");
                    AddOnce(shapes, "line");
                }
                else
                {
                    AddOnce(shapes, shape);
                }
            }
        }

        return shapes;
    }

    /// <summary>The kinds the prompt asks to remove ("remove the logo", "no screenshot", "without shapes").</summary>
    public static Targets Removals(PromptText prompt)
    {
        var removed = Targets.None;
        foreach (var clause in prompt.Clauses)
        {
            if (RemoveWords().IsMatch(clause.Lower))
            {
                removed |= clause.Targets & (Targets.Content | Targets.Shape);
            }
        }

        return removed;
    }

    /// <summary>True when the prompt asks to remove the background image.</summary>
    public static bool RemovesBackgroundImage(PromptText prompt) =>
        prompt.Clauses.Any(c => RemoveWords().IsMatch(c.Lower) && BackgroundImageWords().IsMatch(c.Lower));

    /// <summary>The image kinds (logo, image) the prompt asks to add or show ("add this logo", "with our screenshot").</summary>
    public static Targets Additions(PromptText prompt)
    {
        var added = Targets.None;
        foreach (var clause in prompt.Clauses)
        {
            if (!RemoveWords().IsMatch(clause.Lower) && AddWords().IsMatch(clause.Lower))
            {
                added |= clause.Targets & (Targets.Image | Targets.Logo);
            }
        }

        return added;
    }

    /// <summary>True when the prompt mentions a logo without removing or refusing it.</summary>
    public static bool WantsLogo(PromptText prompt) =>
        prompt.Has("logo", "logos") && (Removals(prompt) & Targets.Logo) == 0;

    /// <summary>screenshot, photo or image when the prompt mentions that kind of picture (not to remove it), else null.</summary>
    public static string? ImageWord(PromptText prompt)
    {
        if ((Removals(prompt) & Targets.Image) != 0)
        {
            return null;
        }

        return prompt.Has("screenshot", "screenshots", "screen shot", "ui", "dashboard") ? "screenshot"
            : prompt.Has("photo", "photos", "picture", "pictures", "photograph") ? "photo"
            : prompt.Has("image", "images", "mockup", "graphic", "visual", "product shot") ? "image"
            : null;
    }

    /// <summary>True when the prompt points at this message's files ("this", "these", "attached", "uploaded").</summary>
    public static bool PointsAtAttachment(PromptText prompt) => prompt.Has("this", "these", "attached", "uploaded", "upload", "new");

    /// <summary>True when the prompt wants an image as the background ("use this photo as the background").</summary>
    public static bool WantsBackgroundImage(PromptText prompt) =>
        !RemovesBackgroundImage(prompt) && (BackgroundImageWords().IsMatch(prompt.Lower) || AsBackground().IsMatch(prompt.Lower));

    public static SceneReferenceRequest? Reference(PromptText prompt)
    {
        var match = SameAs().Match(prompt.Lower);
        if (!match.Success)
        {
            match = CopyFrom().Match(prompt.Lower);
        }

        if (!match.Success)
        {
            return null;
        }

        var what = match.Groups["what"].Value switch
        {
            "bg" or "background" => "background",
            "style" or "look" => "style",
            _ => "colors",
        };
        int? order = match.Groups["n"].Success ? Ordinal(match.Groups["n"].Value) : null;
        var relative = match.Groups["rel"].Success ? match.Groups["rel"].Value : null;
        if (relative is "second" or "third")
        {
            order = relative == "second" ? 2 : 3;
            relative = null;
        }

        return new SceneReferenceRequest(what, order, relative);
    }

    private static Targets QuoteTarget(QuoteRole role) => role switch
    {
        QuoteRole.Subheadline => Targets.Subheadline,
        QuoteRole.Card => Targets.Card,
        _ => Targets.Headline,
    };

    private static int? Ordinal(string value) => value switch
    {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        _ => int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null,
    };

    private static AnimationKind SlideDirection(string lower) =>
        FromLeft().IsMatch(lower) ? AnimationKind.SlideFromLeft
        : FromRight().IsMatch(lower) ? AnimationKind.SlideFromRight
        : AnimationKind.SlideUp;

    private static bool Negated(string lower, int index)
    {
        var before = lower[Math.Max(0, index - 16)..index];
        return NegationBefore().IsMatch(before);
    }

    private static void AddOnce(List<string> list, string value)
    {
        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }

    [GeneratedRegex(@"\bglitch(?:y|ed|ing|es)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Glitch();

    [GeneratedRegex(@"\btypewriter\b|\btyping\b|\btype[\s-]on\b|\btyped?\s+out\b|\btypes\s+out\b|\btyped\b", RegexOptions.CultureInvariant)]
    private static partial Regex Typewriter();

    [GeneratedRegex(@"\bslid(?:e|es|ing)\b|\bslide-in\b|\bswipe[sd]?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Slide();

    [GeneratedRegex(@"\bfrom\s+(?:the\s+)?left\b|\bleft\s+to\s+right\b", RegexOptions.CultureInvariant)]
    private static partial Regex FromLeft();

    [GeneratedRegex(@"\bfrom\s+(?:the\s+)?right\b|\bright\s+to\s+left\b", RegexOptions.CultureInvariant)]
    private static partial Regex FromRight();

    [GeneratedRegex(@"\bfad(?:e|es|ing|ed)\b|\bfade-in\b", RegexOptions.CultureInvariant)]
    private static partial Regex FadeIn();

    [GeneratedRegex(@"\bfad(?:e|es|ing)[\s-]*(?:it\s+|them\s+|everything\s+)?(?:out|away)\b|\bfade\s+to\s+black\b", RegexOptions.CultureInvariant)]
    private static partial Regex FadeOutWords();

    [GeneratedRegex(@"\bzoom(?:s|ing)?\b|\bscal(?:e|es|ing)\s+(?:in|up)\b|\bpops?\s+in\b|\bgrows?\s+in\b", RegexOptions.CultureInvariant)]
    private static partial Regex ScaleWords();

    [GeneratedRegex(@"\bspring(?:y)?\b|\bbounc(?:e|y|ing)\b|\belastic\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpringWords();

    [GeneratedRegex(@"\bslow(?:ly|er)?\b|\bgentl[ey]\b|\bgradual(?:ly)?\b|\blong(?:er)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex SlowWords();

    [GeneratedRegex(@"\bquick(?:ly)?\b|\bfast\b|\bshort\b", RegexOptions.CultureInvariant)]
    private static partial Regex QuickWords();

    [GeneratedRegex(@"\bstagger(?:ed|ing)?\b|\bone\s+(?:by|after)\s+(?:one|another)\b|\bone\s+at\s+a\s+time\b|\bcascad(?:e|ing)\b", RegexOptions.CultureInvariant)]
    private static partial Regex StaggerWords();

    [GeneratedRegex(@"\b(?:(?<fast>fast|quick|snappy|energetic|punchy|dynamic|upbeat|high-energy|fast-paced)|(?<slow>slow|calm|relaxed|gentle|chill|leisurely|serene|mellow|slow-paced))\b", RegexOptions.CultureInvariant)]
    private static partial Regex PacingWords();

    [GeneratedRegex(@"\b(?:not|no|never|don't|dont|without|less|too)\s+(?:\w+\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NegationBefore();

    [GeneratedRegex(@"\b(?<v>top|upper|bottom|lower)[\s-]+(?<h>right|left)\b|\b(?<h2>right|left)[\s-]+(?<v2>top|bottom)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Corner();

    [GeneratedRegex(@"\b(?:center|centre|centered|centred|middle)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Center();

    [GeneratedRegex(@"\b(?:move|put|place|position|center|centre|align|bring)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MoveWords();

    [GeneratedRegex(@"\b(?:bigger|larger|enlarge|grow|huge|increase|more\s+prominent|too\s+small|scale\s+up|blow\s+up)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Bigger();

    [GeneratedRegex(@"\b(?:smaller|tinier|shrink|reduce|decrease|less\s+prominent|subtler|too\s+big|too\s+large|scale\s+down)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Smaller();

    [GeneratedRegex(@"\b(?:much|a\s+lot|way|twice|double|lots|far|significantly)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Much();

    [GeneratedRegex(@"\b(?:faster|quicker|snappier|zippier|speed\s+(?:it\s+)?up|more\s+energetic|pick\s+up\s+the\s+pace|too\s+slow|less\s+slow)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Faster();

    [GeneratedRegex(@"\b(?:slower|calmer|slow\s+(?:it\s+)?down|more\s+relaxed|less\s+rushed|gentler|more\s+calm|less\s+fast|too\s+fast|take\s+it\s+easy|more\s+slowly)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Slower();

    [GeneratedRegex(@"\bgrid\b|\bas\s+cards\b", RegexOptions.CultureInvariant)]
    private static partial Regex GridWords();

    [GeneratedRegex(@"\bsplit\b|\bside[\s-]by[\s-]side\b|\btwo\s+columns\b|\bleft\s+and\s+right\b", RegexOptions.CultureInvariant)]
    private static partial Regex SplitWords();

    [GeneratedRegex(@"\bfull[\s-]?screen\b|\bfull[\s-]bleed\b|\bedge[\s-]to[\s-]edge\b|\bcover\s+the\s+(?:whole\s+)?(?:screen|frame)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FullBleedWords();

    [GeneratedRegex(@"\bcent(?:er|re)(?:ed)?\s+layout\b|\bcent(?:er|re)\s+everything\b", RegexOptions.CultureInvariant)]
    private static partial Regex CenteredWords();

    [GeneratedRegex(@"\b(?:(?<ring>rings?)|(?<circle>circles?|dots?)|(?<glow>glow|glowing|orbs?|blobs?|halo)|(?<line>lines?|underline|divider|stripes?)|shapes|geometric)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ShapeWords();

    [GeneratedRegex(@"\b(?:remove|delete|drop|hide|get\s+rid\s+of|take\s+(?:out|away)|without|no\s+longer|ditch|lose|no)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RemoveWords();

    [GeneratedRegex(@"\b(?:add|insert|include|put|place|show|use|display|bring\s+in|with|feature|showcase|swap|replace)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AddWords();

    [GeneratedRegex(@"\bbackground\s+(?:image|photo|picture)\b", RegexOptions.CultureInvariant)]
    private static partial Regex BackgroundImageWords();

    [GeneratedRegex(@"\b(?:image|photo|picture|screenshot|this|it)\s+as\s+(?:the\s+|a\s+)?background\b", RegexOptions.CultureInvariant)]
    private static partial Regex AsBackground();

    [GeneratedRegex(@"\b(?:same|matching|identical)\s+(?<what>background|bg|colou?rs|palette|style|look)\s+(?:as|like|from|of)\s+(?:in\s+)?(?:the\s+)?(?:scene\s*(?<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten)|(?<rel>first|previous|last|second|third|other)\s+scene)", RegexOptions.CultureInvariant)]
    private static partial Regex SameAs();

    [GeneratedRegex(@"\b(?:match|copy|use|reuse|take)\s+(?:the\s+)?(?:scene\s*(?<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten)(?:'s|\u2019s)?|(?<rel>first|previous|last|second|third|other)\s+scene(?:'s|\u2019s)?)\s+(?<what>background|bg|colou?rs|palette|style|look)", RegexOptions.CultureInvariant)]
    private static partial Regex CopyFrom();
}
