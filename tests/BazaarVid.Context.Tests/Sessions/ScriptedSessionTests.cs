using System.Text.Json;
using BazaarVid.Context.Tests.TestSupport;

namespace BazaarVid.Context.Tests.Sessions;

/// <summary>The 30-prompt Spinlio session (Sessions/spinlio-30.json) replayed through the real context manager.</summary>
public sealed class ScriptedSessionTests
{
    private static readonly SessionScript Script = SessionScript.Load("spinlio-30.json");

    [Fact]
    public async Task Every_asset_url_is_in_the_built_context_at_every_later_turn()
    {
        using var harness = new ContextHarness();
        var builder = harness.Get<IPromptContextBuilder>();
        var seen = new List<string>();

        for (var i = 0; i < Script.Turns.Length; i++)
        {
            var turn = Script.Turns[i];
            await SessionScript.PlayAsync(harness.Manager, Script.Key, turn);
            seen.AddRange(turn.Uploads.IsDefault ? [] : turn.Uploads.Select(u => u.Url));
            seen.AddRange(MessageUrlExtractor.Extract(turn.User));

            var context = await harness.Manager.GetContextAsync(Script.Key);
            var prompt = builder.Build(context, maxTokens: 1_500);
            foreach (var url in seen)
            {
                context.Ledger.FindByUrl(url).Should().NotBeNull($"{url} arrived before turn {i + 1}");
                prompt.Text.Should().Contain(url, $"the prompt of turn {i + 1} must list every asset");
            }
        }

        seen.Should().HaveCount(4);
    }

    [Fact]
    public async Task Duration_pacing_and_visual_style_are_learned_by_turn_5()
    {
        using var harness = new ContextHarness();
        foreach (var turn in Script.Turns.Take(5))
        {
            await SessionScript.PlayAsync(harness.Manager, Script.Key, turn);
        }

        var preferences = (await harness.Manager.GetContextAsync(Script.Key)).Preferences;
        preferences.Current(PreferenceKind.SceneDuration)!.Seconds.Should().Be(2);
        preferences.Current(PreferenceKind.Pacing)!.Value.Should().Be("fast");
        preferences.Current(PreferenceKind.VisualStyle)!.Value.Should().Contain("dark");
        preferences.Current(PreferenceKind.AnimationStyle)!.Value.Should().Contain("smooth");
        preferences.All(PreferenceKind.AvoidComponent).Select(p => p.Value).Should().Contain("emojis");
        preferences.All(PreferenceKind.PreferComponent).Select(p => p.Value).Should().Contain(v => v.Contains("logo"));
    }

    [Fact]
    public async Task A_later_explicit_duration_supersedes_the_earlier_one_and_history_keeps_it()
    {
        var context = await PlayAllAsync();

        var duration = context.Preferences.Current(PreferenceKind.SceneDuration)!;
        duration.Seconds.Should().Be(3);
        duration.SourceTurn.Should().Be(21);
        context.Preferences.History.Should().Contain(p => p.Kind == PreferenceKind.SceneDuration && p.Seconds == 2 && p.ValidUntilTurn == 21);
    }

    [Fact]
    public async Task The_summary_and_the_whole_context_are_byte_identical_across_two_runs()
    {
        var first = await PlayAllAsync();
        var second = await PlayAllAsync();

        Serialize(first.Summary).Should().Be(Serialize(second.Summary));
        Serialize(first).Should().Be(Serialize(second));
        first.Summary.CoveredThroughSequence.Should().BeGreaterThan(0);
        first.Summary.Goal.Should().Contain("Spinlio");
    }

    [Fact]
    public async Task The_storyboard_and_relationships_follow_the_session()
    {
        var context = await PlayAllAsync();

        context.Storyboard.Scenes.Select(s => s.Id).Should().Equal("intro001", "tagln001", "dash0001", "feat0001", "alert001", "testi001", "cta00001", "team0001", "outro001");
        context.Storyboard.DeletedScenes.Should().ContainSingle().Which.Id.Should().Be("price001");
        context.Storyboard.Find("feat0001")!.DurationInFrames.Should().Be(120);
        context.Storyboard.Find("intro001")!.Version.Should().Be(3);
        context.Storyboard.Relationships.Should().Contain(r => r.From == "cta00001" && r.To == "intro001" && r.Kind == RelationshipKind.References);
        context.Storyboard.Relationships.Should().Contain(r => r.From == "team0001" && r.Kind == RelationshipKind.UsesAsset && r.To == "A4");
    }

    [Fact]
    public async Task The_serialized_context_of_30_prompts_stays_under_64_KB()
    {
        var context = await PlayAllAsync();

        Serialize(context).Length.Should().BeLessThanOrEqualTo(64 * 1024);
        context.RecentMessages.Should().HaveCount(10);
    }

    [Fact]
    public async Task A_1000_message_session_stays_under_256_KB_and_keeps_every_asset()
    {
        using var harness = new ContextHarness();
        var key = new ConversationKey("long", "session");
        for (var i = 0; i < 500; i++)
        {
            var turn = Script.Turns[i % Script.Turns.Length];
            var upload = i % 50 == 0 ? $" New asset https://cdn.bazaarvid.test/long/asset-{i}.png" : string.Empty;
            await harness.Manager.AppendUserMessageAsync(key, turn.User + upload);
            await harness.Manager.AppendAssistantMessageAsync(key, turn.Assistant);
        }

        var context = await harness.Manager.GetContextAsync(key);
        Serialize(context).Length.Should().BeLessThanOrEqualTo(256 * 1024);
        context.Ledger.Entries.Should().HaveCount(10 + 1);
        var prompt = harness.Get<IPromptContextBuilder>().Build(context, 1_000);
        context.Ledger.Entries.Should().OnlyContain(e => prompt.Text.Contains(e.Url, StringComparison.Ordinal));
        (await harness.Manager.ReadHistoryAsync(key, 0, 5_000)).Should().HaveCount(1_000);
    }

    private static async Task<ConversationContext> PlayAllAsync()
    {
        using var harness = new ContextHarness();
        foreach (var turn in Script.Turns)
        {
            harness.Time.Advance(TimeSpan.FromSeconds(30));
            await SessionScript.PlayAsync(harness.Manager, Script.Key, turn);
        }

        return await harness.Manager.GetContextAsync(Script.Key);
    }

    private static string Serialize(ConversationContext context) => JsonSerializer.Serialize(context, ContextJsonContext.Default.ConversationContext);

    private static string Serialize(ConversationSummary summary) => JsonSerializer.Serialize(summary, ContextJsonContext.Default.ConversationSummary);
}
