namespace BazaarVid.Context;

/// <summary>
/// A summarization (compaction) produced a context that would lose a pinned asset or reference an asset
/// that does not exist. The compaction is discarded and the previous summary stays.
/// </summary>
public sealed class CompactionRejectedException : BazaarVidException
{
    /// <summary>Creates the exception with the reason the compaction was refused.</summary>
    public CompactionRejectedException(string reason, Exception? innerException = null)
        : base("compaction-rejected", $"Compaction rejected: {reason}", innerException)
    {
        Reason = reason;
    }

    /// <summary>Why the compaction was refused.</summary>
    public string Reason { get; }
}
