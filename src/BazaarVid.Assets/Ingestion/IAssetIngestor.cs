namespace BazaarVid.Assets;

/// <summary>
/// Turns uploads and URLs into <see cref="Asset"/>s of a conversation: the type from the content, metadata from
/// the header, a SHA-256, tags (see <see cref="AssetTags"/>), a permanent URL, and a deterministic id, so the same
/// input always gives the same asset. Every limit is checked before anything is stored, and a refused upload
/// leaves nothing behind (no blob, no context entry).
/// </summary>
public interface IAssetIngestor
{
    /// <summary>
    /// Ingests the bytes of <paramref name="content"/> (from its position to its end, read once) uploaded as
    /// <paramref name="fileName"/>. The same bytes uploaded again in the project return the existing asset
    /// without storing anything twice (and list it in this conversation too).
    /// </summary>
    /// <exception cref="BazaarVid.Context.InvalidIdentifierException">A project or conversation id is invalid.</exception>
    /// <exception cref="AssetRejectedException">
    /// <c>empty-file</c>, <c>file-too-large</c>, <c>image-too-large</c>, <c>unsupported-content</c>,
    /// <c>corrupt-content</c> or <c>unsafe-svg</c> (see <see cref="IngestionErrorCodes"/>).
    /// </exception>
    Task<Asset> IngestAsync(string projectId, string conversationId, Stream content, string fileName, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds a URL hosted elsewhere as an asset by reference (<see cref="AssetSource.Reference"/>), without fetching
    /// it: the type and MIME type are guessed from the URL path's extension (<see cref="AssetType.Other"/> and
    /// <c>application/octet-stream</c> when unknown), the id comes from the project and the normalized URL, and the
    /// same URL (after normalization) added again in the project returns the existing asset. The asset's URL is
    /// <paramref name="url"/> exactly as given.
    /// </summary>
    /// <exception cref="BazaarVid.Context.InvalidIdentifierException">A project or conversation id is invalid.</exception>
    /// <exception cref="BazaarVid.Context.InvalidAssetUrlException">The URL is not an absolute http(s) URL.</exception>
    Task<Asset> CreateReferenceAsync(string projectId, string conversationId, string url, CancellationToken cancellationToken = default);
}
