using BazaarVid.Brain.Tests.Decisions.TestSupport;
using BazaarVid.Brain.Tests.TestSupport;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BazaarVid.Brain.Tests.Decisions;

/// <summary>The LLM analyzer against a scripted chat client: prompt content, structured output, validation, repair and every fallback.</summary>
public sealed class LlmIntentAnalyzerTests : IDisposable
{
    private const string Logo = "https://cdn.bazaarvid.test/acme/logo.png";

    private readonly ScriptedChatClient _chat = new();
    private readonly ManualTimeProvider _time = new();
    private readonly ListLogger<LlmIntentAnalyzer> _logger = new();

    [Fact]
    public async Task A_valid_answer_becomes_the_decision()
    {
        using var story = await OfflineIntentAnalyzerTests.StandardStoryAsync();
        var request = await story.SayAsync("use the same background as scene 1 for the pricing scene");
        _chat.Returns("""{"decision":"edit_scene","target_scene_id":"price001","referenced_scene_ids":["intro001"],"edit_kind":"surgical","duration_in_frames":null,"insert_position":null,"confidence":0.93,"reasoning":"Copy the intro background to the pricing scene.","clarification_question":null}""");

        var decision = await Analyzer().AnalyzeAsync(request);

        decision.Should().Be(new BrainDecision(DecisionType.EditScene, "price001", ["intro001"], EditKind.Surgical, null, 0.93, "Copy the intro background to the pricing scene.", null));
        _chat.Calls.Should().HaveCount(1);
        _logger.EventIds.Should().Contain(3001).And.NotContain(3004);
    }

    [Fact]
    public async Task One_call_asks_for_structured_json_with_the_decision_schema()
    {
        using var story = await OfflineIntentAnalyzerTests.StandardStoryAsync();
        _chat.Returns("""{"decision":"new_scene","confidence":0.9,"reasoning":"A new scene."}""");

        await Analyzer(o => o.ModelId = "gpt-test").AnalyzeAsync(await story.SayAsync("add a pricing scene"));

        var options = _chat.Options.Single()!;
        var format = options.ResponseFormat.Should().BeOfType<ChatResponseFormatJson>().Subject;
        format.SchemaName.Should().Be("brain_decision");
        var schema = format.Schema!.Value.GetRawText();
        schema.Should().Contain("target_scene_id").And.Contain("referenced_scene_ids").And.Contain("duration_only").And.Contain("ask_clarification");
        options.Temperature.Should().Be(0);
        options.ModelId.Should().Be("gpt-test");
    }

    [Fact]
    public async Task The_prompt_lists_the_storyboard_with_ids_names_durations_and_recency_marks()
    {
        using var story = await OfflineIntentAnalyzerTests.StandardStoryAsync();
        _chat.Returns("""{"decision":"edit_scene","target_scene_id":"tagln001","edit_kind":"surgical","confidence":0.9,"reasoning":"It is the most recent scene."}""");

        await Analyzer().AnalyzeAsync(await story.SayAsync("make it bigger"));

        var user = _chat.LastUserText;
        user.Should().Contain("Frames per second: 30");
        user.Should().Contain("1. id=intro001 \"Intro\", 90 frames (3 s): Acme logo reveal on dark background with neon glow");
        user.Should().Contain("2. id=tagln001 \"Tagline\", 60 frames (2 s): Tagline: Security that spins up in seconds [MOST RECENT: last created or edited]");
        user.Should().Contain("5. id=testi001 \"Testimonial\", 60 frames (2 s): Quote from Dana, CISO [NEWEST: last created]");
        user.Should().Contain("<message>\nmake it bigger\n</message>");
        _chat.LastSystemText.Should().Contain("MOST RECENT").And.Contain("Removing something FROM a scene");
    }

