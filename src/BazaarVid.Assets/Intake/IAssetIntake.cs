using BazaarVid.Context;

namespace BazaarVid.Assets;

/// <summary>
/// The one call a host (or the brain) makes when a person gives an asset: ingest it, add it to the conversation's
/// asset context, pin its URL in the conversation ledger, and start image analysis without waiting for it.
/// </summary>
public interface IAssetIntake
{
    /// <summary>Adds an uploaded file. Returns the asset (the existing one when the same bytes were uploaded before in the project).</summary>
    /// <exception cref="AssetRejectedException">The upload was refused; nothing was stored.</exception>
    Task<Asset> AddUploadAsync(ConversationKey key, Stream content, string fileName, string requestId, CancellationToken cancellationToken = default);

    /// <summary>Adds a URL hosted elsewhere, by reference (it is fetched later, safely, only for analysis).</summary>
    /// <exception cref="InvalidAssetUrlException">The URL is not an absolute http(s) URL; nothing was stored.</exception>
    Task<Asset> AddReferenceAsync(ConversationKey key, string url, string requestId, CancellationToken cancellationToken = default);
}
