namespace BazaarVid.Brain;

/// <summary>The wording that introduced a style request.</summary>
public enum StyleQueryCue
{
    /// <summary>Given by the host, not extracted from a prompt.</summary>
    Explicit,

    /// <summary>"in the style of X", "style of X", "styled after X".</summary>
    StyleOf,

    /// <summary>"X style", "X-style", "X styled".</summary>
    StyleSuffix,

    /// <summary>"style: X".</summary>
    StyleLabel,

    /// <summary>"like an X ad" (commercial, keynote, trailer, promo).</summary>
    LikeAnAd,

    /// <summary>"X-like", "X-esque".</summary>
    LikeSuffix,

    /// <summary>"X aesthetic".</summary>
    Aesthetic,

    /// <summary>"X vibe", "X vibes".</summary>
    Vibe,

    /// <summary>"inspired by X".</summary>
    InspiredBy,

    /// <summary>"similar to X".</summary>
    SimilarTo,

    /// <summary>"feels like X", "feel like X".</summary>
    FeelsLike,

    /// <summary>"make it look like X", "should look like X".</summary>
    LooksLike,
}

/// <summary>A style request found in a prompt: the phrase naming the style and where it stands.</summary>
/// <param name="Phrase">The words naming the style, verbatim (for example <c>Apple ad</c> or <c>the Great Gatsby</c>).</param>
/// <param name="Start">The index of the phrase in the prompt.</param>
/// <param name="Length">The length of the phrase in the prompt.</param>
/// <param name="Cue">The wording that introduced it.</param>
public sealed record StyleQuery(string Phrase, int Start, int Length, StyleQueryCue Cue)
{
    /// <summary>The index just after the phrase.</summary>
    public int End => Start + Length;

    /// <summary>A query for a phrase a host already has (for example from a style picker).</summary>
    /// <exception cref="ArgumentException"><paramref name="phrase"/> is empty or white space.</exception>
    public static StyleQuery FromPhrase(string phrase)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phrase);
        return new StyleQuery(phrase, 0, phrase.Length, StyleQueryCue.Explicit);
    }
}