    [Fact]
    public async Task The_prompt_lists_this_messages_attachments_and_never_an_earlier_messages()
    {
        using var story = await OfflineIntentAnalyzerTests.StandardStoryAsync();
        _chat.Returns("""{"decision":"edit_scene","target_scene_id":"tagln001","edit_kind":"surgical","confidence":0.9,"reasoning":"r"}""")
            .Returns("""{"decision":"new_scene","confidence":0.9,"reasoning":"r"}""");
        var analyzer = Analyzer();

        await analyzer.AnalyzeAsync(await story.SayAsync("make it bigger"));
        var withoutAttachments = _chat.LastUserText;
        await analyzer.AnalyzeAsync(await story.SayAsync("show this", scenes: ["feat0001"], uploads: ["https://cdn.bazaarvid.test/acme/team.png"]));
        var withAttachments = _chat.LastUserText;

        withoutAttachments.Should().Contain("Attached to this message:\nnothing").And.NotContain(Logo, "the logo was attached to message 1 only");
        withAttachments.Should().Contain("- scene id=feat0001").And.Contain("- asset https://cdn.bazaarvid.test/acme/team.png").And.NotContain(Logo);
        _chat.Calls.Should().AllSatisfy(call => call.Should().HaveCount(2, "one system and one user message, no history"));
    }

    [Fact]
    public async Task An_empty_storyboard_is_said_in_the_prompt()
    {
        using var story = new Storyline();
        _chat.Returns("""{"decision":"new_scene","confidence":0.9,"reasoning":"r"}""");

        await Analyzer().AnalyzeAsync(await story.SayAsync("an intro for Acme"));

        _chat.LastUserText.Should().Contain("Storyboard: no scenes yet.");
    }

    [Theory]
    [InlineData("{\"decision\":\"edit_scene\",\"target_scene_id\":")]
    [InlineData("{\"decision\":\"rename_scene\",\"confidence\":0.9}")]
    [InlineData("{\"decision\":\"edit_scene\",\"confidence\":\"very\"}")]
    [InlineData("null")]
    public async Task Malformed_json_falls_back_to_the_offline_analyzer(string answer)
    {
        await AssertFallsBackAsync(c => c.Returns(answer), "make the pricing one red");
    }

    [Theory]
    [InlineData("I'm sorry, but I can't help with that.")]
    [InlineData("")]
    public async Task A_refusal_or_an_empty_answer_falls_back_to_the_offline_analyzer(string answer)
    {
        await AssertFallsBackAsync(c => c.Returns(answer), "make the pricing one red");
    }

    [Fact]
    public async Task A_filtered_answer_falls_back_even_when_it_contains_json()
    {
        await AssertFallsBackAsync(c => c.Returns("""{"decision":"delete_scene","target_scene_id":"intro001","confidence":1,"reasoning":"r"}""", ChatFinishReason.ContentFilter), "make the pricing one red");
    }

    [Fact]
    public async Task A_timeout_falls_back_to_the_offline_analyzer()
    {
        var logger = await AssertFallsBackAsync(c => c.Hangs(() => _time.Advance(TimeSpan.FromSeconds(9))), "make the pricing one red");

        logger.Entries.Should().Contain(e => e.EventId == 3002 && e.Message.Contains("Timeout"));
    }

    [Fact]
    public async Task A_transport_exception_falls_back_to_the_offline_analyzer()
    {
        var logger = await AssertFallsBackAsync(c => c.Throws(new HttpRequestException("connection refused")), "make the pricing one red");

        logger.Entries.Should().Contain(e => e.EventId == 3002 && e.Level == LogLevel.Warning && e.Message.Contains("Transport"));
    }

    [Theory]
    [InlineData("zzzz9999")]
    [InlineData("price001-old")]
    public async Task An_unknown_target_that_cannot_be_repaired_is_rejected_for_the_offline_decision(string target)
    {
        var logger = await AssertFallsBackAsync(
            c => c.Returns($$"""{"decision":"edit_scene","target_scene_id":"{{target}}","edit_kind":"surgical","confidence":0.9,"reasoning":"r"}"""),
            "make the pricing one red");

        logger.Entries.Should().Contain(e => e.EventId == 3002 && e.Message.Contains("UnknownScene"));
    }

