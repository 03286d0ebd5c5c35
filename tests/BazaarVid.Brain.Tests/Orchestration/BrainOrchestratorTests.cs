using System.Text.RegularExpressions;
using BazaarVid.Context;

namespace BazaarVid.Brain.Tests.Orchestration;

public sealed partial class BrainOrchestratorTests
{
    [Fact]
    public async Task The_sample_session_runs_offline_with_every_scene_valid_and_only_ledger_urls()
    {
        await using var harness = new BrainHarness();
        var responses = new List<BrainResponse>();
        foreach (var line in BrainHarness.SampleSession())
        {
            responses.Add(await harness.SendAsync(line.Prompt, "c1", [.. line.Uploads]));
        }

        responses.Should().HaveCount(30);
        var context = await harness.Context.GetContextAsync(new ConversationKey("p1", "c1"));
        context.Ledger.Entries.Should().HaveCount(3);
        foreach (var response in responses.Where(r => r.Scene is not null && r.Route != RouteKind.Delete))
        {
            response.Validation!.Valid.Should().BeTrue();
            foreach (Match url in UrlPattern().Matches(response.Scene!.Code))
            {
                context.Ledger.FindByUrl(url.Value).Should().NotBeNull($"turn {response.Turn} used {url.Value}");
            }
        }

        responses[0].Decision.Type.Should().Be(DecisionType.NewScene);
        responses[0].Scene!.Code.Should().Contain(context.Ledger.Entries[0].Url, "the intro shows the uploaded logo");
        responses[12].Decision.Type.Should().Be(DecisionType.DeleteScene);
        responses[13].Decision.Should().BeEquivalentTo(new { Type = DecisionType.EditScene, EditKind = EditKind.DurationOnly, RequestedDurationInFrames = 120 });
        responses[13].Scene!.DurationInFrames.Should().Be(120);
        responses[17].Route.Should().Be(RouteKind.Clarification);
        responses[17].Clarification.Should().NotBeNullOrWhiteSpace();
        (await harness.Context.ReadHistoryAsync(new ConversationKey("p1", "c1"))).Should().HaveCount(60);
    }

    [Fact]
    public async Task The_same_session_gives_the_same_decisions_and_code_twice()
    {
        var first = await RunAsync();
        var second = await RunAsync();

        second.Should().Equal(first);

        static async Task<List<string>> RunAsync()
        {
            await using var harness = new BrainHarness();
            var outputs = new List<string>();
            foreach (var line in BrainHarness.SampleSession().Take(12))
            {
                var response = await harness.SendAsync(line.Prompt, "c1", [.. line.Uploads]);
                outputs.Add($"{response.Decision.Type}|{response.Decision.TargetSceneId}|{response.Scene?.Code}");
            }

            return outputs;
        }
    }

    [Fact]
    public async Task An_earlier_attachment_never_steers_a_later_edit()
    {
        await using var harness = new BrainHarness();
        await harness.SendAsync("Make an intro with this logo", "c1", "files/spinlio-logo.png");
        await harness.SendAsync("Add a scene with the tagline \"Fast and safe\"");
        var third = await harness.SendAsync("Add a features scene with three cards: \"A\", \"B\", \"C\"");

        var edit = await harness.SendAsync("Make it bigger");

        edit.Decision.Type.Should().Be(DecisionType.EditScene);
        edit.Decision.TargetSceneId.Should().Be(third.Scene!.SceneId, "\"it\" is the most recent scene, not the one that used the earlier upload");
        edit.NewAssets.Should().BeEmpty();
    }

    [Fact]
    public async Task Use_the_same_background_as_scene_1_edits_with_scene_1_as_reference()
    {
        await using var harness = new BrainHarness();
        var first = await harness.SendAsync("Make an intro for Spinlio with a navy blue background");
        await harness.SendAsync("Add a scene with the tagline \"Security that spins up\"");

        var edit = await harness.SendAsync("Use the same background as scene 1");

        edit.Decision.ReferencedSceneIds.Should().Equal(first.Scene!.SceneId);
        edit.Scene!.Spec!.Background.Should().Be(first.Scene.Spec!.Background);
        var context = await harness.Context.GetContextAsync(new ConversationKey("p1", "c1"));
        context.Storyboard.Relationships.Should().Contain(r => r.From == edit.Scene.SceneId && r.To == first.Scene.SceneId && r.Kind == RelationshipKind.References);
    }

    [Fact]
    public async Task Two_turns_on_one_conversation_run_one_after_the_other()
    {
        await using var harness = new BrainHarness();

        await Task.WhenAll(
            harness.SendAsync("Make an intro for Spinlio"),
            harness.SendAsync("Add a pricing scene with \"Pro $29\""));

        var history = await harness.Context.ReadHistoryAsync(new ConversationKey("p1", "c1"));
        history.Select(m => (m.Role, m.Turn)).Should().Equal((MessageRole.User, 1), (MessageRole.Assistant, 1), (MessageRole.User, 2), (MessageRole.Assistant, 2));
        (await harness.Scenes.ListAsync("p1", "c1")).Should().HaveCount(2);
    }

    [Fact]
    public async Task A_refused_upload_is_reported_and_the_turn_still_completes()
    {
        await using var harness = new BrainHarness();
        var request = new BrainRequest("p1", "c1", "Make an intro with this logo", [new UploadedFile(new MemoryStream([0x4D, 0x5A, 0x90, 0x00]), "logo.png")]);

        var response = await harness.Brain.ProcessAsync(request);

        response.RejectedAssets.Should().ContainSingle().Which.Code.Should().Be("unsupported-content");
        response.Scene.Should().NotBeNull();
        (await harness.Context.GetContextAsync(new ConversationKey("p1", "c1"))).Ledger.Entries.Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_empty_prompt_is_an_argument_error_and_nothing_is_stored(string prompt)
    {
        await using var harness = new BrainHarness();

        var send = async () => await harness.Brain.ProcessAsync(new BrainRequest("p1", "c1", prompt));

        await send.Should().ThrowAsync<ArgumentException>();
        (await harness.Context.ReadHistoryAsync(new ConversationKey("p1", "c1"))).Should().BeEmpty();
    }

    [Fact]
    public async Task An_invalid_project_id_is_a_typed_error()
    {
        await using var harness = new BrainHarness();

        var send = async () => await harness.Brain.ProcessAsync(new BrainRequest("p\u0001", "c1", "hello"));

        await send.Should().ThrowAsync<InvalidIdentifierException>();
    }

    [Fact]
    public async Task Timings_cover_every_stage()
    {
        await using var harness = new BrainHarness();

        var response = await harness.SendAsync("Make an intro for Spinlio");

        response.Timings.Total.Should().BeGreaterThanOrEqualTo(response.Timings.Decision + response.Timings.Generation);
        response.AssistantMessage.Should().StartWith("Created scene 1");
    }

    [GeneratedRegex(@"https?://[^\s""'`)]+")]
    private static partial Regex UrlPattern();
}
