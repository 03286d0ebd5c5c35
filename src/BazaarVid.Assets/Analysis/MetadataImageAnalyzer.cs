namespace BazaarVid.Assets;

/// <summary>
/// The default <see cref="IImageAnalyzer"/>: metadata only (there is no pixel decoder). For an uploaded asset it uses
/// what ingestion recorded (size, MIME type, tags); for a referenced asset without a known size it fetches the bytes
/// through <see cref="ISafeHttpFetcher"/> and probes them with <see cref="IMediaProbe"/>. Then it applies the documented,
/// deterministic rules: orientation, kind (logo, icon, screenshot, ui, photo, illustration), a one-sentence summary such
/// as "Square PNG logo with transparency, 512×512", tags and properties. Thread-safe.
/// </summary>
public sealed class MetadataImageAnalyzer : IImageAnalyzer
{
    /// <summary>The code of the exception thrown for an asset that is not an image.</summary>
    public const string NotAnImageCode = "not-an-image";

    private readonly IMediaProbe _probe;
    private readonly ISafeHttpFetcher _fetcher;

    /// <summary>Creates the analyzer.</summary>
    public MetadataImageAnalyzer(IMediaProbe probe, ISafeHttpFetcher fetcher)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(fetcher);
        _probe = probe;
        _fetcher = fetcher;
    }

    /// <inheritdoc />
    /// <exception cref="AssetRejectedException">Not an image (<c>not-an-image</c>), or the probe refused the fetched bytes.</exception>
    /// <exception cref="UnsafeUrlException">A referenced asset's URL may not be fetched.</exception>
    /// <exception cref="FetchFailedException">A referenced asset could not be fetched.</exception>
    public async ValueTask<ImageAnalysis> AnalyzeAsync(Asset asset, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(asset);
        cancellationToken.ThrowIfCancellationRequested();
        var needsProbe = asset.Source == AssetSource.Reference && (asset.Width is null || asset.Height is null);

        // A reference typed Other may just lack a telling extension: its bytes decide. Anything else must already be an image.
        if (!IsImage(asset.Type) && !(needsProbe && asset.Type == AssetType.Other))
        {
            throw NotAnImage(asset.Type);
        }

        if (!needsProbe)
        {
            return ImageDescriber.Describe(ImageTraits.FromAsset(asset));
        }

        // On Unix "/path" parses as an absolute file: URI, so the scheme is checked here as well as in the fetcher.
        if (!Uri.TryCreate(asset.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new UnsafeUrlException("the asset URL is not an absolute http or https URL");
        }

        var fetched = await _fetcher.FetchAsync(url, cancellationToken).ConfigureAwait(false);
        var info = _probe.Probe(fetched.Content.Span, asset.FileName);
        if (!IsImage(info.Type))
        {
            throw NotAnImage(info.Type);
        }

        return ImageDescriber.Describe(ImageTraits.FromProbe(asset, info, fetched.Content.Length));
    }

    private static bool IsImage(AssetType type) => type is AssetType.Image or AssetType.Svg or AssetType.Logo;

    private static AssetRejectedException NotAnImage(AssetType type) =>
        new(NotAnImageCode, $"the asset is {type.ToString().ToLowerInvariant()}, not an image");
}