    [Fact]
    public async Task A_deleted_scene_id_is_rejected()
    {
        using var story = await OfflineIntentAnalyzerTests.StandardStoryAsync();
        await story.UserAsync("delete the testimonial");
        await story.DeleteAsync("testi001");
        var request = await story.SayAsync("make it red");
        _chat.Returns("""{"decision":"edit_scene","target_scene_id":"testi001","edit_kind":"surgical","confidence":0.9,"reasoning":"r"}""");

        var decision = await Analyzer().AnalyzeAsync(request);

        decision.Should().Be(OfflineIntentAnalyzer.Analyze(request));
        decision.TargetSceneId.Should().Be("tagln001");
    }

    [Fact]
    public async Task An_unknown_referenced_scene_is_rejected()
    {
        await AssertFallsBackAsync(
            c => c.Returns("""{"decision":"edit_scene","target_scene_id":"price001","referenced_scene_ids":["nope0001"],"edit_kind":"surgical","confidence":0.9,"reasoning":"r"}"""),
            "make the pricing one red");
    }

    [Theory]
    [InlineData("PRICE001")]
    [InlineData("4")]
    [InlineData("scene 4")]
    [InlineData("Pricing cards")]
    [InlineData("the pricing scene")]
    public async Task An_unknown_target_that_names_one_scene_is_repaired(string target)
    {
        using var story = await OfflineIntentAnalyzerTests.StandardStoryAsync();
        _chat.Returns($$"""{"decision":"edit_scene","target_scene_id":"{{target}}","edit_kind":"creative","confidence":0.8,"reasoning":"Restyle pricing."}""");

        var decision = await Analyzer().AnalyzeAsync(await story.SayAsync("make the pricing one fancier"));

        decision.Type.Should().Be(DecisionType.EditScene);
        decision.TargetSceneId.Should().Be("price001");
        decision.EditKind.Should().Be(EditKind.Creative);
        decision.Reasoning.Should().Be("Restyle pricing.");
        _logger.Entries.Should().Contain(e => e.EventId == 3003 && e.Message.Contains($"'{target}'") && e.Message.Contains("'price001'"));
        _logger.EventIds.Should().NotContain(3004);
    }

    [Fact]
    public async Task A_referenced_scene_named_by_number_is_repaired()
    {
        using var story = await OfflineIntentAnalyzerTests.StandardStoryAsync();
        _chat.Returns("""{"decision":"edit_scene","target_scene_id":"price001","referenced_scene_ids":["scene 1","price001"],"edit_kind":"surgical","confidence":0.8,"reasoning":"r"}""");

        var decision = await Analyzer().AnalyzeAsync(await story.SayAsync("use the same background as scene 1 for the pricing scene"));

        decision.ReferencedSceneIds.Should().Equal("intro001");
    }

    [Theory]
    [InlineData("""{"decision":"edit_scene","edit_kind":"surgical","confidence":0.9,"reasoning":"r"}""")]
    [InlineData("""{"decision":"delete_scene","target_scene_id":"  ","confidence":0.9,"reasoning":"r"}""")]
    [InlineData("""{"decision":"ask_clarification","clarification_question":" ","confidence":0.9,"reasoning":"r"}""")]
    [InlineData("""{"decision":"edit_scene","target_scene_id":"price001","edit_kind":"duration_only","duration_in_frames":2700,"confidence":0.9,"reasoning":"r"}""")]
    [InlineData("""{"decision":"new_scene","duration_in_frames":5,"confidence":0.9,"reasoning":"r"}""")]
    public async Task An_answer_that_breaks_the_contract_is_rejected(string answer)
    {
        await AssertFallsBackAsync(c => c.Returns(answer), "make the pricing one red");
    }

