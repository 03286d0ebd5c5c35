using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace BazaarVid.Context;

/// <summary>
/// Folds messages beyond the verbatim window into the summary, and guarantees a failed or unsafe compaction
/// changes nothing: the previous summary stays and the messages stay verbatim until a later compaction succeeds.
/// </summary>
internal sealed class ContextCompactor(IContextSummarizer summarizer, IPromptContextBuilder promptBuilder, int verbatimCount, ILogger logger)
{
    /// <summary>The snapshot with its summary advanced, and the messages that remain after it.</summary>
    public async ValueTask<(ConversationSnapshot Snapshot, ImmutableArray<ConversationMessage> Recent)> CompactAsync(
        ConversationKey key,
        ConversationSnapshot snapshot,
        ImmutableArray<ConversationMessage> unsummarized,
        CancellationToken cancellationToken)
    {
        var excess = unsummarized.Length - verbatimCount;
        if (excess <= 0)
        {
            return (snapshot, unsummarized);
        }

        var folded = unsummarized[..excess];
        var remaining = unsummarized[excess..];
        try
        {
            var input = new SummarizationInput(snapshot.Summary, folded, snapshot.Ledger, snapshot.Preferences, snapshot.Storyboard);
            var summary = await summarizer.SummarizeAsync(input, cancellationToken).ConfigureAwait(false);
            var candidate = snapshot with { Summary = summary };
            SummaryGuard.Verify(summary, folded[^1].Sequence, new ConversationContext(key, candidate, remaining), promptBuilder);
            BazaarVidTelemetry.Compactions.Add(1);
            return (candidate, remaining);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            BazaarVidTelemetry.CompactionsRejected.Add(1);
            ContextLog.CompactionRejected(logger, key, exception is CompactionRejectedException rejected ? rejected.Reason : exception.GetType().Name, exception);
            return (snapshot, unsummarized);
        }
    }
}
