using System.Text.RegularExpressions;
using BazaarVid.Context;

namespace BazaarVid.Brain;

/// <summary>Pacing, animation choice, easing and timing rules shared by the planner, the editor and the emitter.</summary>
internal static partial class MotionRules
{
    public const string DefaultEasing = "Easing.bezier(0.16, 1, 0.3, 1)";

    private static readonly HashSet<string> EasingNames = new(StringComparer.Ordinal)
    {
        "Easing", "linear", "ease", "quad", "cubic", "poly", "sin", "circle", "exp", "elastic", "back", "bounce", "bezier", "in", "out", "inOut", "step0", "step1",
    };

    /// <summary>fast, medium or slow: the prompt's word, else the learned pacing preference, else the style's.</summary>
    public static string Pacing(string? fromPrompt, PreferenceSet preferences, StyleMotion style) =>
        Normalize(fromPrompt) ?? Normalize(preferences.Current(PreferenceKind.Pacing)?.Value) ?? Normalize(style.Pacing) ?? "medium";

    /// <summary>fast, medium or slow for a known value; null otherwise.</summary>
    public static string? Normalize(string? pacing) => pacing?.Trim().ToLowerInvariant() switch
    {
        "fast" => "fast",
        "slow" => "slow",
        "medium" => "medium",
        _ => null,
    };

    /// <summary>One step faster (factor below 1) or slower (above 1).</summary>
    public static string Step(string pacing, double factor) => (Normalize(pacing) ?? "medium", factor < 1) switch
    {
        ("slow", true) => "medium",
        (_, true) => "fast",
        ("fast", false) => "medium",
        _ => "slow",
    };

    /// <summary>Seconds an element takes to enter at a pacing.</summary>
    public static double EnterSeconds(string pacing) => Normalize(pacing) switch
    {
        "fast" => 0.4,
        "slow" => 0.9,
        _ => 0.6,
    };

    /// <summary>Characters per second of the typewriter effect at a pacing.</summary>
    public static int TypewriterCharsPerSecond(string pacing) => Normalize(pacing) switch
    {
        "fast" => 36,
        "slow" => 16,
        _ => 24,
    };

    /// <summary>Seconds an element takes to enter (typing takes as long as its text needs).</summary>
    public static double EntrySeconds(SceneElement element, string pacing) =>
        element.Animation == AnimationKind.Typewriter && element.Text is { } text
            ? (double)text.EnumerateRunes().Count() / TypewriterCharsPerSecond(pacing)
            : EnterSeconds(pacing);

    /// <summary>Frames between the entries of consecutive elements at a pacing and fps.</summary>
    public static int StaggerFrames(string pacing, int fps, bool pronounced)
    {
        var seconds = Normalize(pacing) switch
        {
            "fast" => 0.17,
            "slow" => 0.4,
            _ => 0.27,
        };
        return Math.Max(1, (int)Math.Round(seconds * fps * (pronounced ? 1.5 : 1)));
    }

