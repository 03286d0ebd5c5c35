namespace BazaarVid.Assets;

/// <summary>
/// Where uploaded asset bytes live, under content-addressed keys (see <see cref="AssetBlobKey"/>), each with a
/// permanent public URL. The default is <see cref="FileSystemAssetBlobStore"/>; hosts plug in S3, R2, Azure Blob
/// Storage or a CDN origin by implementing this interface. Implementations must validate keys with
/// <see cref="AssetBlobKey.Validate"/>, never expose a partly written blob under its key, and be thread-safe.
/// </summary>
public interface IAssetBlobStore
{
    /// <summary>
    /// Stores <paramref name="content"/> (read from its current position to the end) under <paramref name="key"/>.
    /// Keys are content addressed, so when the key already exists the stored blob is kept and nothing is written.
    /// On failure or cancellation nothing is left under the key.
    /// </summary>
    ValueTask PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default);

    /// <summary>Opens the blob for reading, or returns null when there is none under <paramref name="key"/>. The caller disposes the stream.</summary>
    ValueTask<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>True when a complete blob is stored under <paramref name="key"/>.</summary>
    ValueTask<bool> ExistsAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Deletes the blob; true when it existed.</summary>
    ValueTask<bool> DeleteAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>The permanent public URL of <paramref name="key"/> (the same for the same key, whether stored yet or not).</summary>
    string GetPublicUrl(string key);
}
