using BazaarVid.Context;

namespace BazaarVid.Assets;

/// <summary>
/// The default <see cref="IAssetIntake"/>. Order matters: the asset is stored before its URL is pinned, and the
/// analysis is started last and never awaited, so a slow or failing analysis can never delay or undo the intake.
/// Images whose facts already arrived in this conversation are not analysed again.
/// </summary>
public sealed class AssetIntake : IAssetIntake
{
    private readonly IAssetIngestor _ingestor;
    private readonly IAssetContextStore _assets;
    private readonly IContextManager _context;
    private readonly IAsyncImageProcessor _analysis;

    /// <summary>Creates the intake from its services.</summary>
    public AssetIntake(IAssetIngestor ingestor, IAssetContextStore assets, IContextManager context, IAsyncImageProcessor analysis)
    {
        ArgumentNullException.ThrowIfNull(ingestor);
        ArgumentNullException.ThrowIfNull(assets);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(analysis);
        _ingestor = ingestor;
        _assets = assets;
        _context = context;
        _analysis = analysis;
    }

    /// <inheritdoc />
    public async Task<Asset> AddUploadAsync(ConversationKey key, Stream content, string fileName, string requestId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(requestId);
        var asset = await _ingestor.IngestAsync(key.ProjectId, key.ConversationId, content, fileName, cancellationToken).ConfigureAwait(false);
        return await AddAsync(key, asset, requestId, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<Asset> AddReferenceAsync(ConversationKey key, string url, string requestId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(requestId);
        AssetUrl.Validate(url, nameof(url));
        var asset = await _ingestor.CreateReferenceAsync(key.ProjectId, key.ConversationId, url, cancellationToken).ConfigureAwait(false);
        return await AddAsync(key, asset, requestId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The ledger reference of an asset: its exact URL, how it arrived, its name, type and tags.</summary>
    public static AssetReference ToLedgerReference(Asset asset)
    {
        ArgumentNullException.ThrowIfNull(asset);
        return new AssetReference(
            asset.Url,
            asset.Source == AssetSource.Upload ? LedgerSource.Upload : LedgerSource.Attachment,
            asset.FileName,
            asset.Type.ToString().ToLowerInvariant(),
            asset.Tags);
    }

    private async Task<Asset> AddAsync(ConversationKey key, Asset asset, string requestId, CancellationToken cancellationToken)
    {
        var stored = await _assets.AppendAsync(asset, cancellationToken).ConfigureAwait(false);
        if (stored.ConversationId != key.ConversationId)
        {
            // The same bytes came first in another conversation of the project; this conversation lists it too.
            stored = stored with { ConversationId = key.ConversationId };
        }

        var context = await _context.RecordAssetsAsync(key, [ToLedgerReference(stored)], cancellationToken).ConfigureAwait(false);
        var analysed = context.ImageFacts.Any(f => f.Status == ImageFactStatus.Analyzed && AssetUrl.AreEquivalent(f.AssetUrl, stored.Url));
        if (!analysed && stored.Type is AssetType.Image or AssetType.Logo or AssetType.Svg)
        {
            _analysis.StartImageAnalysis(stored, requestId);
        }

        return stored;
    }
}