    /// <summary>The main entry animation: the prompt's, else the animation-style preference's, else one fitting the style's motion.</summary>
    public static AnimationKind PrimaryAnimation(AnimationKind? fromPrompt, PreferenceSet preferences, StyleMotion style, string pacing)
    {
        if (fromPrompt is { } kind)
        {
            return kind;
        }

        var preferred = preferences.Current(PreferenceKind.AnimationStyle)?.Value;
        foreach (var word in (preferred ?? string.Empty).Split([',', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            AnimationKind? mapped = word.ToLowerInvariant() switch
            {
                "bouncy" => AnimationKind.Spring,
                "glitch" => AnimationKind.Glitch,
                "fade" => AnimationKind.Fade,
                "slide" or "smooth" => AnimationKind.SlideUp,
                "typewriter" => AnimationKind.Typewriter,
                "zoom" => AnimationKind.Scale,
                _ => null,
            };
            if (mapped is { } m)
            {
                return m;
            }
        }

        return style.SpringDamping < 30 ? AnimationKind.Spring
            : Normalize(pacing) == "slow" ? AnimationKind.Fade
            : AnimationKind.SlideUp;
    }

    /// <summary>The style's motion with the pacing and an animation-style preference applied (a cubic-bezier becomes the easing; bouncy and smooth change the spring).</summary>
    public static StyleMotion Motion(StyleMotion style, string pacing, PreferenceSet preferences)
    {
        var motion = style with { Pacing = pacing, Easing = SafeEasing(style.Easing) };
        var preferred = preferences.Current(PreferenceKind.AnimationStyle)?.Value;
        if (preferred is null)
        {
            return motion;
        }

        var bezier = Bezier().Match(preferred);
        if (bezier.Success)
        {
            motion = motion with { Easing = SafeEasing($"Easing.bezier({bezier.Groups[1].Value}, {bezier.Groups[2].Value}, {bezier.Groups[3].Value}, {bezier.Groups[4].Value})") };
        }

        if (preferred.Contains("bouncy", StringComparison.OrdinalIgnoreCase))
        {
            motion = motion with { SpringDamping = 10, SpringStiffness = 120, SpringMass = 0.8 };
        }
        else if (preferred.Contains("smooth", StringComparison.OrdinalIgnoreCase))
        {
            motion = motion with { SpringDamping = 200 };
        }

        return motion;
    }

    /// <summary>
    /// <paramref name="easing"/> when it is a Remotion easing expression made only of <c>Easing</c> members, numbers,
    /// parentheses and commas (so a style from anywhere cannot inject code); otherwise the default easing.
    /// </summary>
    public static string SafeEasing(string? easing)
    {
        if (string.IsNullOrWhiteSpace(easing) || easing.Length > 120 || !EasingShape().IsMatch(easing) || MisusedEasing().IsMatch(easing))
        {
            return DefaultEasing;
        }

        foreach (Match word in Identifier().Matches(easing))
        {
            if (!EasingNames.Contains(word.Value))
            {
                return DefaultEasing;
            }
        }

        var depth = 0;
        foreach (var c in easing)
        {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0)
            {
                return DefaultEasing;
            }
        }

        return depth == 0 && easing.TrimStart().StartsWith("Easing.", StringComparison.Ordinal) ? easing.Trim() : DefaultEasing;
    }

    /// <summary>Spring settings within the ranges Remotion accepts.</summary>
    public static (double Damping, double Stiffness, double Mass) Spring(StyleMotion motion) => (
        Finite(motion.SpringDamping, 1, 1000, 200),
        Finite(motion.SpringStiffness, 1, 1000, 100),
        Finite(motion.SpringMass, 0.1, 100, 1));

    /// <summary>The duration a scene's content needs: ~2 s for a word, up to ~5 s for long text, longer with many entries.</summary>
    public static int ContentFrames(IEnumerable<SceneElement> elements, string pacing, int fps)
    {
        var list = elements.ToList();
        var words = list.Where(e => e.Kind is ElementKind.Headline or ElementKind.Subheadline or ElementKind.Card)
            .Sum(e => (e.Text ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        var cards = list.Count(e => e.Kind == ElementKind.Card);
        var seconds = Math.Clamp(2.0 + (0.15 * words) + (0.3 * cards), 2.0, 5.0);
        seconds *= Normalize(pacing) switch
        {
            "fast" => 0.85,
            "slow" => 1.2,
            _ => 1.0,
        };
        seconds = Math.Clamp(seconds, 2.0, 5.0);
        var needed = list.Count == 0 ? 0 : list.Max(e => e.DelayFrames + (int)Math.Round((EntrySeconds(e, pacing) + 1.0) * fps));
        return Math.Max((int)Math.Round(seconds * fps), needed);
    }

    /// <summary>Applies a learned per-scene duration preference (exactly, at most or at least) to a content duration.</summary>
    public static int WithPreference(int contentFrames, Preference? duration, int fps)
    {
        if (duration?.Seconds is not { } seconds || seconds <= 0 || double.IsNaN(seconds))
        {
            return contentFrames;
        }

        var preferred = (int)Math.Round(Math.Min(seconds, 3600) * fps);
        return duration.Bound switch
        {
            PreferenceBound.AtMost => Math.Min(contentFrames, preferred),
            PreferenceBound.AtLeast => Math.Max(contentFrames, preferred),
            _ => preferred,
        };
    }

    /// <summary>Clamps to the contract's 15–1800 frames.</summary>
    public static int ClampDuration(int frames) => Math.Clamp(frames, Storyboard.MinDurationInFrames, Storyboard.MaxDurationInFrames);

    /// <summary>Scales a frame count, rounding, never below <paramref name="minimum"/>.</summary>
    public static int Scale(int frames, double factor, int minimum = 0) => Math.Max(minimum, (int)Math.Round(frames * factor));

    private static double Finite(double value, double min, double max, double fallback) =>
        double.IsFinite(value) ? Math.Clamp(value, min, max) : fallback;

    [GeneratedRegex(@"cubic-bezier\(\s*(-?\d*\.?\d+)\s*,\s*(-?\d*\.?\d+)\s*,\s*(-?\d*\.?\d+)\s*,\s*(-?\d*\.?\d+)\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bezier();

    [GeneratedRegex(@"^[A-Za-z0-9_.,()\s-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EasingShape();

    /// <summary>Easing factories used without arguments, or ready easings called like factories.</summary>
    [GeneratedRegex(@"\.(?:bezier|in|out|inOut|poly|elastic|back)\b(?!\s*\()|\.(?:linear|ease|quad|cubic|sin|circle|exp|bounce)\s*\(", RegexOptions.CultureInvariant)]
    private static partial Regex MisusedEasing();

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();
}
