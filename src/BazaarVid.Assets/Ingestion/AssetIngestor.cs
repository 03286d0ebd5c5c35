using BazaarVid.Context;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BazaarVid.Assets;

/// <summary>
/// The default <see cref="IAssetIngestor"/>. An upload goes: ids validated → file name sanitized
/// (<see cref="AssetFileName"/>) → bytes read once into a bounded buffer while hashing (size and emptiness
/// checked) → an existing asset with the same id returned as is → content probed (<see cref="IMediaProbe"/>) →
/// pixel limit checked → blob stored under its content-addressed key (skipped when already there) → tags
/// computed (<see cref="AssetTags"/>) → asset appended to the conversation. Nothing is stored under a key before
/// the last check has passed. With the default probe and <see cref="FileSystemAssetBlobStore"/>, an upload larger
/// than 256 KB whose header already passes the probe and the pixel limit is written to a temporary file while it
/// is hashed, and moved under its key only after every check; a refusal, a duplicate or a cancellation deletes
/// that file before the call returns.
/// </summary>
public sealed class AssetIngestor : IAssetIngestor
{
    private const string UnknownMimeType = "application/octet-stream";

    private readonly IMediaProbe _probe;
    private readonly IAssetBlobStore _blobs;
    private readonly IAssetContextStore _store;
    private readonly AssetIngestionOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly UploadStager? _stager;

    /// <summary>Creates the ingestor (normally through DI).</summary>
    public AssetIngestor(
        IMediaProbe probe,
        IAssetBlobStore blobStore,
        IAssetContextStore contextStore,
        IOptions<AssetIngestionOptions> options,
        TimeProvider timeProvider,
        ILogger<AssetIngestor>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(blobStore);
        ArgumentNullException.ThrowIfNull(contextStore);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _probe = probe;
        _blobs = blobStore;
        _store = contextStore;
        _options = options.Value;
        _time = timeProvider;
        _logger = (ILogger?)logger ?? NullLogger.Instance;

        // Writing while hashing needs the default store's temporary files; the default probe makes the early look safe to trust.
        if (probe is MediaProbe && blobStore is FileSystemAssetBlobStore files)
        {
            _stager = (prefix, declaredLength) => Stage(files, prefix, declaredLength);
        }
    }

