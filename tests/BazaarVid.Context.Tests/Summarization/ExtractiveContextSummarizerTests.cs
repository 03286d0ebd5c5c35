using System.Collections.Immutable;
using Microsoft.Extensions.Options;

namespace BazaarVid.Context.Tests.Summarization;

public sealed class ExtractiveContextSummarizerTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly AssetLedger Ledger = AssetLedger.Empty.Add(new AssetReference("https://cdn.bazaarvid.test/logo.png", LedgerSource.Upload, "logo.png", "logo"), 1);
    private readonly ExtractiveContextSummarizer _summarizer = new(Options.Create(new ContextOptions { MaxSummaryDecisions = 3 }));

    [Fact]
    public async Task The_goal_is_the_first_request_and_a_restated_goal_replaces_it()
    {
        var first = await SummarizeAsync(ConversationSummary.Empty, User(1, 1, "Make an intro for Spinlio. It should be dark."));
        first.Goal.Should().Be("Make an intro for Spinlio.");

        var second = await SummarizeAsync(first, User(2, 2, "Change of plan: the video is about our new pricing."));
        second.Goal.Should().Be("Change of plan: the video is about our new pricing.");
    }

    [Fact]
    public async Task Decisions_keep_actionable_sentences_by_turn_and_count_the_older_ones()
    {
        var summary = await SummarizeAsync(
            ConversationSummary.Empty,
            User(1, 1, "Hi there. Make an intro scene."),
            User(2, 2, "Add a pricing scene."),
            User(3, 3, "Thanks, that looks lovely today."),
            User(4, 4, "Delete scene 2."),
            User(5, 5, "Use a blue background."));

        summary.Decisions.Should().Equal("T3: Thanks, that looks lovely today.", "T4: Delete scene 2.", "T5: Use a blue background.");
        summary.EarlierDecisionCount.Should().Be(2);
        summary.CoveredThroughSequence.Should().Be(5);
    }

    [Fact]
    public async Task Urls_become_ledger_ids()
    {
        var summary = await SummarizeAsync(ConversationSummary.Empty, User(1, 1, "Use https://cdn.bazaarvid.test/logo.png in the intro."));

        summary.Decisions.Should().ContainSingle().Which.Should().Be("T1: Use [A1] in the intro.");
        summary.Assets.Should().ContainSingle().Which.Should().StartWith("[A1] logo from turn 1 (logo.png)");
    }

    [Fact]
    public async Task Questions_stay_open_until_the_other_side_answers()
    {
        var asked = await SummarizeAsync(
            ConversationSummary.Empty,
            User(1, 1, "What fonts are you using?"),
            Assistant(2, 1, "Which scene should change?"));

        asked.OpenQuestions.Should().Equal("T1: (assistant) Which scene should change?");

        var answered = await SummarizeAsync(asked, User(3, 2, "The intro."));
        answered.OpenQuestions.Should().BeEmpty();
    }

    [Fact]
    public async Task Summarizing_is_incremental_and_deterministic()
    {
        var messages = Enumerable.Range(1, 40).Select(i => User(i, i, $"Make scene {i} brighter. Add a logo.")).ToArray();

        var once = await SummarizeAsync(ConversationSummary.Empty, messages);
        var inSteps = ConversationSummary.Empty;
        foreach (var chunk in messages.Chunk(7))
        {
            inSteps = await SummarizeAsync(inSteps, chunk);
        }

        inSteps.Should().Be(once);
        (await SummarizeAsync(ConversationSummary.Empty, messages)).Should().Be(once);
    }

    [Fact]
    public async Task Long_sentences_are_clipped_at_a_word_boundary()
    {
        var summary = await SummarizeAsync(ConversationSummary.Empty, User(1, 1, "Make " + string.Join(' ', Enumerable.Repeat("wonderful", 60))));

        summary.Decisions[0].Length.Should().BeLessThanOrEqualTo(210);
        summary.Decisions[0].Should().EndWith("wonderful…");
    }

    [Fact]
    public async Task Nothing_to_summarize_is_an_argument_error()
    {
        var summarize = async () => await _summarizer.SummarizeAsync(new SummarizationInput(ConversationSummary.Empty, [], Ledger, PreferenceSet.Empty, BazaarVid.Context.Storyboard.Empty));

        await summarize.Should().ThrowAsync<ArgumentException>();
    }

    private ValueTask<ConversationSummary> SummarizeAsync(ConversationSummary previous, params ConversationMessage[] messages) =>
        _summarizer.SummarizeAsync(new SummarizationInput(previous, [.. messages], Ledger, PreferenceSet.Empty, BazaarVid.Context.Storyboard.Empty));

    private static ConversationMessage User(long sequence, int turn, string text) => new(sequence, turn, MessageRole.User, text, ImmutableArray<MessageAttachment>.Empty, At);

    private static ConversationMessage Assistant(long sequence, int turn, string text) => new(sequence, turn, MessageRole.Assistant, text, ImmutableArray<MessageAttachment>.Empty, At);
}
