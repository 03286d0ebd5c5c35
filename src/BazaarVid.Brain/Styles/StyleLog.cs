using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace BazaarVid.Brain;

/// <summary>Source-generated log messages of the style agent (event ids 3100-3149). User content only at Trace.</summary>
internal static partial class StyleLog
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Debug, Message = "Style resolved ({Kind})")]
    public static partial void Resolved(ILogger logger, StyleMatchKind kind);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Trace, Message = "Style query '{Phrase}' resolved to '{StyleKey}' ({Kind}, matched on '{Term}')")]
    public static partial void ResolvedDetail(ILogger logger, string? phrase, string styleKey, StyleMatchKind kind, string? term);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "An unknown style was researched and cached until {ExpiresAt} ({RepairCount} fields repaired)")]
    public static partial void Researched(ILogger logger, DateTimeOffset expiresAt, int repairCount);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning, Message = "Style research failed ({Reason}); the generic style is used")]
    public static partial void ResearchFailed(ILogger logger, string reason, Exception? exception);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Warning, Message = "The style cache store failed during {Operation}; continuing without it")]
    public static partial void CacheFailed(ILogger logger, string operation, Exception exception);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Debug, Message = "The researched style was repaired: {Fields}")]
    public static partial void Repaired(ILogger logger, ImmutableArray<string> fields);

    [LoggerMessage(EventId = 3106, Level = LogLevel.Debug, Message = "The style research answer ({Length} characters) was not JSON of the expected shape")]
    public static partial void ResearchAnswerUnusable(ILogger logger, int length);

    [LoggerMessage(EventId = 3107, Level = LogLevel.Debug, Message = "A cached style was ignored: {Reason}")]
    public static partial void CachedEntryIgnored(ILogger logger, string reason);
}