    [Fact]
    public async Task A_second_attempt_is_made_when_allowed_and_its_answer_is_used()
    {
        using var story = await OfflineIntentAnalyzerTests.StandardStoryAsync();
        _chat.Returns("not json").Returns("""{"decision":"delete_scene","target_scene_id":"price001","confidence":0.97,"reasoning":"Delete pricing."}""");

        var decision = await Analyzer(o => o.MaxAttempts = 2).AnalyzeAsync(await story.SayAsync("drop the pricing scene"));

        decision.Should().Be(new BrainDecision(DecisionType.DeleteScene, "price001", [], null, null, 0.97, "Delete pricing.", null));
        _chat.Calls.Should().HaveCount(2);
        _logger.Entries.Should().ContainSingle(e => e.EventId == 3002 && e.Message.Contains("attempt 1 of 2"));
    }

    [Fact]
    public async Task Every_attempt_failing_falls_back_once_after_the_last()
    {
        var logger = await AssertFallsBackAsync(c => c.Throws(new InvalidOperationException("boom")).Returns("nope").Hangs(() => _time.Advance(TimeSpan.FromSeconds(8))), "make the pricing one red", maxAttempts: 3);

        logger.Entries.Where(e => e.EventId == 3002).Should().HaveCount(3);
        logger.Entries.Should().ContainSingle(e => e.EventId == 3004 && e.Message.Contains("3 failed attempt(s)") && e.Message.Contains("Timeout"));
    }

    [Fact]
    public async Task Cancellation_by_the_caller_propagates_instead_of_falling_back()
    {
        using var story = await OfflineIntentAnalyzerTests.StandardStoryAsync();
        var request = await story.SayAsync("make it red");
        using var cancel = new CancellationTokenSource();
        _chat.Hangs(cancel.Cancel);

        await FluentActions.Awaiting(async () => await Analyzer().AnalyzeAsync(request, cancel.Token)).Should().ThrowAsync<OperationCanceledException>();
        _logger.EventIds.Should().NotContain(3004);
    }

    [Fact]
    public async Task A_json_answer_inside_a_code_fence_is_read()
    {
        using var story = await OfflineIntentAnalyzerTests.StandardStoryAsync();
        _chat.Returns("```json\n{\"decision\":\"ask_clarification\",\"clarification_question\":\"Which scene?\",\"confidence\":0.6,\"reasoning\":\"Unclear.\"}\n```");

        var decision = await Analyzer().AnalyzeAsync(await story.SayAsync("make the card scene blue"));

        decision.Should().Be(new BrainDecision(DecisionType.AskClarification, null, [], null, null, 0.6, "Unclear.", "Which scene?"));
    }

    [Fact]
    public async Task Confidence_is_clamped_reasoning_defaults_and_an_insert_position_outside_the_storyboard_appends()
    {
        using var story = await OfflineIntentAnalyzerTests.StandardStoryAsync();
        _chat.Returns("""{"decision":"new_scene","insert_position":42,"confidence":7,"reasoning":"  "}""")
            .Returns("""{"decision":"new_scene","insert_position":3,"referenced_scene_ids":["tagln001"],"confidence":-1,"reasoning":"After scene 2."}""");
        var analyzer = Analyzer();

        var appended = await analyzer.AnalyzeAsync(await story.SayAsync("add a scene"));
        var inserted = await analyzer.AnalyzeAsync(await story.SayAsync("add a scene after scene 2"));

        appended.Should().Be(new BrainDecision(DecisionType.NewScene, null, [], null, null, 1, "The language model chose NewScene.", null));
        inserted.Should().Be(new BrainDecision(DecisionType.NewScene, null, ["tagln001"], null, null, 0, "After scene 2.", null, 3));
    }

    [Fact]
    public async Task A_duration_only_edit_without_frames_is_read_as_surgical()
    {
        using var story = await OfflineIntentAnalyzerTests.StandardStoryAsync();
        _chat.Returns("""{"decision":"edit_scene","target_scene_id":"tagln001","edit_kind":"duration_only","confidence":0.7,"reasoning":"r"}""");

        var decision = await Analyzer().AnalyzeAsync(await story.SayAsync("make it shorter"));

        decision.EditKind.Should().Be(EditKind.Surgical);
    }

