using System.Text.Json;
using BazaarVid.Brain.Tests.Decisions.TestSupport;
using BazaarVid.Brain.Tests.TestSupport;
using BazaarVid.Context;
using Microsoft.Extensions.AI;

namespace BazaarVid.Brain.Tests.LlmGeneration;

/// <summary>The LLM scene generator against a scripted chat client: answers, repairs, the final failure, every fallback, both approaches, edits.</summary>
public sealed class LlmSceneGeneratorTests
{
    private const int FallbackEvent = 3304;
    private const int RepairEvent = 3305;

    private readonly GeneratorRig _rig = new();

    [Fact]
    public async Task A_valid_direct_code_answer_is_returned_exactly_as_the_model_wrote_it()
    {
        var request = GeneratorRig.Request();
        var plan = await _rig.PlanAsync(request);
        var code = SceneCode.Valid(plan, GeneratorRig.LogoUrl);
        _rig.Chat.Returns(code);

        var scene = await _rig.Generator.GenerateAsync(request);

        scene.Should().BeEquivalentTo(new { plan.SceneId, plan.Name, plan.DurationInFrames, Code = code, Spec = (SceneSpec?)null });
        var call = _rig.Chat.Requests.Should().ContainSingle().Subject;
        call.Kind.Should().Be(ChatKinds.Text);
        call.Options!.Temperature.Should().Be(0);
        call.UserText.Should().StartWith("You write one Remotion scene").And.Contain($"NEW SCENE: id {plan.SceneId}, {plan.DurationInFrames} frames.")
            .And.Contain($"A1 | logo [logo] | {GeneratorRig.LogoUrl}");
        _rig.Logger.EventIds.Should().NotContain([FallbackEvent, RepairEvent]);
    }

    [Theory]
    [InlineData("Here is the scene:\n```tsx\n{0}\n```\nIt fades the logo in.")]
    [InlineData("```\n{0}\n```")]
    [InlineData("```tsx\n{0}")]
    public async Task The_code_of_a_fenced_answer_is_extracted(string answer)
    {
        var request = GeneratorRig.Request();
        var code = SceneCode.Valid(await _rig.PlanAsync(request));
        _rig.Chat.Returns(string.Format(System.Globalization.CultureInfo.InvariantCulture, answer, code));

        var scene = await _rig.Generator.GenerateAsync(request);

        scene.Code.Should().Be(code);
        _rig.Chat.CallCount.Should().Be(1);
    }

