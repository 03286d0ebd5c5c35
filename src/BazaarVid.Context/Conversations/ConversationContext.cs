using System.Collections.Immutable;

namespace BazaarVid.Context;

/// <summary>
/// Everything the brain knows about one conversation, as built for a turn: the recent messages verbatim,
/// the structured summary of older ones, the pinned asset ledger, preferences, the storyboard with its
/// relationships, the image facts that have arrived, and metadata. Immutable and safe to share.
/// </summary>
/// <param name="Key">The project and conversation.</param>
/// <param name="State">The persisted state it was built from.</param>
/// <param name="RecentMessages">Messages newer than the summary, oldest first (the verbatim window).</param>
public sealed record ConversationContext(ConversationKey Key, ConversationSnapshot State, ImmutableArray<ConversationMessage> RecentMessages)
{
    /// <summary>The project id.</summary>
    public string ProjectId => Key.ProjectId;

    /// <summary>The conversation id.</summary>
    public string ConversationId => Key.ConversationId;

    /// <summary>The pinned asset ledger.</summary>
    public AssetLedger Ledger => State.Ledger;

    /// <summary>The structured summary of older messages.</summary>
    public ConversationSummary Summary => State.Summary;

    /// <summary>Learned preferences.</summary>
    public PreferenceSet Preferences => State.Preferences;

    /// <summary>Scenes and their relationships.</summary>
    public Storyboard Storyboard => State.Storyboard;

    /// <summary>Image facts that have arrived.</summary>
    public ImmutableArray<ImageFact> ImageFacts => State.ImageFacts;

    /// <summary>Host metadata.</summary>
    public ImmutableSortedDictionary<string, string> Metadata => State.Metadata;

    /// <summary>The last user turn (0 before the first message).</summary>
    public int TurnCount => State.LastTurn;

    /// <summary>The snapshot version this context was built from.</summary>
    public long Version => State.Version;

    /// <inheritdoc />
    public bool Equals(ConversationContext? other) =>
        other is not null && Key.Equals(other.Key) && State.Equals(other.State) && RecentMessages.SequenceEqual(other.RecentMessages);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Key, State.Version);
}
