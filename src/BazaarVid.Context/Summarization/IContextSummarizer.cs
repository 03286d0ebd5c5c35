using System.Collections.Immutable;

namespace BazaarVid.Context;

/// <summary>What a summarizer folds: the previous summary, the messages leaving the verbatim window, and the live state.</summary>
/// <param name="Previous">The summary so far.</param>
/// <param name="Messages">The messages to fold in, oldest first; all newer than <see cref="ConversationSummary.CoveredThroughSequence"/>.</param>
/// <param name="Ledger">The pinned ledger (URLs are replaced by ledger ids in summary text).</param>
/// <param name="Preferences">The preferences in force.</param>
/// <param name="Storyboard">The storyboard.</param>
public sealed record SummarizationInput(
    ConversationSummary Previous,
    ImmutableArray<ConversationMessage> Messages,
    AssetLedger Ledger,
    PreferenceSet Preferences,
    Storyboard Storyboard);

/// <summary>
/// Folds messages that leave the verbatim window into the structured summary, incrementally. The default is
/// deterministic and extractive; hosts may plug in an LLM summarizer. Whatever the implementation, the context
/// manager rejects a summary that references unknown assets, and keeps the previous one when a summarizer fails.
/// </summary>
public interface IContextSummarizer
{
    /// <summary>Returns the new summary; its <see cref="ConversationSummary.CoveredThroughSequence"/> is the last folded message's sequence.</summary>
    ValueTask<ConversationSummary> SummarizeAsync(SummarizationInput input, CancellationToken cancellationToken = default);
}
