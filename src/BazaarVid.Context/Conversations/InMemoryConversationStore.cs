using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace BazaarVid.Context;

/// <summary>
/// The embedded <see cref="IConversationStore"/>: immutable conversation records swapped atomically under
/// optimistic version checks. Thread-safe; state lives as long as the process.
/// </summary>
public sealed class InMemoryConversationStore : IConversationStore
{
    private readonly ConcurrentDictionary<ConversationKey, Entry> _conversations = new();

    /// <inheritdoc />
    public ValueTask<StoredConversation?> LoadAsync(ConversationKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!_conversations.TryGetValue(key, out var entry))
        {
            return ValueTask.FromResult<StoredConversation?>(null);
        }

        var covered = entry.Snapshot.Summary.CoveredThroughSequence;
        return ValueTask.FromResult<StoredConversation?>(new StoredConversation(entry.Snapshot, Tail(entry.Messages, covered, int.MaxValue)));
    }

    /// <inheritdoc />
    public ValueTask<ImmutableArray<ConversationMessage>> ReadMessagesAsync(ConversationKey key, long afterSequence, int maxCount, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentOutOfRangeException.ThrowIfNegative(afterSequence);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        return ValueTask.FromResult(_conversations.TryGetValue(key, out var entry) ? Tail(entry.Messages, afterSequence, maxCount) : []);
    }

    /// <inheritdoc />
    public ValueTask CommitAsync(ConversationKey key, ConversationCommit commit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(commit);
        cancellationToken.ThrowIfCancellationRequested();
        CommitValidation.Validate(commit);
        while (true)
        {
            var current = _conversations.TryGetValue(key, out var found) ? found : null;
            var currentVersion = current?.Snapshot.Version ?? 0;
            if (currentVersion != commit.ExpectedVersion)
            {
                throw new ConcurrencyConflictException(key, commit.ExpectedVersion);
            }

            var messages = (current?.Messages ?? ImmutableList<ConversationMessage>.Empty).AddRange(commit.AppendedMessages);
            var next = new Entry(commit.Snapshot, messages);
            var swapped = current is null ? _conversations.TryAdd(key, next) : _conversations.TryUpdate(key, next, current);
            if (swapped)
            {
                return ValueTask.CompletedTask;
            }
        }
    }

    private static ImmutableArray<ConversationMessage> Tail(ImmutableList<ConversationMessage> messages, long afterSequence, int maxCount)
    {
        // Sequences start at 1 without gaps, so the index of sequence s is s - 1.
        var start = (int)Math.Min(afterSequence, messages.Count);
        var count = Math.Min(maxCount, messages.Count - start);
        var builder = ImmutableArray.CreateBuilder<ConversationMessage>(count);
        for (var i = start; i < start + count; i++)
        {
            builder.Add(messages[i]);
        }

        return builder.MoveToImmutable();
    }

    private sealed record Entry(ConversationSnapshot Snapshot, ImmutableList<ConversationMessage> Messages);
}
