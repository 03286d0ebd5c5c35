using BazaarVid.Context.Tests.TestSupport;

namespace BazaarVid.Context.Tests.Budget;

public sealed class PromptContextBuilderTests : IDisposable
{
    private readonly ContextHarness _harness = new();
    private readonly ConversationKey _key = ContextHarness.Key();

    public void Dispose() => _harness.Dispose();

    private IPromptContextBuilder Builder => _harness.Get<IPromptContextBuilder>();

    [Fact]
    public async Task Sections_come_in_priority_order()
    {
        var context = await BuildConversationAsync(turns: 14);

        var prompt = Builder.Build(context, 100_000, "SYSTEM");

        prompt.Sections.Select(s => s.Kind).Should().Equal(
            PromptSectionKind.System,
            PromptSectionKind.Assets,
            PromptSectionKind.Preferences,
            PromptSectionKind.Storyboard,
            PromptSectionKind.Summary,
            PromptSectionKind.RecentTurns);
        prompt.OverBudget.Should().BeFalse();
        prompt.EstimatedTokens.Should().Be(prompt.Sections.Sum(s => s.EstimatedTokens));
    }

    [Fact]
    public async Task A_tight_budget_evicts_recent_turns_and_summary_before_preferences_and_never_assets()
    {
        var context = await BuildConversationAsync(turns: 14);
        var full = Builder.Build(context, 100_000);
        var pinnedAndPreferences = full.Sections.Where(s => s.Kind is PromptSectionKind.Assets or PromptSectionKind.Preferences).Sum(s => s.EstimatedTokens);

        var tight = Builder.Build(context, pinnedAndPreferences + 5);

        tight.Sections.Select(s => s.Kind).Should().Equal(PromptSectionKind.Assets, PromptSectionKind.Preferences);
        tight.Omitted.Should().Contain([PromptSectionKind.Storyboard, PromptSectionKind.Summary, PromptSectionKind.RecentTurns]);
        tight.EstimatedTokens.Should().BeLessThanOrEqualTo(tight.Budget);
        foreach (var entry in context.Ledger.Entries)
        {
            tight.Text.Should().Contain(entry.Url);
        }
    }

    [Fact]
    public async Task Recent_turns_keep_the_newest_messages_when_the_budget_is_short()
    {
        var context = await BuildConversationAsync(turns: 14);
        var withoutRecent = Builder.Build(context, 100_000).Sections.Where(s => s.Kind != PromptSectionKind.RecentTurns).Sum(s => s.EstimatedTokens);

        var prompt = Builder.Build(context, withoutRecent + 60);

        var recent = prompt.Sections.Single(s => s.Kind == PromptSectionKind.RecentTurns);
        recent.Truncated.Should().BeTrue();
        recent.Text.Should().Contain(context.RecentMessages[^1].Text);
        recent.Text.Should().NotContain(context.RecentMessages[0].Text);
    }

    [Fact]
    public async Task Assets_stay_even_when_they_alone_exceed_the_budget()
    {
        var context = await BuildConversationAsync(turns: 3);

        var prompt = Builder.Build(context, 10);

        prompt.OverBudget.Should().BeTrue();
        prompt.Sections.Should().ContainSingle(s => s.Kind == PromptSectionKind.Assets);
        foreach (var entry in context.Ledger.Entries)
        {
            prompt.Text.Should().Contain(entry.Url);
        }
    }

    [Fact]
    public async Task The_same_context_renders_the_same_text()
    {
        var context = await BuildConversationAsync(turns: 14);

        Builder.Build(context, 2_000).Text.Should().Be(Builder.Build(context, 2_000).Text);
    }

    [Fact]
    public void A_non_positive_budget_is_an_argument_error()
    {
        var context = new ConversationContext(_key, ConversationSnapshot.Empty, []);

        var build = () => Builder.Build(context, 0);

        build.Should().Throw<ArgumentOutOfRangeException>();
    }

    private async Task<ConversationContext> BuildConversationAsync(int turns)
    {
        for (var turn = 1; turn <= turns; turn++)
        {
            var url = turn % 3 == 1 ? $" Use https://cdn.bazaarvid.test/p1/asset{turn}.png" : string.Empty;
            await _harness.Manager.AppendUserMessageAsync(_key, $"Turn {turn}: make the scene punchy and dark, each scene 2 seconds.{url}");
            await _harness.Manager.AppendAssistantMessageAsync(_key, $"Done with turn {turn}.");
        }

        await _harness.Manager.RecordSceneCreatedAsync(_key, new SceneCreated("intro001", "Intro", 60, "Logo reveal"));
        return await _harness.Manager.GetContextAsync(_key);
    }
}