    /// <inheritdoc />
    public async Task<Asset> IngestAsync(string projectId, string conversationId, Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        Identifier.Validate(projectId, nameof(projectId));
        Identifier.Validate(conversationId, nameof(conversationId));
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        cancellationToken.ThrowIfCancellationRequested();
        using var activity = BazaarVidTelemetry.ActivitySource.StartActivity("bazaarvid.assets.ingest");
        activity?.SetTag("bazaarvid.project", projectId);

        var name = AssetFileName.Sanitize(fileName, _options.MaxFileNameLength);
        if (!string.Equals(name, fileName, StringComparison.Ordinal))
        {
            IngestionLog.FileNameSanitized(_logger, fileName, name);
        }

        try
        {
            using var upload = await UploadBuffer.ReadAsync(content, _options.MaxFileBytes, _stager, cancellationToken).ConfigureAwait(false);
            var id = AssetIds.ForUpload(projectId, upload.Sha256);
            activity?.SetTag("bazaarvid.asset", id);
            var existing = await _store.FindAsync(projectId, id, cancellationToken).ConfigureAwait(false);
            if (existing is not null)
            {
                return await LinkDuplicateAsync(existing, conversationId, cancellationToken).ConfigureAwait(false);
            }

            // The default probe reads the pooled buffer in place; a host's probe gets the span.
            var info = _probe is MediaProbe ? MediaProbe.ProbeUpload(upload.Memory) : _probe.Probe(upload.Memory.Span, name);
            CheckPixels(info);
            var format = MediaFormat.FromName(info.Format) ?? ForeignFormat(info);
            var key = AssetBlobKey.For(upload.Sha256, format.Extension);

            cancellationToken.ThrowIfCancellationRequested();
            if (upload.Staged is { } staged)
            {
                staged.Commit(key, cancellationToken);
            }
            else if (!await _blobs.ExistsAsync(key, cancellationToken).ConfigureAwait(false))
            {
                using var bytes = upload.OpenRead();
                await _blobs.PutAsync(key, bytes, info.MimeType, cancellationToken).ConfigureAwait(false);
            }

            var tags = AssetTags.ForUpload(info, format, name);
            var type = info.Type == AssetType.Image && tags.Contains(AssetTags.Logo) ? AssetType.Logo : info.Type;
            var asset = new Asset(
                id, projectId, conversationId, _blobs.GetPublicUrl(key), type, info.MimeType, info.Width, info.Height, info.Duration,
                upload.Sha256, upload.Length, name, tags, Required: false, UsageCount: 0, AssetSource.Upload, _time.GetUtcNow());

            // The blob is committed; registering it is not abandoned halfway because the caller stopped waiting.
            var stored = await _store.AppendAsync(asset, CancellationToken.None).ConfigureAwait(false);
            IngestionLog.Ingested(_logger, stored.Id, info.Format, upload.Length, projectId);
            IngestionMetrics.Ingested.Add(1, new KeyValuePair<string, object?>("type", stored.Type.ToString()));
            return stored;
        }
        catch (AssetRejectedException e)
        {
            IngestionLog.Rejected(_logger, projectId, e.Code);
            IngestionLog.RejectedDetail(_logger, fileName, name, e.Reason);
            IngestionMetrics.Rejected.Add(1, new KeyValuePair<string, object?>("code", e.Code));
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<Asset> CreateReferenceAsync(string projectId, string conversationId, string url, CancellationToken cancellationToken = default)
    {
        Identifier.Validate(projectId, nameof(projectId));
        Identifier.Validate(conversationId, nameof(conversationId));
        AssetUrl.Validate(url, nameof(url));
        cancellationToken.ThrowIfCancellationRequested();

        var id = AssetIds.ForReference(projectId, AssetUrl.Normalize(url));
        var existing = await _store.FindAsync(projectId, id, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return await LinkDuplicateAsync(existing, conversationId, cancellationToken).ConfigureAwait(false);
        }

        var name = AssetFileName.Sanitize(LastPathSegment(url), _options.MaxFileNameLength);
        var format = MediaFormat.FromExtension(AssetFileName.ExtensionOf(name));
        var type = format?.Type ?? AssetType.Other;
        var tags = AssetTags.ForReference(type, name);
        if (type == AssetType.Image && tags.Contains(AssetTags.Logo))
        {
            type = AssetType.Logo;
        }

        var asset = new Asset(
            id, projectId, conversationId, url, type, format?.MimeType ?? UnknownMimeType, Width: null, Height: null, Duration: null,
            Sha256: null, ByteSize: null, name, tags, Required: false, UsageCount: 0, AssetSource.Reference, _time.GetUtcNow());
        var stored = await _store.AppendAsync(asset, cancellationToken).ConfigureAwait(false);
        IngestionLog.ReferenceAdded(_logger, stored.Id, stored.Type, projectId);
        IngestionLog.ReferenceUrl(_logger, stored.Id, url);
        IngestionMetrics.Ingested.Add(1, new KeyValuePair<string, object?>("type", stored.Type.ToString()));
        return stored;
    }

    private async Task<Asset> LinkDuplicateAsync(Asset existing, string conversationId, CancellationToken cancellationToken)
    {
        IngestionLog.Duplicate(_logger, existing.ProjectId, existing.Id);
        IngestionMetrics.Deduplicated.Add(1);
        return existing.ConversationId == conversationId
            ? existing
            : await _store.AppendAsync(existing with { ConversationId = conversationId }, cancellationToken).ConfigureAwait(false);
    }

    private void CheckPixels(MediaInfo info)
    {
        if (info.Type is AssetType.Image or AssetType.Logo && info.Width is { } width && info.Height is { } height
            && (long)width * height > _options.MaxPixels)
        {
            throw new AssetRejectedException(
                IngestionErrorCodes.ImageTooLarge,
                $"The image declares {width:N0} × {height:N0} pixels ({(long)width * height:N0}); the limit is {_options.MaxPixels:N0} pixels.");
        }
    }

    // A large upload is written to a temporary file while it is hashed, but only when its first bytes already pass the
    // probe and the pixel limit: content refused from its header is never written. The full checks still decide.
    private StagedBlob? Stage(FileSystemAssetBlobStore files, ReadOnlyMemory<byte> prefix, long? declaredLength)
    {
        try
        {
            CheckPixels(MediaProbe.ProbeUpload(prefix, complete: false));
            return files.Stage(declaredLength ?? 0);
        }
        catch (Exception e) when (e is AssetRejectedException or IOException or UnauthorizedAccessException)
        {
            // Not staged: the upload is buffered, checked, and stored (or refused) as it would be without staging.
            return null;
        }
    }

    // A host's probe may report a format this package does not list; its blobs get a safe extension derived from the name.
    private static MediaFormat ForeignFormat(MediaInfo info)
    {
        var extension = new string(info.Format.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(8).ToArray());
        return new MediaFormat(info.Format, info.Type, info.MimeType, extension.Length > 0 ? extension : "bin", [extension]);
    }

    private static string LastPathSegment(string url)
    {
        var path = new Uri(url, UriKind.Absolute).AbsolutePath;
        var segment = path[(path.LastIndexOf('/') + 1)..];
        return Uri.UnescapeDataString(segment);
    }
}