    [Theory]
    [InlineData("https://images.unsplash.com/photo-1522202176988-66273c2fd55f?w=1200")]
    [InlineData("https://cdn.spinlio-assets.com/brand/hero.png")]
    public async Task A_fabricated_url_goes_back_with_its_finding_and_the_repaired_code_is_returned(string fabricated)
    {
        var request = GeneratorRig.Request();
        var plan = await _rig.PlanAsync(request);
        var invalid = SceneCode.Valid(plan, fabricated);
        var repaired = SceneCode.Valid(plan, GeneratorRig.LogoUrl);
        _rig.Chat.Returns(invalid).Returns("```tsx\n" + repaired + "\n```");

        var scene = await _rig.Generator.GenerateAsync(request);

        scene.Code.Should().Be(repaired);
        scene.SceneId.Should().Be(plan.SceneId);
        var repair = _rig.Chat.Requests.Should().HaveCount(2).And.Subject.Last().UserText;
        repair.Should().StartWith("The scene code below was rejected.");
        var findings = repair[repair.IndexOf("FINDINGS:", StringComparison.Ordinal)..repair.IndexOf("REJECTED CODE:", StringComparison.Ordinal)];
        findings.Should().Contain($"({fabricated})", "the finding names the fabricated URL");
        repair.Should().Contain("REJECTED CODE:\n```tsx\n" + invalid + "\n```");
        repair.Should().Contain(GeneratorRig.LogoUrl, "the asset list says which URLs exist");
        _rig.Logger.EventIds.Should().Contain(RepairEvent).And.NotContain(FallbackEvent);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public async Task Code_that_never_becomes_valid_ends_in_InvalidSceneCodeException_after_one_call_plus_each_repair(int maxRepairs)
    {
        var rig = new GeneratorRig(o => o.MaxRepairAttempts = maxRepairs);
        var request = GeneratorRig.Request();
        var plan = await rig.PlanAsync(request);
        var invalid = SceneCode.Valid(plan, "https://images.unsplash.com/photo-1?w=800");
        rig.Chat.Always(invalid);

        var generate = async () => await rig.Generator.GenerateAsync(request);

        var thrown = (await generate.Should().ThrowAsync<InvalidSceneCodeException>()).Which;
        thrown.Attempts.Should().Be(1 + maxRepairs);
        thrown.SceneId.Should().Be(plan.SceneId);
        thrown.Code.Should().Be("invalid-scene-code");
        thrown.Report.Should().Be(rig.Validate(invalid, plan), "the report is the last attempt's");
        thrown.Report.Errors.Should().Contain(e => e.Url == "https://images.unsplash.com/photo-1?w=800");
        rig.Chat.CallCount.Should().Be(1 + maxRepairs);
        rig.Chat.Requests.Skip(1).Count(c => c.UserText.StartsWith("The scene code below was rejected.", StringComparison.Ordinal)).Should().Be(maxRepairs);
        rig.Logger.EventIds.Should().NotContain(FallbackEvent);
    }

    [Fact]
    public async Task The_last_repair_that_is_still_invalid_is_the_one_reported()
    {
        var request = GeneratorRig.Request();
        var plan = await _rig.PlanAsync(request);
        _rig.Chat.Returns(SceneCode.Valid(plan, "https://images.unsplash.com/a.png"))
            .Returns(SceneCode.Valid(plan, "https://picsum.photos/800"))
            .Returns(SceneCode.Valid(plan.SceneId, 47));

        var thrown = (await FluentActions.Awaiting(async () => await _rig.Generator.GenerateAsync(request)).Should().ThrowAsync<InvalidSceneCodeException>()).Which;

        thrown.Attempts.Should().Be(3);
        thrown.Report.Errors.Should().ContainSingle().Which.Code.Should().Be("duration-mismatch");
        _rig.Chat.Requests[2].UserText.Should().Contain("https://picsum.photos/800", "each repair shows the code it repairs");
    }

    public static TheoryData<string, Action<ScriptedChatClient>> ModelFailures => new()
    {
        { "transport error", c => c.Throws(new HttpRequestException("connection refused")) },
        { "empty answer", c => c.Returns(string.Empty) },
        { "blank answer", c => c.Returns("  \n ") },
        { "empty fence", c => c.Returns("```tsx\n```") },
        { "filtered answer", c => c.Returns("export default function Scene_x() {}", ChatFinishReason.ContentFilter) },
        { "refusal", c => c.Returns("I can't help with that.") },
        { "prose", c => c.Returns("Sure! I would animate the logo with a spring and fade in the tagline.") },
    };

    [Theory]
    [MemberData(nameof(ModelFailures))]
    public async Task When_the_model_fails_the_offline_scene_is_returned(string failure, Action<ScriptedChatClient> script)
    {
        var request = GeneratorRig.Request();
        var plan = await _rig.PlanAsync(request);
        script(_rig.Chat);

        var scene = await _rig.Generator.GenerateAsync(request);

        scene.Should().BeEquivalentTo(plan, failure);
        _rig.Chat.CallCount.Should().Be(1, "a failed model is not asked to repair");
        _rig.Logger.EventIds.Should().Contain(FallbackEvent);
    }

    [Fact]
    public async Task A_model_slower_than_the_generation_timeout_gives_the_offline_scene()
    {
        var rig = new GeneratorRig(o => o.GenerationTimeout = TimeSpan.FromMilliseconds(50));
        var request = GeneratorRig.Request();
        var plan = await rig.PlanAsync(request);
        rig.Chat.Delays(TimeSpan.FromMinutes(10), SceneCode.Valid(plan));

        var scene = await rig.Generator.GenerateAsync(request);

        scene.Should().BeEquivalentTo(plan);
        rig.Logger.Entries.Should().Contain(e => e.EventId == FallbackEvent && e.Message.Contains("timed out"));
    }

    [Fact]
    public async Task The_timeout_runs_on_the_injected_clock()
    {
        var time = new ManualTimeProvider();
        var rig = new GeneratorRig(o => o.GenerationTimeout = TimeSpan.FromSeconds(30), time: time);
        var request = GeneratorRig.Request();
        var plan = await rig.PlanAsync(request);
        rig.Chat.Hangs(() => time.Advance(TimeSpan.FromSeconds(31)));

        var scene = await rig.Generator.GenerateAsync(request);

        scene.Should().BeEquivalentTo(plan);
    }

    [Fact]
    public async Task A_model_that_answers_within_the_timeout_is_used()
    {
        var request = GeneratorRig.Request();
        var code = SceneCode.Valid(await _rig.PlanAsync(request));
        _rig.Chat.Delays(TimeSpan.FromMilliseconds(5), code);

        (await _rig.Generator.GenerateAsync(request)).Code.Should().Be(code);
    }

    [Fact]
    public async Task A_model_that_fails_during_a_repair_gives_the_offline_scene()
    {
        var request = GeneratorRig.Request();
        var plan = await _rig.PlanAsync(request);
        _rig.Chat.Returns(SceneCode.Valid(plan, "https://images.unsplash.com/a.png")).Throws(new HttpRequestException("502"));

        var scene = await _rig.Generator.GenerateAsync(request);

        scene.Should().BeEquivalentTo(plan);
        _rig.Chat.CallCount.Should().Be(2);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_propagates_and_is_not_a_fallback()
    {
        using var cancel = new CancellationTokenSource();
        _rig.Chat.Hangs(cancel.Cancel);

        var generate = async () => await _rig.Generator.GenerateAsync(GeneratorRig.Request(), cancel.Token);

        await generate.Should().ThrowAsync<OperationCanceledException>();
        _rig.Logger.EventIds.Should().NotContain(FallbackEvent);
    }

    [Fact]
    public async Task Cancellation_during_a_repair_propagates()
    {
        using var cancel = new CancellationTokenSource();
        var request = GeneratorRig.Request();
        var plan = await _rig.PlanAsync(request);
        _rig.Chat.Returns(SceneCode.Valid(plan, "https://images.unsplash.com/a.png")).Hangs(cancel.Cancel);

        var generate = async () => await _rig.Generator.GenerateAsync(request, cancel.Token);

        await generate.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task A_broken_prompt_template_is_an_error_not_a_silent_fallback()
    {
        var rig = new GeneratorRig(templates: t => t.Overrides[PromptTemplateKind.SceneBuilder] = "Write {{sceneTitle}}");

        var generate = async () => await rig.Generator.GenerateAsync(GeneratorRig.Request());

        (await generate.Should().ThrowAsync<Exception>()).Which.GetType().Namespace.Should().StartWith("HandlebarsDotNet");
        rig.Chat.CallCount.Should().Be(0);
        rig.Logger.EventIds.Should().NotContain(FallbackEvent);
    }

    [Fact]
    public async Task A_wrong_scene_id_in_the_models_code_is_repaired()
    {
        var request = GeneratorRig.Request();
        var plan = await _rig.PlanAsync(request);
        _rig.Chat.Returns(SceneCode.Valid("wrongid1", plan.DurationInFrames)).Returns(SceneCode.Valid(plan));

        var scene = await _rig.Generator.GenerateAsync(request);

        scene.Code.Should().Contain($"Scene_{plan.SceneId}()");
        _rig.Chat.Requests[1].UserText.Should().Contain("[scene-id-mismatch]").And.Contain($"The scene must be Scene_{plan.SceneId}, not Scene_wrongid1.");
    }

    [Fact]
    public async Task A_wrong_duration_in_the_models_code_is_repaired()
    {
        var request = GeneratorRig.Request() with { RequestedDurationInFrames = 150 };
        var plan = await _rig.PlanAsync(request);
        plan.DurationInFrames.Should().Be(150);
        _rig.Chat.Returns(SceneCode.Valid(plan.SceneId, 90)).Returns(SceneCode.Valid(plan));

        var scene = await _rig.Generator.GenerateAsync(request);

        scene.DurationInFrames.Should().Be(150);
        scene.Code.Should().Contain($"durationInFrames_{plan.SceneId} = 150;");
        _rig.Chat.Requests[1].UserText.Should().Contain("[duration-mismatch]").And.Contain("The scene must last 150 frames, not 90.");
    }

    [Fact]
    public async Task User_text_with_handlebars_syntax_reaches_the_model_literally()
    {
        const string Prompt = "Add a title {{#each assets}}{{url}}{{/each}} and {{> contract}} \"quoted\" <b>bold</b>";
        var request = GeneratorRig.Request(Prompt);
        _rig.Chat.Returns(SceneCode.Valid(await _rig.PlanAsync(request)));

        await _rig.Generator.GenerateAsync(request);

        var text = _rig.Chat.Requests.Single().UserText;
        text.Should().Contain("<<<\n" + Prompt + "\n>>>");
        text.Should().NotContain("&lt;").And.NotContain("&quot;");
    }

    [Fact]
    public async Task An_edit_uses_the_edit_template_with_the_target_code_its_neighbours_and_references()
    {
        var first = await _rig.StoredAsync("intro001", 1, "Make an intro for Spinlio");
        var target = await _rig.StoredAsync("price002", 2, "Add a pricing scene with \"Pro $29\"");
        var next = await _rig.StoredAsync("outro003", 3, "Add an outro that says \"Try it free\"");
        var request = GeneratorRig.Request("Use the same background as scene 1") with
        {
            Mode = SceneGenerationMode.Edit,
            EditKind = EditKind.Surgical,
            Current = target,
            Neighbours = [first, next],
            ReferencedScenes = [first],
        };
        var plan = await _rig.PlanAsync(request);
        var code = SceneCode.Valid(plan);
        _rig.Chat.Returns(code);

        var scene = await _rig.Generator.GenerateAsync(request);

        scene.Should().BeEquivalentTo(new { SceneId = "price002", plan.Name, target.DurationInFrames, Code = code });
        var text = _rig.Chat.Requests.Single().UserText;
        text.Should().StartWith("You edit one Remotion scene");
        text.Should().Contain($"EDIT (surgical): change only what the request asks for; keep the scene id price002 and the duration {target.DurationInFrames} frames.");
        text.Should().Contain($"CURRENT CODE of scene 2 [price002] {target.Name}:\n```tsx\n{target.Code}\n```");
        text.Should().Contain($"NEIGHBOURING SCENES (for continuity):\n- scene 1 [intro001] {first.Name}:\n```tsx\n{first.Code}\n```\n- scene 3 [outro003] {next.Name}:\n```tsx\n{next.Code}\n```");
        text.Should().Contain($"REFERENCED SCENES (the request points at these; reuse what it asks for):\n- scene 1 [intro001] {first.Name}:\n```tsx\n{first.Code}\n```");
    }

    [Fact]
    public async Task JsonThenCode_asks_for_the_spec_with_a_json_schema_and_then_for_code_from_it()
    {
        var request = GeneratorRig.Request(approach: GenerationApproach.JsonThenCode);
        var plan = await _rig.PlanAsync(request);
        var modelSpec = plan.Spec! with { SceneId = "other001", DurationInFrames = 999, Name = "Model intro" };
        var code = SceneCode.Valid(plan, GeneratorRig.LogoUrl);
        _rig.Chat.For(ChatKinds.SceneSpec).Returns(Json(modelSpec));
        _rig.Chat.For(ChatKinds.Text).Returns(code);

        var scene = await _rig.Generator.GenerateAsync(request);

        var (specCall, codeCall) = (_rig.Chat.Requests[0], _rig.Chat.Requests[1]);
        specCall.Kind.Should().Be(ChatKinds.SceneSpec);
        var format = specCall.Options!.ResponseFormat.Should().BeOfType<ChatResponseFormatJson>().Subject;
        format.Schema!.Value.GetProperty("properties").TryGetProperty("elements", out _).Should().BeTrue();
        specCall.UserText.Should().StartWith("You plan one Remotion scene").And.Contain($"scene id {plan.SceneId}");
        var expectedSpec = modelSpec with { SceneId = plan.SceneId, DurationInFrames = plan.DurationInFrames };
        codeCall.Kind.Should().Be(ChatKinds.Text);
        codeCall.UserText.Should().StartWith("You write one Remotion scene as TSX from its JSON spec").And.Contain("SPEC:\n" + Json(expectedSpec));
        scene.Code.Should().Be(code);
        scene.Spec.Should().Be(expectedSpec, "the plan's id and duration win over the model's");
        scene.DurationInFrames.Should().Be(plan.DurationInFrames);
        _rig.Chat.CallCount.Should().Be(2);
    }

    [Fact]
    public async Task A_spec_with_invented_asset_urls_loses_them_and_keeps_the_ledger_ones()
    {
        const string Invented = "https://images.unsplash.com/photo-99?w=1600";
        var request = GeneratorRig.Request(approach: GenerationApproach.JsonThenCode);
        var plan = await _rig.PlanAsync(request);
        var spec = plan.Spec! with
        {
            Background = plan.Spec.Background with { ImageUrl = Invented },
            Elements =
            [
                new SceneElement("e1", ElementKind.Logo, null, GeneratorRig.LogoUrl, null, 1, ElementPosition.Flow, AnimationKind.Fade, 0),
                new SceneElement("e2", ElementKind.Image, null, "https://cdn.made-up.example/hero.png", null, 1, ElementPosition.Flow, AnimationKind.Fade, 0),
                new SceneElement("e3", ElementKind.Headline, "Spinlio", null, null, 1, ElementPosition.Flow, AnimationKind.Fade, 0),
            ],
        };
        _rig.Chat.For(ChatKinds.SceneSpec).Returns("```json\n" + Json(spec) + "\n```");
        _rig.Chat.For(ChatKinds.Text).Returns(SceneCode.Valid(plan, GeneratorRig.LogoUrl));

        var scene = await _rig.Generator.GenerateAsync(request);

        scene.Spec!.Background.ImageUrl.Should().BeNull();
        scene.Spec.Elements.Select(e => e.AssetUrl).Should().Equal(GeneratorRig.LogoUrl, null, null);
        var codePrompt = _rig.Chat.RequestsOf(ChatKinds.Text).Single().UserText;
        codePrompt.Should().NotContain(Invented).And.NotContain("made-up.example");
    }

    [Theory]
    [InlineData("{ \"sceneId\": ")]
    [InlineData("I can't plan that.")]
    [InlineData("{\"sceneId\":\"x\"}")]
    [InlineData("null")]
    public async Task A_malformed_spec_falls_back_to_direct_code(string answer)
    {
        var request = GeneratorRig.Request(approach: GenerationApproach.JsonThenCode);
        var plan = await _rig.PlanAsync(request);
        var code = SceneCode.Valid(plan);
        _rig.Chat.For(ChatKinds.SceneSpec).Returns(answer);
        _rig.Chat.For(ChatKinds.Text).Returns(code);

        var scene = await _rig.Generator.GenerateAsync(request);

        scene.Code.Should().Be(code);
        scene.Spec.Should().BeNull();
        _rig.Chat.Requests.Select(r => r.Kind).Should().Equal(ChatKinds.SceneSpec, ChatKinds.Text);
        _rig.Chat.Requests[1].UserText.Should().StartWith("You write one Remotion scene as TSX for a motion-graphics video.");
    }

    [Fact]
    public async Task A_failing_spec_call_gives_the_offline_scene()
    {
        var request = GeneratorRig.Request(approach: GenerationApproach.JsonThenCode);
        var plan = await _rig.PlanAsync(request);
        _rig.Chat.For(ChatKinds.SceneSpec).Throws(new HttpRequestException("503"));

        var scene = await _rig.Generator.GenerateAsync(request);

        scene.Should().BeEquivalentTo(plan);
        _rig.Chat.CallCount.Should().Be(1);
    }

    [Fact]
    public async Task A_JsonThenCode_edit_shows_the_stored_spec_not_the_offline_edit()
    {
        var target = await _rig.StoredAsync("price002", 2, "Add a pricing scene with \"Pro $29\"");
        var request = GeneratorRig.Request("Make the title bigger", GenerationApproach.JsonThenCode) with
        {
            Mode = SceneGenerationMode.Edit,
            EditKind = EditKind.Surgical,
            Current = target,
        };
        var plan = await _rig.PlanAsync(request);
        plan.Spec.Should().NotBe(target.Spec, "the offline editor already made the title bigger");
        _rig.Chat.For(ChatKinds.SceneSpec).Returns("not json");
        _rig.Chat.For(ChatKinds.Text).Returns(SceneCode.Valid(plan));

        await _rig.Generator.GenerateAsync(request);

        var specPrompt = _rig.Chat.RequestsOf(ChatKinds.SceneSpec).Single().UserText;
        specPrompt.Should().Contain("CURRENT SPEC (edit it; change only what the request asks for):\n" + Json(target.Spec!));
        _rig.Chat.RequestsOf(ChatKinds.Text).Single().UserText.Should().StartWith("You edit one Remotion scene");
    }

    [Fact]
    public async Task Arrived_image_facts_are_shown_with_their_ledger_id()
    {
        var fact = new ImageFact(GeneratorRig.LogoUrl, ImageFactStatus.Analyzed, "logo", "Square PNG logo with transparency, 512x512", ["logo"], System.Collections.Immutable.ImmutableSortedDictionary<string, string>.Empty, null, DateTimeOffset.UnixEpoch);
        var request = GeneratorRig.Request() with { ImageFacts = [fact] };
        _rig.Chat.Returns(SceneCode.Valid(await _rig.PlanAsync(request)));

        await _rig.Generator.GenerateAsync(request);

        _rig.Chat.Requests.Single().UserText.Should().Contain("IMAGE FACTS (from analysis of the assets):\n- A1: Square PNG logo with transparency, 512x512");
    }

    [Fact]
    public async Task Arguments_are_checked()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new BrainOptions());
        var renderer = new HandlebarsPromptRenderer(Microsoft.Extensions.Options.Options.Create(new PromptTemplateOptions()));
        FluentActions.Invoking(() => new LlmSceneGenerator(null!, renderer, _rig.Validator, _rig.Offline, options, TimeProvider.System)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new LlmSceneGenerator(_rig.Chat, null!, _rig.Validator, _rig.Offline, options, TimeProvider.System)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new LlmSceneGenerator(_rig.Chat, renderer, null!, _rig.Offline, options, TimeProvider.System)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new LlmSceneGenerator(_rig.Chat, renderer, _rig.Validator, null!, options, TimeProvider.System)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new LlmSceneGenerator(_rig.Chat, renderer, _rig.Validator, _rig.Offline, null!, TimeProvider.System)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new LlmSceneGenerator(_rig.Chat, renderer, _rig.Validator, _rig.Offline, options, null!)).Should().Throw<ArgumentNullException>();
        await FluentActions.Awaiting(async () => await _rig.Generator.GenerateAsync(null!)).Should().ThrowAsync<ArgumentNullException>();
        _rig.Chat.CallCount.Should().Be(0);
    }

    private static string Json(SceneSpec spec) => JsonSerializer.Serialize(spec, SceneJsonContext.Default.SceneSpec);
}
