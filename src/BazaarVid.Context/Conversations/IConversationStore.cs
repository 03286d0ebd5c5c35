using System.Collections.Immutable;

namespace BazaarVid.Context;

/// <summary>A conversation as read from its store: the snapshot and the messages after the summary.</summary>
/// <param name="Snapshot">The persisted state.</param>
/// <param name="UnsummarizedMessages">Messages with a sequence greater than <see cref="ConversationSummary.CoveredThroughSequence"/>, oldest first.</param>
public sealed record StoredConversation(ConversationSnapshot Snapshot, ImmutableArray<ConversationMessage> UnsummarizedMessages);

/// <summary>One atomic write: appended messages and the snapshot that results, guarded by the version read.</summary>
/// <param name="ExpectedVersion">The snapshot version the writer read; the commit fails if the stored one differs.</param>
/// <param name="AppendedMessages">Messages to append (sequences continue the log without gaps), possibly none.</param>
/// <param name="Snapshot">The new snapshot; its version is <paramref name="ExpectedVersion"/> + 1.</param>
public sealed record ConversationCommit(long ExpectedVersion, ImmutableArray<ConversationMessage> AppendedMessages, ConversationSnapshot Snapshot);

/// <summary>
/// The store of record for conversations: an append-only message log and a versioned snapshot per
/// (project, conversation). Implementations must make <see cref="CommitAsync"/> all-or-nothing and scope
/// every read and write by both ids.
/// </summary>
public interface IConversationStore
{
    /// <summary>Reads a conversation, or returns null when it was never written.</summary>
    ValueTask<StoredConversation?> LoadAsync(ConversationKey key, CancellationToken cancellationToken = default);

    /// <summary>Reads up to <paramref name="maxCount"/> messages with a sequence greater than <paramref name="afterSequence"/>, oldest first.</summary>
    ValueTask<ImmutableArray<ConversationMessage>> ReadMessagesAsync(ConversationKey key, long afterSequence, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>Applies <paramref name="commit"/> atomically.</summary>
    /// <exception cref="ConcurrencyConflictException">The stored version is not <see cref="ConversationCommit.ExpectedVersion"/>; nothing was written.</exception>
    ValueTask CommitAsync(ConversationKey key, ConversationCommit commit, CancellationToken cancellationToken = default);
}
