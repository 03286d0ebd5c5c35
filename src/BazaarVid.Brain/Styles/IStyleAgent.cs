using BazaarVid.Context;

namespace BazaarVid.Brain;

/// <summary>Finds style requests in prompts and resolves them to a <see cref="StyleProfile"/>.</summary>
public interface IStyleAgent
{
    /// <summary>
    /// The first style request in <paramref name="prompt"/> ("in the style of X", "like an Apple ad", "X style",
    /// "X-like", "X aesthetic", "X vibes", "inspired by X", "similar to X", "feels like X", "make it look like X"),
    /// or null when there is none. Deterministic.
    /// </summary>
    StyleQuery? ExtractQuery(string prompt);

    /// <summary>
    /// The style for <paramref name="query"/>: a library style (exact, alias or fuzzy), a researched style (cached),
    /// or the generic style. With no query, the style derived from the learned visual-style preference, else the
    /// generic style. Never throws for an unknown or failed style; only cancellation by the caller propagates.
    /// </summary>
    ValueTask<StyleResolution> ResolveAsync(StyleQuery? query, PreferenceSet preferences, CancellationToken cancellationToken = default);
}
