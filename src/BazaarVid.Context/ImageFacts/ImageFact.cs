using System.Collections.Immutable;

namespace BazaarVid.Context;

/// <summary>Whether an image analysis produced facts.</summary>
public enum ImageFactStatus
{
    /// <summary>The analysis succeeded.</summary>
    Analyzed,

    /// <summary>The analysis failed; <see cref="ImageFact.FailureReason"/> says why.</summary>
    Failed,
}

/// <summary>
/// What an image analysis learned about one asset. Facts arrive late (the analysis runs in the background)
/// and are used from the turn after they arrive.
/// </summary>
/// <param name="AssetUrl">The analysed asset's URL (matched to the ledger by normalized key).</param>
/// <param name="Status">Analyzed or failed.</param>
/// <param name="Kind">The kind guess: logo, ui, screenshot, photo, icon, illustration, or null.</param>
/// <param name="Summary">One sentence for prompts ("Square PNG logo with transparency, 512×512").</param>
/// <param name="Tags">Tags, sorted.</param>
/// <param name="Properties">Measured properties (width, height, format, orientation, …), sorted by name.</param>
/// <param name="FailureReason">Why the analysis failed, or null.</param>
/// <param name="ObservedAt">When the facts arrived.</param>
public sealed record ImageFact(
    string AssetUrl,
    ImageFactStatus Status,
    string? Kind,
    string Summary,
    ImmutableArray<string> Tags,
    ImmutableSortedDictionary<string, string> Properties,
    string? FailureReason,
    DateTimeOffset ObservedAt)
{
    /// <inheritdoc />
    public bool Equals(ImageFact? other) =>
        other is not null
        && AssetUrl == other.AssetUrl && Status == other.Status && Kind == other.Kind && Summary == other.Summary
        && Tags.SequenceEqual(other.Tags) && Properties.SequenceEqual(other.Properties)
        && FailureReason == other.FailureReason && ObservedAt == other.ObservedAt;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AssetUrl, Status, ObservedAt);
}
