using System.Text.RegularExpressions;
using BazaarVid.Brain.Tests.Decisions.TestSupport;
using BazaarVid.Brain.Tests.TestSupport;
using BazaarVid.Context;
using Microsoft.Extensions.DependencyInjection;

namespace BazaarVid.Brain.Tests.Orchestration;

/// <summary>Whole turns with <c>AddBazaarVid().UseChatClient(...)</c> over a scripted model: fallbacks, repairs and the final failure.</summary>
public sealed partial class LlmOrchestrationTests : IDisposable
{
    private const string Intro = "Make an intro for Spinlio";
    private const string Logo = "files/spinlio-logo.png";
    private static readonly ConversationKey Key = new("p1", "c1");

    private readonly ScriptedChatClient _chat = new();

    [Fact]
    public async Task The_llm_decides_and_writes_the_scene_and_nothing_else_is_asked()
    {
        await using var harness = Llm();
        _chat.For(ChatKinds.Intent).Returns(ModelAnswers.NewScene);
        _chat.For(ChatKinds.Text).Answers(ModelAnswers.Code());

        var response = await harness.SendAsync(Intro);

        response.Decision.Should().BeEquivalentTo(new { Type = DecisionType.NewScene, Confidence = 0.9, Reasoning = "The message asks for a new scene." });
        response.Scene!.Code.Should().Contain("<h1 style={{ color: \"#111111\", fontSize: width * 0.05 }}>Spinlio</h1>", "the stored code is the model's");
        _chat.Requests.Select(r => r.Kind).Should().Equal(ChatKinds.Intent, ChatKinds.Text);
        _chat.Unscripted.Should().BeEmpty();
    }

    [Theory]
    [InlineData("{\"decision\": \"new_sce")]
    [InlineData("I can't help with that.")]
    [InlineData("")]
    public async Task An_unusable_intent_answer_falls_back_to_the_offline_decision_and_the_turn_completes(string answer)
    {
        var offline = await OfflineAsync(Intro);
        await using var harness = Llm();
        _chat.For(ChatKinds.Intent).Returns(answer);
        _chat.For(ChatKinds.Text).Answers(ModelAnswers.Code());

        var response = await harness.SendAsync(Intro);

        response.Decision.Should().Be(offline.Decision);
        response.Scene.Should().NotBeNull();
        (await harness.Scenes.ListAsync("p1", "c1")).Should().ContainSingle();
        (await harness.Context.ReadHistoryAsync(Key)).Select(m => m.Role).Should().Equal(MessageRole.User, MessageRole.Assistant);
    }

    [Fact]
    public async Task A_refusal_of_the_scene_gives_the_offline_scene()
    {
        var offline = await OfflineAsync(Intro);
        await using var harness = Llm();
        _chat.For(ChatKinds.Intent).Returns("I can't help with that.");
        _chat.For(ChatKinds.Text).Returns("I can't help with that.");

        var response = await harness.SendAsync(Intro);

        response.Decision.Should().Be(offline.Decision);
        response.Scene!.Code.Should().Be(offline.Scene!.Code, "the model wrote no code, so the offline generator did");
        _chat.RequestsOf(ChatKinds.Text).Should().ContainSingle("a refusal is not sent back for repair");
    }

    [Fact]
    public async Task A_model_that_times_out_on_every_call_still_completes_the_turn_offline()
    {
        var offline = await OfflineAsync(Intro);
        var time = new ManualTimeProvider();
        await using var harness = Llm(services: s => s.AddSingleton<TimeProvider>(time));
        _chat.For(ChatKinds.Intent).Hangs(() => time.Advance(TimeSpan.FromSeconds(9)));
        _chat.For(ChatKinds.Text).Hangs(() => time.Advance(TimeSpan.FromSeconds(61)));

        var response = await harness.SendAsync(Intro);

        response.Decision.Should().Be(offline.Decision);
        response.Scene!.Code.Should().Be(offline.Scene!.Code);
        _chat.Requests.Select(r => r.Kind).Should().Equal(ChatKinds.Intent, ChatKinds.Text);
    }

    [Fact]
    public async Task A_fabricated_url_is_repaired_end_to_end_and_the_stored_code_has_only_ledger_urls()
    {
        const string Fabricated = "https://images.unsplash.com/photo-1550751827-4bd374c3f58b?w=1600";
        await using var harness = Llm();
        _chat.For(ChatKinds.Intent).Returns(ModelAnswers.NewScene);
        _chat.For(ChatKinds.Text).Answers(ModelAnswers.Code(_ => Fabricated)).Answers(ModelAnswers.Code(p => ModelAnswers.ListedUrl(p, "A1")));

        var response = await harness.SendAsync("Make an intro with this logo", "c1", Logo);

        var context = await harness.Context.GetContextAsync(Key);
        var logoUrl = context.Ledger.Entries.Should().ContainSingle().Subject.Url;
        var repair = _chat.RequestsOf(ChatKinds.Text).Should().HaveCount(2).And.Subject.Last().UserText;
        repair.Should().StartWith("The scene code below was rejected.").And.Contain($"({Fabricated})");
        var stored = (await harness.Scenes.ListAsync("p1", "c1")).Should().ContainSingle().Subject;
        stored.Should().Be(response.Scene);
        stored.Code.Should().Contain(logoUrl).And.NotContain("unsplash");
        UrlPattern().Matches(stored.Code).Select(m => m.Value).Should().OnlyContain(u => context.Ledger.FindByUrl(u) != null);
        response.Validation!.AssetUrlsUsed.Should().Equal(logoUrl);
        context.Storyboard.Scenes.Should().ContainSingle().Which.Id.Should().Be(stored.SceneId);
    }

