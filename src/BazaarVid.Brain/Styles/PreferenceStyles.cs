using BazaarVid.Context;

namespace BazaarVid.Brain;

/// <summary>
/// Turns a learned visual-style preference ("dark, minimal") into a library style: combinations first (dark and
/// minimal is the dark-mode style, not the light minimal one), then the preference as a phrase, leftmost word first.
/// </summary>
internal static class PreferenceStyles
{
    private static readonly (string[] Values, string Key)[] Combinations =
    [
        (["dark", "minimal"], "dark-mode"),
        (["dark", "modern"], "dark-mode"),
        (["dark", "corporate"], "dark-mode"),
        (["dark", "futuristic"], "cyberpunk"),
        (["dark", "neon"], "neon"),
        (["dark", "retro"], "retro"),
        (["dark", "elegant"], "luxury"),
        (["dark", "bold"], "gaming"),
        (["light", "playful"], "pastel"),
        (["light", "elegant"], "editorial"),
        (["minimal", "organic"], "organic"),
    ];

    public static (StyleProfile Style, string Term)? Derive(StyleLibrary library, PreferenceSet preferences)
    {
        var value = preferences.Current(PreferenceKind.VisualStyle)?.Value;
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var values = value.ToLowerInvariant()
            .Split([',', ';', '/', '+', '&'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(v => v.Split(" and ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var (required, key) in Combinations)
        {
            if (required.All(values.Contains) && library.TryGet(key, out var combined))
            {
                return (combined, string.Join('+', required));
            }
        }

        return library.Match(value) is { } match ? (match.Style, match.Term) : null;
    }
}
