namespace BazaarVid.Brain;

/// <summary>How a style was chosen.</summary>
public enum StyleMatchKind
{
    /// <summary>The phrase is a style's key (ignoring case, spacing, hyphens and filler words such as "ad" or "style").</summary>
    Exact,

    /// <summary>The phrase is one of a style's aliases ("Stripe" for tech startup, "80s" for retro).</summary>
    Alias,

    /// <summary>The phrase is a key or alias with a typo or a suffix ("cyberpnk", "appley", "applelike").</summary>
    Fuzzy,

    /// <summary>No query: the style comes from the learned visual-style preference.</summary>
    PreferenceDerived,

    /// <summary>An unknown style researched once by an <see cref="IStyleResearcher"/> (now or earlier, from the cache).</summary>
    Researched,

    /// <summary>The generic style: no query and no preference, an unknown query, or a failed research.</summary>
    Generic,
}

/// <summary>A style found in a <see cref="StyleLibrary"/> for a phrase.</summary>
/// <param name="Style">The style.</param>
/// <param name="Kind"><see cref="StyleMatchKind.Exact"/>, <see cref="StyleMatchKind.Alias"/> or <see cref="StyleMatchKind.Fuzzy"/>.</param>
/// <param name="Term">The key or alias that matched, in its compact form (for example <c>apple</c>, <c>stripe</c>).</param>
/// <param name="Distance">The edit distance from the phrase (or the part of it) to <paramref name="Term"/>; 0 unless fuzzy.</param>
public sealed record StyleMatch(StyleProfile Style, StyleMatchKind Kind, string Term, int Distance);

/// <summary>The style chosen for a request and why.</summary>
/// <param name="Style">The style to apply; never null (the generic style when nothing else applies).</param>
/// <param name="Kind">How it was chosen.</param>
/// <param name="Query">The query it was resolved from, or null when there was none.</param>
/// <param name="MatchedTerm">The key, alias or preference value that decided it; null for the generic style.</param>
public sealed record StyleResolution(StyleProfile Style, StyleMatchKind Kind, StyleQuery? Query, string? MatchedTerm);
