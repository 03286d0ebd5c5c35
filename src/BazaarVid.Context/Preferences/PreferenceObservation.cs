using System.Collections.Immutable;

namespace BazaarVid.Context;

/// <summary>One preference read from one message, before it is merged into a <see cref="PreferenceSet"/>.</summary>
/// <param name="Kind">What it is about.</param>
/// <param name="Value">
/// The canonical value: lower case words (<c>fast</c>, <c>dark, minimal</c>, <c>navy blue</c>, <c>stock photos</c>);
/// for durations the seconds in invariant culture (<c>2</c>, <c>1.5</c>); hex colours as <c>#RRGGBB</c>; fonts by
/// their family name (<c>Space Grotesk</c>); a cubic-bezier verbatim.
/// </param>
/// <param name="Confidence">How sure the extractor is, 0 to 1.</param>
/// <param name="Explicit">True for a stated preference ("each scene 2 seconds", "I prefer…"), false for one implied by a request.</param>
/// <param name="Evidence">The words that produced it, verbatim.</param>
/// <param name="Seconds">For <see cref="PreferenceKind.SceneDuration"/>: the duration in seconds.</param>
/// <param name="Bound">For <see cref="PreferenceKind.SceneDuration"/>: exact, at most or at least.</param>
public sealed record PreferenceObservation(
    PreferenceKind Kind,
    string Value,
    double Confidence,
    bool Explicit,
    string Evidence,
    double? Seconds = null,
    PreferenceBound Bound = PreferenceBound.Exactly);

/// <summary>A preference statement that was understood but refused (for example "500 seconds per scene").</summary>
/// <param name="Kind">What it was about.</param>
/// <param name="Evidence">The words, verbatim.</param>
/// <param name="Reason">Why it was refused, for people.</param>
public sealed record PreferenceRejection(PreferenceKind Kind, string Evidence, string Reason);

/// <summary>What an <see cref="IPreferenceExtractor"/> read from one message.</summary>
/// <param name="Observations">Accepted observations, in text order.</param>
/// <param name="Rejections">Statements refused with a reason; they are never stored as preferences.</param>
public sealed record PreferenceExtraction(
    ImmutableArray<PreferenceObservation> Observations,
    ImmutableArray<PreferenceRejection> Rejections)
{
    /// <summary>Nothing found.</summary>
    public static PreferenceExtraction None { get; } = new([], []);
}
