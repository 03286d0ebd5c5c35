namespace BazaarVid.Context;

/// <summary>Checks every <see cref="IConversationStore"/> implementation applies before a commit.</summary>
public static class CommitValidation
{
    /// <summary>Throws an <see cref="ArgumentException"/> when the commit's version or message sequences are inconsistent.</summary>
    public static void Validate(ConversationCommit commit)
    {
        ArgumentNullException.ThrowIfNull(commit);
        ArgumentNullException.ThrowIfNull(commit.Snapshot, nameof(commit));
        if (commit.Snapshot.Version != commit.ExpectedVersion + 1)
        {
            throw new ArgumentException($"The new snapshot version must be {commit.ExpectedVersion + 1}, not {commit.Snapshot.Version}.", nameof(commit));
        }

        var messages = commit.AppendedMessages.IsDefault ? [] : commit.AppendedMessages;
        var expected = commit.Snapshot.LastSequence - messages.Length + 1;
        foreach (var message in messages)
        {
            if (message is null || message.Sequence != expected)
            {
                throw new ArgumentException($"Appended messages must continue the log without gaps (expected sequence {expected}).", nameof(commit));
            }

            expected++;
        }
    }
}
