using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using BazaarVid.Context;

namespace BazaarVid.Brain;

/// <summary>Spec-level helpers shared by the planner and the editor: request checks, palettes, fonts, element ids and timing fixes.</summary>
internal static partial class SpecTools
{
    private static readonly StylePalette FallbackPalette = new("#0B0B0F", "#17171F", "#FFFFFF", "#00E5FF", "#F5F5F7", "#A1A1AA");

    /// <summary>Checks a request the way every public entry point does.</summary>
    public static void Validate(SceneGenerationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Prompt, nameof(request));
        ArgumentNullException.ThrowIfNull(request.ProjectId, nameof(request));
        ArgumentNullException.ThrowIfNull(request.ConversationId, nameof(request));
        ArgumentNullException.ThrowIfNull(request.Style, nameof(request));
        ArgumentNullException.ThrowIfNull(request.Preferences, nameof(request));
        ArgumentNullException.ThrowIfNull(request.Ledger, nameof(request));
        if (request.Fps is < 1 or > 240)
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.Fps, "Fps must be 1 to 240.");
        }

        if (request.SceneId is not null && !SceneIds.IsValid(request.SceneId))
        {
            throw new ArgumentException($"SceneId '{request.SceneId}' is not 8 characters [a-z0-9].", nameof(request));
        }

        if (request.Mode == SceneGenerationMode.Edit && request.Current is null)
        {
            throw new ArgumentException("An edit needs the current scene (Current).", nameof(request));
        }
    }

    /// <summary>The target flag of an element kind.</summary>
    public static Targets TargetOf(ElementKind kind) => kind switch
    {
        ElementKind.Headline => Targets.Headline,
        ElementKind.Subheadline => Targets.Subheadline,
        ElementKind.Card => Targets.Card,
        ElementKind.Image => Targets.Image,
        ElementKind.Logo => Targets.Logo,
        _ => Targets.Shape,
    };

    /// <summary>True for the kinds that carry text.</summary>
    public static bool IsText(ElementKind kind) => kind is ElementKind.Headline or ElementKind.Subheadline or ElementKind.Card;

    /// <summary>Every colour a valid <c>#RRGGBB</c>.</summary>
    public static StylePalette Sanitize(StylePalette? palette) => palette is null
        ? FallbackPalette
        : new StylePalette(
            Colors.OrDefault(palette.Background, FallbackPalette.Background),
            Colors.OrDefault(palette.Surface, FallbackPalette.Surface),
            Colors.OrDefault(palette.Primary, FallbackPalette.Primary),
            Colors.OrDefault(palette.Accent, FallbackPalette.Accent),
            Colors.OrDefault(palette.Text, FallbackPalette.Text),
            Colors.OrDefault(palette.MutedText, FallbackPalette.MutedText));

    /// <summary>
    /// The palette adjusted to a background: text colours that would not read are swapped for near-white or
    /// near-black, and the card surface follows a changed background.
    /// </summary>
    public static StylePalette Readable(StylePalette palette, string background, bool backgroundChanged)
    {
        var surface = backgroundChanged
            ? Colors.Mix(background, Colors.IsLight(background) ? "#000000" : "#FFFFFF", 0.08)
            : palette.Surface;
        return palette with
        {
            Background = background,
            Surface = surface,
            Text = Colors.Readable(palette.Text, surface, 4.5),
            Primary = Colors.Readable(palette.Primary, background, 3),
            MutedText = Colors.Readable(palette.MutedText, background, 3),
        };
    }

    /// <summary>The typography with a font preference put first in both stacks (names reduced to letters, digits, spaces and hyphens).</summary>
    public static StyleTypography WithFont(StyleTypography typography, PreferenceSet preferences)
    {
        var font = preferences.Current(PreferenceKind.Font)?.Value;
        if (string.IsNullOrWhiteSpace(font))
        {
            return typography;
        }

        var clean = FontName().Replace(font, string.Empty).Trim();
        if (clean.Length == 0 || typography.HeadingFont.StartsWith(clean, StringComparison.OrdinalIgnoreCase) || typography.HeadingFont.StartsWith("'" + clean, StringComparison.OrdinalIgnoreCase))
        {
            return typography;
        }

        var quoted = clean.Contains(' ', StringComparison.Ordinal) ? $"'{clean}'" : clean;
        return typography with { HeadingFont = $"{quoted}, {typography.HeadingFont}", BodyFont = $"{quoted}, {typography.BodyFont}" };
    }

    /// <summary>The next free element id (e1, e2, …).</summary>
    public static string NextId(IEnumerable<SceneElement> elements)
    {
        var max = 0;
        foreach (var element in elements)
        {
            if (element.Id.Length > 1 && element.Id[0] == 'e'
                && int.TryParse(element.Id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                max = Math.Max(max, n);
            }
        }

        return "e" + (max + 1).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Renumbers element ids e1, e2, … in order.</summary>
    public static ImmutableArray<SceneElement> Renumber(IEnumerable<SceneElement> elements) =>
        [.. elements.Select((e, i) => e with { Id = "e" + (i + 1).ToString(CultureInfo.InvariantCulture) })];

    /// <summary>
    /// Squeezes entry delays so that every element has entered by 60 % of the duration (a short requested duration
    /// must still show everything).
    /// </summary>
    public static ImmutableArray<SceneElement> FitDelays(ImmutableArray<SceneElement> elements, int duration, int fps, string pacing)
    {
        var enter = (int)Math.Round(MotionRules.EnterSeconds(pacing) * fps);
        var last = elements.IsDefaultOrEmpty ? 0 : elements.Max(e => e.DelayFrames);
        var budget = Math.Max(0, (int)(duration * 0.6) - enter);
        if (last <= budget || last == 0)
        {
            return elements;
        }

        var factor = (double)budget / last;
        return [.. elements.Select(e => e with { DelayFrames = (int)Math.Floor(e.DelayFrames * factor) })];
    }

    /// <summary>True when an avoided component of the preferences mentions one of <paramref name="words"/>.</summary>
    public static bool Avoids(PreferenceSet preferences, params string[] words) =>
        preferences.All(PreferenceKind.AvoidComponent).Any(p => words.Any(w => p.Value.Contains(w, StringComparison.OrdinalIgnoreCase)));

    /// <summary>True when a preferred component of the preferences mentions <paramref name="word"/>.</summary>
    public static bool Prefers(PreferenceSet preferences, string word) =>
        preferences.All(PreferenceKind.PreferComponent).Any(p => p.Value.Contains(word, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"[^A-Za-z0-9 \-]", RegexOptions.CultureInvariant)]
    private static partial Regex FontName();
}
