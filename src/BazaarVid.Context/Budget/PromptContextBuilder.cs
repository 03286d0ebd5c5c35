using System.Collections.Immutable;
using System.Text;
using Microsoft.Extensions.Options;

namespace BazaarVid.Context;

/// <summary>
/// The default <see cref="IPromptContextBuilder"/>: fills the budget in priority order. System text and assets
/// are always included (the result says <see cref="PromptContext.OverBudget"/> when they alone do not fit);
/// the summary drops its oldest decisions before it is dropped; recent turns keep the newest messages.
/// </summary>
public sealed class PromptContextBuilder : IPromptContextBuilder
{
    private readonly ITokenEstimator _estimator;
    private readonly int _defaultBudget;

    /// <summary>Creates the builder.</summary>
    public PromptContextBuilder(ITokenEstimator estimator, IOptions<ContextOptions> options)
    {
        ArgumentNullException.ThrowIfNull(estimator);
        ArgumentNullException.ThrowIfNull(options);
        _estimator = estimator;
        _defaultBudget = options.Value.DefaultTokenBudget;
    }

    /// <inheritdoc />
    public PromptContext Build(ConversationContext context, int? maxTokens = null, string? systemText = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var budget = maxTokens ?? _defaultBudget;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(budget, nameof(maxTokens));

        var sections = ImmutableArray.CreateBuilder<PromptSection>();
        var omitted = ImmutableArray.CreateBuilder<PromptSectionKind>();
        var used = 0;

        void Pinned(PromptSectionKind kind, string text)
        {
            if (text.Length > 0)
            {
                var tokens = _estimator.Estimate(text);
                sections.Add(new PromptSection(kind, text, tokens, Truncated: false));
                used += tokens;
            }
        }

        bool Optional(PromptSectionKind kind, string text)
        {
            if (text.Length == 0)
            {
                return true;
            }

            var tokens = _estimator.Estimate(text);
            if (used + tokens > budget)
            {
                return false;
            }

            sections.Add(new PromptSection(kind, text, tokens, Truncated: false));
            used += tokens;
            return true;
        }

        Pinned(PromptSectionKind.System, systemText ?? string.Empty);
        Pinned(PromptSectionKind.Assets, ContextRenderer.RenderAssets(context.Ledger));
        var overBudget = used > budget;

        if (!Optional(PromptSectionKind.Preferences, ContextRenderer.RenderPreferences(context.Preferences)))
        {
            omitted.Add(PromptSectionKind.Preferences);
        }

        if (!Optional(PromptSectionKind.Storyboard, ContextRenderer.RenderStoryboard(context.Storyboard, context.ImageFacts, context.Ledger)))
        {
            omitted.Add(PromptSectionKind.Storyboard);
        }

        AddSummary(context.Summary, budget, sections, omitted, ref used);
        AddRecentTurns(context.RecentMessages, budget, sections, omitted, ref used);

        var text = new StringBuilder();
        foreach (var section in sections)
        {
            text.Append(section.Text);
            if (section.Text[^1] != '\n')
            {
                text.Append('\n');
            }
        }

        return new PromptContext(text.ToString(), used, budget, sections.ToImmutable(), omitted.ToImmutable(), overBudget);
    }

    private void AddSummary(ConversationSummary summary, int budget, ImmutableArray<PromptSection>.Builder sections, ImmutableArray<PromptSectionKind>.Builder omitted, ref int used)
    {
        var full = ContextRenderer.RenderSummary(summary);
        if (full.Length == 0)
        {
            return;
        }

        // Drop the oldest decisions first; the goal and open questions are the last to go.
        for (var keep = summary.Decisions.Length; keep >= 0; keep = keep > 8 ? keep / 2 : keep - 1)
        {
            var text = keep == summary.Decisions.Length ? full : ContextRenderer.RenderSummary(summary, keep);
            var tokens = _estimator.Estimate(text);
            if (used + tokens <= budget)
            {
                sections.Add(new PromptSection(PromptSectionKind.Summary, text, tokens, keep < summary.Decisions.Length));
                used += tokens;
                return;
            }
        }

        omitted.Add(PromptSectionKind.Summary);
    }

    private void AddRecentTurns(ImmutableArray<ConversationMessage> messages, int budget, ImmutableArray<PromptSection>.Builder sections, ImmutableArray<PromptSectionKind>.Builder omitted, ref int used)
    {
        if (messages.IsEmpty)
        {
            return;
        }

        const string Heading = "## Recent messages\n";
        var headingTokens = _estimator.Estimate(Heading);
        var remaining = budget - used - headingTokens;
        var first = messages.Length;
        var tokens = headingTokens;
        var lines = new string[messages.Length];
        for (var i = messages.Length - 1; i >= 0; i--)
        {
            lines[i] = ContextRenderer.RenderMessage(messages[i]);
            var cost = _estimator.EstimateMessage(lines[i]);
            if (cost > remaining)
            {
                break;
            }

            remaining -= cost;
            tokens += cost;
            first = i;
        }

        if (first == messages.Length)
        {
            omitted.Add(PromptSectionKind.RecentTurns);
            return;
        }

        var text = new StringBuilder(Heading);
        for (var i = first; i < messages.Length; i++)
        {
            text.Append(lines[i]);
        }

        sections.Add(new PromptSection(PromptSectionKind.RecentTurns, text.ToString(), tokens, first > 0));
        used += tokens;
    }
}
