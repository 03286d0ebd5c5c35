using BazaarVid.Context;
using Microsoft.Extensions.Logging;

namespace BazaarVid.Storage.Postgres;

/// <summary>Source-generated log messages of the PostgreSQL stores (event ids 4000-4099). No user content above Trace.</summary>
internal static partial class PostgresLog
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Information, Message = "Applied migration {Migration} to schema {Schema}")]
    public static partial void MigrationApplied(ILogger logger, string migration, string schema);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Debug, Message = "Schema {Schema} is up to date ({Count} migrations)")]
    public static partial void MigrationsUpToDate(ILogger logger, string schema, int count);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Schema {Schema} has migration {Migration}, which this version does not know; a newer version has been deployed")]
    public static partial void UnknownMigration(ILogger logger, string schema, string migration);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Error, Message = "Schema {Schema} is not ready: {Missing} migrations missing, {Changed} changed")]
    public static partial void SchemaNotReady(ILogger logger, string schema, int missing, int changed);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Warning, Message = "PostgreSQL {Operation} failed transiently ({Failure}); retry {Attempt} of {MaxRetries} in {DelayMs} ms")]
    public static partial void TransientRetry(ILogger logger, string operation, string failure, int attempt, int maxRetries, double delayMs);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Information, Message = "Conversation {Conversation}: a commit retried after a lost connection had already been applied")]
    public static partial void CommitReplayed(ILogger logger, ConversationKey conversation);

    [LoggerMessage(EventId = 4020, Level = LogLevel.Information, Message = "Listening for BazaarVid changes on channel {Channel} (backend {ProcessId})")]
    public static partial void ListenerConnected(ILogger logger, string channel, int processId);

    [LoggerMessage(EventId = 4021, Level = LogLevel.Warning, Message = "The BazaarVid notification listener lost its connection; reconnecting in {DelayMs} ms")]
    public static partial void ListenerLost(ILogger logger, double delayMs, Exception exception);

    [LoggerMessage(EventId = 4022, Level = LogLevel.Information, Message = "Caught up after reconnecting: {Count} conversations changed since {Since} dropped from the cache")]
    public static partial void ConversationsCaughtUp(ILogger logger, int count, DateTimeOffset since);

    [LoggerMessage(EventId = 4023, Level = LogLevel.Warning, Message = "Ignored a malformed BazaarVid notification on channel {Channel}")]
    public static partial void NotificationMalformed(ILogger logger, string channel);

    [LoggerMessage(EventId = 4024, Level = LogLevel.Warning, Message = "Handling a BazaarVid notification of kind {Kind} failed")]
    public static partial void NotificationHandlerFailed(ILogger logger, string kind, Exception exception);

    [LoggerMessage(EventId = 4025, Level = LogLevel.Debug, Message = "Conversation {Conversation} changed on another instance (version {Version}); its cached context was dropped")]
    public static partial void ContextInvalidated(ILogger logger, ConversationKey conversation, long version);

    [LoggerMessage(EventId = 4030, Level = LogLevel.Debug, Message = "Image analysis of asset {AssetId} in project {ProjectId} queued as job {JobId} for request {RequestId}")]
    public static partial void JobEnqueued(ILogger logger, string assetId, string projectId, long jobId, string requestId);

    [LoggerMessage(EventId = 4031, Level = LogLevel.Debug, Message = "Image analysis of asset {AssetId} in project {ProjectId} joined job {JobId} for request {RequestId}")]
    public static partial void JobMerged(ILogger logger, string assetId, string projectId, long jobId, string requestId);

    [LoggerMessage(EventId = 4032, Level = LogLevel.Debug, Message = "Claimed image-analysis job {JobId} (attempt {Attempt})")]
    public static partial void JobClaimed(ILogger logger, long jobId, int attempt);

    [LoggerMessage(EventId = 4033, Level = LogLevel.Warning, Message = "Image-analysis job {JobId} failed on attempt {Attempt} of {MaxAttempts} ({Failure}); retrying in {DelayMs} ms")]
    public static partial void JobRetryScheduled(ILogger logger, long jobId, int attempt, int maxAttempts, string failure, double delayMs);

    [LoggerMessage(EventId = 4034, Level = LogLevel.Debug, Message = "Image-analysis job {JobId} finished as {Status} for {RequestCount} requests")]
    public static partial void JobCompleted(ILogger logger, long jobId, ImageFactStatus status, int requestCount);

    [LoggerMessage(EventId = 4035, Level = LogLevel.Error, Message = "Image analysis of asset {AssetId} in project {ProjectId} could not be queued; request {RequestId} gets a failed fact")]
    public static partial void JobEnqueueFailed(ILogger logger, string assetId, string projectId, string requestId, Exception exception);

    [LoggerMessage(EventId = 4036, Level = LogLevel.Error, Message = "An image-analysis worker hit an unexpected error; it goes on after {DelayMs} ms")]
    public static partial void WorkerError(ILogger logger, double delayMs, Exception exception);

    [LoggerMessage(EventId = 4037, Level = LogLevel.Information, Message = "Image-analysis job {JobId} was interrupted by shutdown and queued again")]
    public static partial void JobReleased(ILogger logger, long jobId);

    [LoggerMessage(EventId = 4038, Level = LogLevel.Warning, Message = "{Count} image-analysis jobs whose worker stopped responding were queued again")]
    public static partial void LeasesExpired(ILogger logger, int count);

    [LoggerMessage(EventId = 4039, Level = LogLevel.Warning, Message = "Image-analysis job {JobId} gave up after {Attempts} attempts")]
    public static partial void JobGaveUp(ILogger logger, long jobId, int attempts);

    [LoggerMessage(EventId = 4040, Level = LogLevel.Warning, Message = "The image fact of job {JobId} could not be written into conversation {Conversation}; the job will be tried again")]
    public static partial void ContextWriteFailed(ILogger logger, long jobId, ConversationKey conversation, Exception exception);

    [LoggerMessage(EventId = 4041, Level = LogLevel.Warning, Message = "A FactsArrived handler threw for asset {AssetId}")]
    public static partial void HandlerFailed(ILogger logger, string assetId, Exception exception);

    [LoggerMessage(EventId = 4042, Level = LogLevel.Warning, Message = "The facts of job {JobId}, finished on another instance, could not be read")]
    public static partial void RemoteFactsFailed(ILogger logger, long jobId, Exception exception);

    [LoggerMessage(EventId = 4043, Level = LogLevel.Warning, Message = "Image-analysis workers did not stop within {DrainTimeout}; their jobs are claimed again after their lease")]
    public static partial void DrainTimedOut(ILogger logger, TimeSpan drainTimeout);

    [LoggerMessage(EventId = 4044, Level = LogLevel.Trace, Message = "Image-analysis job {JobId} failed with details")]
    public static partial void JobFailureDetail(ILogger logger, long jobId, Exception exception);

    [LoggerMessage(EventId = 4050, Level = LogLevel.Debug, Message = "Swept {Count} expired project memory items")]
    public static partial void MemorySwept(ILogger logger, int count);
}
