using BazaarVid.Context;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BazaarVid.Assets;

/// <summary>
/// The default <see cref="IAssetBlobStore"/>: one file per key in <see cref="FileSystemBlobStoreOptions.RootPath"/>,
/// served from <see cref="FileSystemBlobStoreOptions.PublicBaseUrl"/>. A blob is written to a temporary file in the
/// same directory (named so it can never match a key), optionally flushed to disk, then moved to its key without
/// overwriting, so the key shows either nothing or the complete blob, even after a crash; the temporary file is
/// deleted on failure or cancellation. Keys are validated with <see cref="AssetBlobKey"/>, so no path traversal is possible.
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

        Directory.CreateDirectory(_root);
        var temp = Path.Combine(_root, $"{TempPrefix}{key}-{Guid.NewGuid():N}");
        try
        {
            long length;
            var file = new FileStream(temp, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                Share = FileShare.None,
                BufferSize = 0,
                PreallocationSize = content.CanSeek ? Math.Max(0, content.Length - content.Position) : 0,
            });
            await using (file.ConfigureAwait(false))
            {
                await content.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
                if (_flushToDisk)
                {
                    file.Flush(flushToDisk: true);
                }

                length = file.Length;
            }

            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                // On Unix this links the temp file under the key (atomic, fails if the key exists) and unlinks the temp name.
                File.Move(temp, path, overwrite: false);
                IngestionLog.BlobStored(_logger, key, length);
                IngestionMetrics.BytesStored.Add(length);
            }
            catch (IOException) when (File.Exists(path))
            {
                // A concurrent writer stored the same key first; keys are content addressed, so its bytes are these bytes.
                IngestionLog.BlobAlreadyStored(_logger, key);
            }
        }
        finally
        {
            DeleteTemp(temp);
        }
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

    private string PathOf(string key) => Path.Combine(_root, AssetBlobKey.Validate(key, nameof(key)));

    private void DeleteTemp(string temp)
    {
        try
        {
            File.Delete(temp);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            IngestionLog.TempFileNotDeleted(_logger, temp, e);
        }
    }
}
