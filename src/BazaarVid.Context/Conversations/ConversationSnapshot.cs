using System.Collections.Immutable;

namespace BazaarVid.Context;

/// <summary>
/// The persisted state of a conversation besides its message log: what stores keep as the "context
/// snapshot", versioned for optimistic concurrency. Immutable.
/// </summary>
/// <param name="Version">Incremented by every committed change; 0 for a conversation never written.</param>
/// <param name="LastSequence">The sequence of the last message appended (0 for none).</param>
/// <param name="LastTurn">The last user turn (0 for none).</param>
/// <param name="Summary">The structured summary of messages older than the verbatim window.</param>
/// <param name="Ledger">The pinned asset ledger.</param>
/// <param name="Preferences">Learned preferences and their history.</param>
/// <param name="Storyboard">Scenes and their relationships.</param>
/// <param name="ImageFacts">Image facts that have arrived, one per asset (the newest wins).</param>
/// <param name="Metadata">Free host metadata, sorted by key.</param>
/// <param name="UpdatedAt">When the last change was committed, or null.</param>
public sealed record ConversationSnapshot(
    long Version,
    long LastSequence,
    int LastTurn,
    ConversationSummary Summary,
    AssetLedger Ledger,
    PreferenceSet Preferences,
    Storyboard Storyboard,
    ImmutableArray<ImageFact> ImageFacts,
    ImmutableSortedDictionary<string, string> Metadata,
    DateTimeOffset? UpdatedAt)
{
    /// <summary>The state of a conversation that has never been written.</summary>
    public static ConversationSnapshot Empty { get; } = new(
        0, 0, 0, ConversationSummary.Empty, AssetLedger.Empty, PreferenceSet.Empty, Storyboard.Empty,
        [], ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal), null);

    /// <inheritdoc />
    public bool Equals(ConversationSnapshot? other) =>
        other is not null
        && Version == other.Version
        && LastSequence == other.LastSequence
        && LastTurn == other.LastTurn
        && Summary.Equals(other.Summary)
        && Ledger.Equals(other.Ledger)
        && Preferences.Equals(other.Preferences)
        && Storyboard.Equals(other.Storyboard)
        && ImageFacts.SequenceEqual(other.ImageFacts)
        && Metadata.SequenceEqual(other.Metadata)
        && UpdatedAt == other.UpdatedAt;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Version, LastSequence);
}
