namespace BazaarVid.Context;

/// <summary>
/// A store refused a write because the conversation changed since it was read (optimistic concurrency).
/// The context manager retries these a bounded number of times; a host sees one only when retries ran out.
/// </summary>
public sealed class ConcurrencyConflictException : BazaarVidException
{
    /// <summary>Creates the exception for a conversation and the version the writer expected.</summary>
    public ConcurrencyConflictException(ConversationKey key, long expectedVersion, Exception? innerException = null)
        : base("concurrency-conflict", $"Conversation '{key}' changed concurrently (expected version {expectedVersion}).", innerException)
    {
        Key = key;
        ExpectedVersion = expectedVersion;
    }

    /// <summary>The conversation that changed.</summary>
    public ConversationKey Key { get; }

    /// <summary>The version the writer read before its write.</summary>
    public long ExpectedVersion { get; }
}
