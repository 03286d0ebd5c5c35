using System.Text.RegularExpressions;

namespace BazaarVid.Context;

/// <summary>
/// Checks a compaction before it is committed: the summary covers exactly the folded messages, names only
/// assets that exist (by ledger id), carries no URL outside the ledger, and the prompt built from the new
/// context still contains every pinned asset URL. Throws <see cref="CompactionRejectedException"/> otherwise.
/// </summary>
internal static partial class SummaryGuard
{
    public static void Verify(ConversationSummary summary, long expectedCoverage, ConversationContext context, IPromptContextBuilder promptBuilder)
    {
        if (summary is null)
        {
            throw new CompactionRejectedException("the summarizer returned no summary");
        }

        if (summary.CoveredThroughSequence != expectedCoverage)
        {
            throw new CompactionRejectedException($"the summary covers through message {summary.CoveredThroughSequence}, expected {expectedCoverage}");
        }

        foreach (var text in Texts(summary))
        {
            if (text is null)
            {
                throw new CompactionRejectedException("the summary has a missing line");
            }

            foreach (Match match in AssetIdPattern().Matches(text))
            {
                if (context.Ledger.FindById(match.Groups[1].Value) is null)
                {
                    throw new CompactionRejectedException($"the summary names asset {match.Groups[1].Value}, which is not in the ledger");
                }
            }

            foreach (var url in MessageUrlExtractor.Extract(text))
            {
                if (context.Ledger.FindByUrl(url) is null)
                {
                    throw new CompactionRejectedException("the summary contains a URL that is not in the ledger");
                }
            }
        }

        var prompt = promptBuilder.Build(context).Text;
        foreach (var entry in context.Ledger.Entries)
        {
            if (!prompt.Contains(entry.Url, StringComparison.Ordinal))
            {
                throw new CompactionRejectedException($"the built context would lose asset {entry.Id}");
            }
        }
    }

    private static IEnumerable<string> Texts(ConversationSummary summary) =>
        new[] { summary.Goal }
            .Concat(summary.Decisions.IsDefault ? [] : summary.Decisions)
            .Concat(summary.Preferences.IsDefault ? [] : summary.Preferences)
            .Concat(summary.Scenes.IsDefault ? [] : summary.Scenes)
            .Concat(summary.Assets.IsDefault ? [] : summary.Assets)
            .Concat(summary.OpenQuestions.IsDefault ? [] : summary.OpenQuestions);

    [GeneratedRegex(@"\[(A\d+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex AssetIdPattern();
}