    [Fact]
    public async Task Code_that_stays_invalid_fails_the_turn_after_storing_only_the_user_message()
    {
        await using var harness = Llm();
        _chat.For(ChatKinds.Intent).Returns(ModelAnswers.NewScene);
        _chat.Always(ModelAnswers.Code(_ => "https://cdn.totally-real-assets.com/hero.png"));

        var turn = async () => await harness.SendAsync(Intro);

        var thrown = (await turn.Should().ThrowAsync<InvalidSceneCodeException>()).Which;
        thrown.Attempts.Should().Be(3, "one answer and the default two repairs");
        thrown.Report.Errors.Should().Contain(e => e.Url == "https://cdn.totally-real-assets.com/hero.png");
        _chat.RequestsOf(ChatKinds.Text).Should().HaveCount(3);
        var history = await harness.Context.ReadHistoryAsync(Key);
        history.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Role = MessageRole.User, Text = Intro, Turn = 1 });
        (await harness.Scenes.ListAsync("p1", "c1")).Should().BeEmpty();
        var context = await harness.Context.GetContextAsync(Key);
        context.Storyboard.Scenes.Should().BeEmpty();
        context.Storyboard.DeletedScenes.Should().BeEmpty();
    }

    [Fact]
    public async Task After_a_failed_turn_the_next_turn_works()
    {
        await using var harness = Llm(builder: b => b.Services.Configure<BrainOptions>(o => o.MaxRepairAttempts = 0));
        _chat.For(ChatKinds.Intent).Returns(ModelAnswers.NewScene).Returns(ModelAnswers.NewScene);
        _chat.For(ChatKinds.Text).Answers(ModelAnswers.Code(_ => "https://picsum.photos/800")).Answers(ModelAnswers.Code());

        await FluentActions.Awaiting(() => harness.SendAsync(Intro)).Should().ThrowAsync<InvalidSceneCodeException>();
        var second = await harness.SendAsync(Intro);

        second.Turn.Should().Be(2);
        second.Scene!.Order.Should().Be(1);
        (await harness.Context.ReadHistoryAsync(Key)).Select(m => (m.Role, m.Turn)).Should().Equal((MessageRole.User, 1), (MessageRole.User, 2), (MessageRole.Assistant, 2));
    }

    [Fact]
    public async Task An_edit_sends_the_stored_code_and_stores_the_models_new_version()
    {
        await using var harness = Llm();
        _chat.For(ChatKinds.Intent).Returns(ModelAnswers.NewScene);
        _chat.For(ChatKinds.Text).Answers(ModelAnswers.Code()).Answers(ModelAnswers.Code(p => ModelAnswers.ListedUrl(p, "A1")));
        var first = await harness.SendAsync(Intro);
        var sceneId = first.Scene!.SceneId;
        _chat.For(ChatKinds.Intent).Returns($$"""{"decision":"edit_scene","target_scene_id":"{{sceneId}}","edit_kind":"surgical","confidence":0.9,"reasoning":"Add the logo."}""");

        var edit = await harness.SendAsync("Add this logo to it", "c1", Logo);

        edit.Route.Should().Be(RouteKind.Editor);
        var edited = edit.Scene!;
        edited.Should().BeEquivalentTo(new { SceneId = sceneId, Version = 2, first.Scene.DurationInFrames });
        edited.Code.Should().Contain(edit.NewAssets.Single().Url);
        var prompt = _chat.RequestsOf(ChatKinds.Text)[1].UserText;
        prompt.Should().StartWith("You edit one Remotion scene").And.Contain(first.Scene.Code);
    }

    public void Dispose() => _chat.Dispose();

    private BrainHarness Llm(Action<IServiceCollection>? services = null, Action<BazaarVidBuilder>? builder = null) =>
        new(services, b =>
        {
            b.UseChatClient(_chat);
            builder?.Invoke(b);
        });

    private static async Task<BrainResponse> OfflineAsync(string prompt)
    {
        await using var offline = new BrainHarness();
        return await offline.SendAsync(prompt);
    }

    [GeneratedRegex(@"https?://[^\s""'`)]+")]
    private static partial Regex UrlPattern();
}
