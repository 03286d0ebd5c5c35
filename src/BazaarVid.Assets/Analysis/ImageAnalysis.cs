using System.Collections.Immutable;
using BazaarVid.Context;

namespace BazaarVid.Assets;

/// <summary>What an <see cref="IImageAnalyzer"/> learned about one image. Immutable; equal inputs give equal results.</summary>
/// <param name="Kind">The kind guess: logo, ui, screenshot, photo, icon or illustration (null when an analyzer cannot tell).</param>
/// <param name="Summary">One sentence for prompts, for example "Square PNG logo with transparency, 512×512".</param>
/// <param name="Tags">Tags, sorted (ordinal) and distinct.</param>
/// <param name="Properties">Measured properties (width, height, format, orientation, …), sorted by name.</param>
public sealed record ImageAnalysis(
    string? Kind,
    string Summary,
    ImmutableArray<string> Tags,
    ImmutableSortedDictionary<string, string> Properties)
{
    /// <summary>The analyzed fact for the asset at <paramref name="assetUrl"/>, observed at <paramref name="observedAt"/>.</summary>
    public ImageFact ToFact(string assetUrl, DateTimeOffset observedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assetUrl);
        return new ImageFact(assetUrl, ImageFactStatus.Analyzed, Kind, Summary, Tags.IsDefault ? [] : Tags, Properties, null, observedAt);
    }

    /// <summary>A failed fact for the asset at <paramref name="assetUrl"/>: no kind, no tags, no properties, and the reason.</summary>
    public static ImageFact Failed(string assetUrl, string reason, DateTimeOffset observedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assetUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new ImageFact(assetUrl, ImageFactStatus.Failed, null, "Image analysis failed", [], ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal), reason, observedAt);
    }

    /// <inheritdoc />
    public bool Equals(ImageAnalysis? other) =>
        other is not null
        && Kind == other.Kind
        && Summary == other.Summary
        && Tags.SequenceEqual(other.Tags)
        && Properties.SequenceEqual(other.Properties);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Summary, Tags.Length, Properties.Count);
}

/// <summary>Analyzes an image asset. Hosts replace it (for example with a vision model); the default reads metadata only.</summary>
public interface IImageAnalyzer
{
    /// <summary>Analyzes <paramref name="asset"/>. Throws when it cannot; the processor turns every exception into a failed fact.</summary>
    /// <exception cref="AssetRejectedException">The asset is not an image (code <c>not-an-image</c>) or could not be fetched safely.</exception>
    ValueTask<ImageAnalysis> AnalyzeAsync(Asset asset, CancellationToken cancellationToken = default);
}
