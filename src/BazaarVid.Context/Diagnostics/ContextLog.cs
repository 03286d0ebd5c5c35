using Microsoft.Extensions.Logging;

namespace BazaarVid.Context;

/// <summary>Source-generated log messages of the Context package (event ids 1000-1099). No user content above Trace.</summary>
internal static partial class ContextLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Compaction of conversation {Conversation} was rejected and the previous summary kept: {Reason}")]
    public static partial void CompactionRejected(ILogger logger, ConversationKey conversation, string reason, Exception? exception);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Debug, Message = "Write to conversation {Conversation} conflicted with another writer (attempt {Attempt}); retrying")]
    public static partial void ConflictRetry(ILogger logger, ConversationKey conversation, int attempt);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Project memory for {Project} could not be updated; the conversation itself was saved")]
    public static partial void MemorySyncFailed(ILogger logger, string project, Exception exception);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Debug, Message = "Preference statement rejected in conversation {Conversation}: {Reason}")]
    public static partial void PreferenceRejected(ILogger logger, ConversationKey conversation, string reason);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Trace, Message = "Stored {Role} message {Sequence} in {Conversation}: {Text}")]
    public static partial void MessageStored(ILogger logger, MessageRole role, long sequence, ConversationKey conversation, string text);
}