    [Fact]
    public async Task Invalid_options_are_rejected_at_construction()
    {
        FluentActions.Invoking(() => Analyzer(o => o.Timeout = TimeSpan.Zero)).Should().Throw<OptionsValidationException>().WithMessage("*Timeout*");
        FluentActions.Invoking(() => Analyzer(o => o.MaxAttempts = 0)).Should().Throw<OptionsValidationException>().WithMessage("*MaxAttempts*");
        FluentActions.Invoking(() => Analyzer(o => o.Temperature = 3)).Should().Throw<OptionsValidationException>();
    }

    [Fact]
    public void The_options_validator_is_source_generated_and_the_defaults_are_valid()
    {
        var options = new IntentAnalysisOptions();

        options.Timeout.Should().Be(TimeSpan.FromSeconds(8));
        options.MaxAttempts.Should().Be(1);
        new IntentAnalysisOptionsValidator().Validate(null, options).Succeeded.Should().BeTrue();
        new IntentAnalysisOptionsValidator().Validate(null, new IntentAnalysisOptions { Timeout = TimeSpan.FromMinutes(6) }).Failed.Should().BeTrue();
    }

    [Fact]
    public void The_analyzer_and_its_options_resolve_from_di_with_validation_on_start()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IChatClient>(_chat);
        services.AddSingleton<OfflineIntentAnalyzer>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(typeof(ILogger<>), typeof(ListLogger<>));
        services.AddOptions<IntentAnalysisOptions>().Configure(o => o.MaxAttempts = 2).ValidateOnStart();
        services.AddSingleton<IValidateOptions<IntentAnalysisOptions>, IntentAnalysisOptionsValidator>();
        services.AddSingleton<IIntentAnalyzer, LlmIntentAnalyzer>();
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IIntentAnalyzer>().Should().BeOfType<LlmIntentAnalyzer>();
    }

    [Fact]
    public async Task Argument_checks_are_enforced()
    {
        var options = Options.Create(new IntentAnalysisOptions());
        FluentActions.Invoking(() => new LlmIntentAnalyzer(null!, new OfflineIntentAnalyzer(), options, _time)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new LlmIntentAnalyzer(_chat, null!, options, _time)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new LlmIntentAnalyzer(_chat, new OfflineIntentAnalyzer(), null!, _time)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new LlmIntentAnalyzer(_chat, new OfflineIntentAnalyzer(), options, null!)).Should().Throw<ArgumentNullException>();

        using var story = await OfflineIntentAnalyzerTests.StandardStoryAsync();
        var request = await story.RequestAsync("make it red");
        await FluentActions.Awaiting(async () => await Analyzer().AnalyzeAsync(null!)).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(async () => await Analyzer().AnalyzeAsync(request with { Fps = -1 })).Should().ThrowAsync<ArgumentOutOfRangeException>();
        _chat.Calls.Should().BeEmpty();
    }

    public void Dispose() => _chat.Dispose();

    private LlmIntentAnalyzer Analyzer(Action<IntentAnalysisOptions>? configure = null)
    {
        var options = new IntentAnalysisOptions();
        configure?.Invoke(options);
        return new LlmIntentAnalyzer(_chat, new OfflineIntentAnalyzer(), Options.Create(options), _time, _logger);
    }

    /// <summary>Scripts the client, analyzes <paramref name="prompt"/> and checks the result is exactly the offline decision, logged as a fallback.</summary>
    private async Task<ListLogger<LlmIntentAnalyzer>> AssertFallsBackAsync(Action<ScriptedChatClient> script, string prompt, int maxAttempts = 1)
    {
        using var story = await OfflineIntentAnalyzerTests.StandardStoryAsync();
        var request = await story.SayAsync(prompt);
        script(_chat);

        var decision = await Analyzer(o => o.MaxAttempts = maxAttempts).AnalyzeAsync(request);

        decision.Should().Be(OfflineIntentAnalyzer.Analyze(request));
        _chat.Calls.Should().HaveCount(maxAttempts);
        _logger.EventIds.Should().Contain(3002).And.Contain(3004);
        _logger.EventIds.Should().NotContain(3001);
        return _logger;
    }
}
