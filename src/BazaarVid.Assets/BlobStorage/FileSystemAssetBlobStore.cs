using BazaarVid.Context;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BazaarVid.Assets;

/// <summary>
/// The default <see cref="IAssetBlobStore"/>: one file per key in <see cref="FileSystemBlobStoreOptions.RootPath"/>,
/// served from <see cref="FileSystemBlobStoreOptions.PublicBaseUrl"/>. A blob is written to a temporary file in the
/// same directory (<c>.tmp-</c> and a GUID, so it can never match a key), optionally flushed to disk, then moved to
/// its key without overwriting, so the key shows either nothing or the complete blob, even after a crash; the
/// temporary file is deleted on failure or cancellation. Keys are validated with <see cref="AssetBlobKey"/>, so no path traversal is possible.
/// </summary>
public sealed class FileSystemAssetBlobStore : IAssetBlobStore
{
    private const string TempPrefix = ".tmp-";

    private readonly string _root;
    private readonly string _publicBaseUrl;
    private readonly bool _flushToDisk;
    private readonly ILogger _logger;

    /// <summary>Creates the store (normally through DI).</summary>
    /// <exception cref="ArgumentException"><see cref="FileSystemBlobStoreOptions.PublicBaseUrl"/> is not an absolute http(s) URL.</exception>
    public FileSystemAssetBlobStore(IOptions<FileSystemBlobStoreOptions> options, ILogger<FileSystemAssetBlobStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = options.Value;
        ArgumentException.ThrowIfNullOrWhiteSpace(value.RootPath, nameof(options));
        if (!AssetUrl.IsHttpUrl(value.PublicBaseUrl) || value.PublicBaseUrl.Contains('?', StringComparison.Ordinal) || value.PublicBaseUrl.Contains('#', StringComparison.Ordinal))
        {
            throw new ArgumentException($"PublicBaseUrl must be an absolute http(s) URL without query or fragment; got '{value.PublicBaseUrl}'.", nameof(options));
        }

        _root = Path.GetFullPath(value.RootPath);
        _publicBaseUrl = value.PublicBaseUrl.EndsWith('/') ? value.PublicBaseUrl : value.PublicBaseUrl + "/";
        _flushToDisk = value.FlushToDisk;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>The full path of the root directory.</summary>
    public string RootPath => _root;

    /// <inheritdoc />
    public async ValueTask PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        cancellationToken.ThrowIfCancellationRequested();
        if (File.Exists(path))
        {
            IngestionLog.BlobAlreadyStored(_logger, key);
            return;
        }

        using var staged = Stage(content.CanSeek ? Math.Max(0, content.Length - content.Position) : 0);
        await content.CopyToAsync(staged.AsStream(), cancellationToken).ConfigureAwait(false);
        staged.Commit(key, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
            return ValueTask.FromResult<Stream?>(stream);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return ValueTask.FromResult<Stream?>(null);
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> ExistsAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(File.Exists(path));
    }

    /// <inheritdoc />
    public ValueTask<bool> DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        cancellationToken.ThrowIfCancellationRequested();
        if (!File.Exists(path))
        {
            return ValueTask.FromResult(false);
        }

        File.Delete(path);
        return ValueTask.FromResult(true);
    }

    /// <inheritdoc />
    public string GetPublicUrl(string key) => _publicBaseUrl + AssetBlobKey.Validate(key, nameof(key));

    /// <summary>Whether blobs are flushed to disk before they appear under their key.</summary>
    internal bool FlushToDisk => _flushToDisk;

    internal ILogger Logger => _logger;

    /// <summary>
    /// Creates a temporary file for a blob whose key is not known yet (see <see cref="StagedBlob"/>), with
    /// <paramref name="expectedLength"/> bytes reserved when positive. The caller disposes it.
    /// </summary>
    internal StagedBlob Stage(long expectedLength)
    {
        Directory.CreateDirectory(_root);
        var temp = Path.Combine(_root, $"{TempPrefix}{Guid.NewGuid():N}");
        var handle = File.OpenHandle(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.None, Math.Max(0, expectedLength));
        return new StagedBlob(this, temp, handle);
    }

    internal string PathOf(string key) => Path.Combine(_root, AssetBlobKey.Validate(key, nameof(key)));
}
