using System.Collections.Immutable;

namespace BazaarVid.Context;

/// <summary>
/// The structured summary of the messages that left the verbatim window. Fixed sections; assets are
/// referred to by ledger id (A1, …), never by URL, so the ledger stays the only place URLs live.
/// </summary>
/// <param name="Goal">What the video is for, in the person's words.</param>
/// <param name="Decisions">What was asked and decided, oldest first, each prefixed by its turn ("T3: …").</param>
/// <param name="EarlierDecisionCount">How many older decisions were folded out of <see cref="Decisions"/> to bound its size.</param>
/// <param name="Preferences">The preferences in force, one line each.</param>
/// <param name="Scenes">The storyboard, one line per live scene, plus deletions.</param>
/// <param name="Assets">The pinned assets by id, one line each.</param>
/// <param name="OpenQuestions">Questions that have not been answered yet.</param>
/// <param name="CoveredThroughSequence">The last message sequence folded into this summary (0 for none).</param>
public sealed record ConversationSummary(
    string Goal,
    ImmutableArray<string> Decisions,
    int EarlierDecisionCount,
    ImmutableArray<string> Preferences,
    ImmutableArray<string> Scenes,
    ImmutableArray<string> Assets,
    ImmutableArray<string> OpenQuestions,
    long CoveredThroughSequence)
{
    /// <summary>The summary of nothing.</summary>
    public static ConversationSummary Empty { get; } = new(string.Empty, [], 0, [], [], [], [], 0);

    /// <inheritdoc />
    public bool Equals(ConversationSummary? other) =>
        other is not null
        && Goal == other.Goal
        && EarlierDecisionCount == other.EarlierDecisionCount
        && CoveredThroughSequence == other.CoveredThroughSequence
        && Decisions.SequenceEqual(other.Decisions)
        && Preferences.SequenceEqual(other.Preferences)
        && Scenes.SequenceEqual(other.Scenes)
        && Assets.SequenceEqual(other.Assets)
        && OpenQuestions.SequenceEqual(other.OpenQuestions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Goal, CoveredThroughSequence, Decisions.Length);
}
