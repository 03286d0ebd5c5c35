using Microsoft.Extensions.Logging;

namespace BazaarVid.Assets;

/// <summary>Source-generated log messages of ingestion, the blob store and the asset context store (event ids 2000-2099). User content (file names, URLs, reasons quoting content) only at Trace.</summary>
internal static partial class IngestionLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug, Message = "Ingested asset {AssetId} ({Format}, {Bytes} bytes) into project {Project}")]
    public static partial void Ingested(ILogger logger, string assetId, string format, long bytes, string project);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Debug, Message = "Upload to project {Project} is a duplicate of asset {AssetId}; nothing was stored again")]
    public static partial void Duplicate(ILogger logger, string project, string assetId);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Upload to project {Project} was rejected: {Code}")]
    public static partial void Rejected(ILogger logger, string project, string code);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Trace, Message = "Upload '{FileName}' (stored as '{SanitizedName}') rejected: {Reason}")]
    public static partial void RejectedDetail(ILogger logger, string fileName, string sanitizedName, string reason);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Trace, Message = "Upload file name '{FileName}' sanitized to '{SanitizedName}'")]
    public static partial void FileNameSanitized(ILogger logger, string fileName, string sanitizedName);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Debug, Message = "Added reference asset {AssetId} ({Type}) to project {Project}")]
    public static partial void ReferenceAdded(ILogger logger, string assetId, AssetType type, string project);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Trace, Message = "Reference asset {AssetId} points at {Url}")]
    public static partial void ReferenceUrl(ILogger logger, string assetId, string url);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Debug, Message = "Stored blob {Key} ({Bytes} bytes)")]
    public static partial void BlobStored(ILogger logger, string key, long bytes);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Debug, Message = "Blob {Key} already stored; kept the existing one")]
    public static partial void BlobAlreadyStored(ILogger logger, string key);

    [LoggerMessage(EventId = 2012, Level = LogLevel.Warning, Message = "Could not delete the temporary blob file {Path}")]
    public static partial void TempFileNotDeleted(ILogger logger, string path, Exception exception);
}
