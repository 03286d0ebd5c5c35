using System.Collections.Immutable;

namespace BazaarVid.Context;

/// <summary>One stored message. Immutable; the text is kept verbatim, whatever it contains.</summary>
/// <param name="Sequence">Position in the conversation's total order, starting at 1, without gaps.</param>
/// <param name="Turn">The user turn this message belongs to (1-based); an assistant reply carries the turn it answers.</param>
/// <param name="Role">Who wrote it.</param>
/// <param name="Text">The text, verbatim.</param>
/// <param name="Attachments">What this message carried (never inherited from earlier messages).</param>
/// <param name="Timestamp">When it was stored, from the injected <see cref="TimeProvider"/>.</param>
public sealed record ConversationMessage(
    long Sequence,
    int Turn,
    MessageRole Role,
    string Text,
    ImmutableArray<MessageAttachment> Attachments,
    DateTimeOffset Timestamp)
{
    /// <inheritdoc />
    public bool Equals(ConversationMessage? other) =>
        other is not null
        && Sequence == other.Sequence && Turn == other.Turn && Role == other.Role
        && string.Equals(Text, other.Text, StringComparison.Ordinal)
        && Attachments.SequenceEqual(other.Attachments) && Timestamp == other.Timestamp;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Sequence, Turn, Role);
}
