using BazaarVid.Context.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace BazaarVid.Context.Tests.Summarization;

public sealed class CompactionTests
{
    private static readonly ConversationKey Key = ContextHarness.Key();

    [Fact]
    public async Task Messages_beyond_the_verbatim_window_are_folded_into_the_summary()
    {
        using var harness = new ContextHarness(o => o.VerbatimMessageCount = 4);
        for (var i = 1; i <= 6; i++)
        {
            await harness.Manager.AppendUserMessageAsync(Key, $"Make scene {i}.");
        }

        var context = await harness.Manager.GetContextAsync(Key);
        context.RecentMessages.Select(m => m.Sequence).Should().Equal(3, 4, 5, 6);
        context.Summary.CoveredThroughSequence.Should().Be(2);
        context.Summary.Decisions.Should().Equal("T1: Make scene 1.", "T2: Make scene 2.");
    }

    [Fact]
    public async Task A_failing_summarizer_keeps_the_old_summary_and_loses_no_message()
    {
        using var harness = new ContextHarness(o => o.VerbatimMessageCount = 3, s => s.AddSingleton<IContextSummarizer>(new ThrowingSummarizer()));
        for (var i = 1; i <= 6; i++)
        {
            await harness.Manager.AppendUserMessageAsync(Key, $"Make scene {i}.");
        }

        var context = await harness.Manager.GetContextAsync(Key);
        context.Summary.Should().Be(ConversationSummary.Empty);
        context.RecentMessages.Should().HaveCount(6, "unsummarized messages stay verbatim until a compaction succeeds");
    }

    [Fact]
    public async Task A_summary_naming_an_unknown_asset_is_rejected()
    {
        var lying = new DelegateSummarizer(input => ConversationSummary.Empty with
        {
            Decisions = ["T1: use [A9]"],
            CoveredThroughSequence = input.Messages[^1].Sequence,
        });
        using var harness = new ContextHarness(o => o.VerbatimMessageCount = 1, s => s.AddSingleton<IContextSummarizer>(lying));

        await harness.Manager.AppendUserMessageAsync(Key, "logo https://cdn.bazaarvid.test/logo.png");
        await harness.Manager.AppendUserMessageAsync(Key, "next");

        var context = await harness.Manager.GetContextAsync(Key);
        context.Summary.Decisions.Should().BeEmpty();
        context.RecentMessages.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_summary_carrying_a_url_outside_the_ledger_is_rejected()
    {
        var inventing = new DelegateSummarizer(input => ConversationSummary.Empty with
        {
            Goal = "see https://invented.example.test/logo.png",
            CoveredThroughSequence = input.Messages[^1].Sequence,
        });
        using var harness = new ContextHarness(o => o.VerbatimMessageCount = 1, s => s.AddSingleton<IContextSummarizer>(inventing));

        await harness.Manager.AppendUserMessageAsync(Key, "one");
        await harness.Manager.AppendUserMessageAsync(Key, "two");

        (await harness.Manager.GetContextAsync(Key)).Summary.Goal.Should().BeEmpty();
    }

    [Fact]
    public async Task A_summary_covering_the_wrong_messages_is_rejected()
    {
        var skipping = new DelegateSummarizer(input => ConversationSummary.Empty with { Goal = "x", CoveredThroughSequence = input.Messages[^1].Sequence + 1 });
        using var harness = new ContextHarness(o => o.VerbatimMessageCount = 1, s => s.AddSingleton<IContextSummarizer>(skipping));

        await harness.Manager.AppendUserMessageAsync(Key, "one");
        await harness.Manager.AppendUserMessageAsync(Key, "two");

        (await harness.Manager.GetContextAsync(Key)).Summary.Should().Be(ConversationSummary.Empty);
    }

    [Fact]
    public async Task Compaction_never_removes_ledger_entries_preferences_or_scenes()
    {
        using var harness = new ContextHarness(o => o.VerbatimMessageCount = 2);
        await harness.Manager.AppendUserMessageAsync(Key, "Each scene 2 seconds. Logo https://cdn.bazaarvid.test/logo.png");
        await harness.Manager.RecordSceneCreatedAsync(Key, new SceneCreated("intro001", "Intro", 60, "Logo"));
        var before = await harness.Manager.GetContextAsync(Key);
        for (var i = 0; i < 20; i++)
        {
            await harness.Manager.AppendUserMessageAsync(Key, $"message {i}");
        }

        var after = await harness.Manager.GetContextAsync(Key);
        after.Ledger.Should().Be(before.Ledger);
        after.Preferences.Active.Should().Equal(before.Preferences.Active);
        after.Storyboard.Scenes.Should().Equal(before.Storyboard.Scenes);
        after.Summary.Assets.Should().ContainSingle().Which.Should().StartWith("[A1]");
    }

    private sealed class ThrowingSummarizer : IContextSummarizer
    {
        public ValueTask<ConversationSummary> SummarizeAsync(SummarizationInput input, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("model unavailable");
    }

    private sealed class DelegateSummarizer(Func<SummarizationInput, ConversationSummary> summarize) : IContextSummarizer
    {
        public ValueTask<ConversationSummary> SummarizeAsync(SummarizationInput input, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(summarize(input));
    }
}
