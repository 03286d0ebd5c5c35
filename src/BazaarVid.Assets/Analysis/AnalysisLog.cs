using BazaarVid.Context;
using Microsoft.Extensions.Logging;

namespace BazaarVid.Assets;

/// <summary>Source-generated log messages of the image analysis (event ids 2200-2219). No user content above Trace.</summary>
internal static partial class AnalysisLog
{
    [LoggerMessage(EventId = 2200, Level = LogLevel.Debug, Message = "Image analysis of asset {AssetId} in project {ProjectId} queued for request {RequestId}")]
    public static partial void JobQueued(ILogger logger, string assetId, string projectId, string requestId);

    [LoggerMessage(EventId = 2201, Level = LogLevel.Debug, Message = "Image analysis of asset {AssetId} in project {ProjectId} already in flight; request {RequestId} joins it")]
    public static partial void JobMerged(ILogger logger, string assetId, string projectId, string requestId);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Warning, Message = "Image analysis of asset {AssetId} in project {ProjectId} was not run: {Reason}")]
    public static partial void JobRejected(ILogger logger, string assetId, string projectId, string reason);

    [LoggerMessage(EventId = 2203, Level = LogLevel.Debug, Message = "Image analysis of asset {AssetId} in project {ProjectId} finished as {Status} for {RequestCount} requests")]
    public static partial void JobCompleted(ILogger logger, string assetId, string projectId, ImageFactStatus status, int requestCount);

    [LoggerMessage(EventId = 2204, Level = LogLevel.Warning, Message = "Image analysis of asset {AssetId} in project {ProjectId} failed ({Failure})")]
    public static partial void AnalysisFailed(ILogger logger, string assetId, string projectId, string failure);

    [LoggerMessage(EventId = 2205, Level = LogLevel.Trace, Message = "Image analysis of asset {AssetId} failed with details")]
    public static partial void AnalysisFailedDetail(ILogger logger, string assetId, Exception exception);

    [LoggerMessage(EventId = 2206, Level = LogLevel.Warning, Message = "The image fact of asset {AssetId} could not be written into conversation {Conversation}")]
    public static partial void ContextWriteFailed(ILogger logger, string assetId, ConversationKey conversation, Exception exception);

    [LoggerMessage(EventId = 2207, Level = LogLevel.Warning, Message = "A FactsArrived handler threw for asset {AssetId}")]
    public static partial void HandlerFailed(ILogger logger, string assetId, Exception exception);

    [LoggerMessage(EventId = 2208, Level = LogLevel.Warning, Message = "Image analysis did not drain within {DrainTimeout}; cancelling {Pending} queued and running jobs")]
    public static partial void DrainTimedOut(ILogger logger, TimeSpan drainTimeout, int pending);

    [LoggerMessage(EventId = 2209, Level = LogLevel.Error, Message = "Image analysis workers did not stop within {DrainTimeout} after cancellation; an analyzer ignores its cancellation token")]
    public static partial void DisposeGaveUp(ILogger logger, TimeSpan drainTimeout);

    [LoggerMessage(EventId = 2210, Level = LogLevel.Error, Message = "An image analysis worker hit an unexpected error for asset {AssetId}")]
    public static partial void WorkerError(ILogger logger, string assetId, Exception exception);
}
