using System.Text.Json;
using BazaarVid.Brain.Tests.TestSupport;
using BazaarVid.Context;
using Microsoft.Extensions.AI;

namespace BazaarVid.Brain.Tests.Styles;

public sealed class StyleResearchTests
{
    private static readonly StyleQuery WesAnderson = StyleQuery.FromPhrase("Wes Anderson");
    private readonly ManualTimeProvider _time = new();

    [Fact]
    public async Task An_unknown_style_is_researched_once_with_a_json_schema_and_validated()
    {
        var client = ScriptedChatClient.AlwaysReturning(StyleTestKit.WesAndersonJson);

        var resolution = await StyleTestKit.Agent(client, time: _time).ResolveAsync(WesAnderson, PreferenceSet.Empty);

        resolution.Kind.Should().Be(StyleMatchKind.Researched);
        resolution.MatchedTerm.Should().Be("wes anderson");
        var style = resolution.Style;
        style.Key.Should().Be("wes-anderson");
        style.Aliases.Should().Equal("wes anderson");
        style.Name.Should().Be("Wes Anderson");
        style.Palette.Should().Be(new StylePalette("#F6E7D8", "#F2C6B4", "#C94F4F", "#4F8A8B", "#2E2A27", "#6B5E57"));
        style.Typography.HeadingFont.Should().Be("Futura, 'Century Gothic', Arial, sans-serif");
        style.LayoutPrinciples.Should().HaveCount(4);
        style.Motion.Should().Be(new StyleMotion("Easing.inOut(Easing.cubic)", 200, 90, 1, "slow"));

        client.CallCount.Should().Be(1);
        var call = client.Requests.Should().NotBeEmpty().And.Subject.First();
        call.Messages[^1].Text.Should().Contain("wes anderson");
        var format = call.Options!.ResponseFormat.Should().BeOfType<ChatResponseFormatJson>().Subject;
        format.SchemaName.Should().Be("style_profile");
        format.Schema!.Value.GetProperty("properties").TryGetProperty("palette", out _).Should().BeTrue();
    }

    [Fact]
    public async Task A_library_style_never_calls_the_model()
    {
        var client = ScriptedChatClient.AlwaysReturning(StyleTestKit.WesAndersonJson);
        var resolution = await StyleTestKit.Agent(client).ResolveAsync(StyleQuery.FromPhrase("cyberpunk"), PreferenceSet.Empty);

        resolution.Kind.Should().Be(StyleMatchKind.Exact);
        client.CallCount.Should().Be(0);
    }

    [Fact]
    public async Task An_answer_in_a_markdown_fence_is_accepted()
    {
        var client = ScriptedChatClient.AlwaysReturning("```json\n" + StyleTestKit.WesAndersonJson + "\n```");
        var resolution = await StyleTestKit.Agent(client).ResolveAsync(WesAnderson, PreferenceSet.Empty);
        resolution.Kind.Should().Be(StyleMatchKind.Researched);
    }

    [Fact]
    public async Task A_bad_answer_is_repaired_before_use()
    {
        var bad = """
        {
          "name": "  ",
          "palette": { "background": "#222", "surface": "blue", "primary": "C94F4F", "accent": "#4F8A8B", "text": "#333333", "mutedText": "#2A2A2A" },
          "typography": { "headingFont": "Futura", "bodyFont": "x; } * { color: red }", "headingWeight": 1234, "letterSpacing": 3, "uppercase": true },
          "layoutPrinciples": ["symmetry", "", "symmetry"],
          "motion": { "easing": "t => t * t", "springDamping": -4, "springStiffness": "120", "springMass": 50, "pacing": "Glacial" }
        }
        """;
        var logger = new CollectingLogger<StyleAgent>();

        var style = (await StyleTestKit.Agent(ScriptedChatClient.AlwaysReturning(bad), logger: logger).ResolveAsync(WesAnderson, PreferenceSet.Empty)).Style;
        var generic = StyleLibrary.Default.Generic;

        style.Palette.Background.Should().Be("#222222");
        style.Palette.Surface.Should().Be(generic.Palette.Surface);
        style.Palette.Primary.Should().Be("#C94F4F");
        style.Palette.Text.Should().Be(generic.Palette.Text, "unreadable text takes the generic text colour");
        StyleValidation.ContrastRatio(style.Palette.Text, style.Palette.Background).Should().BeGreaterThanOrEqualTo(4.5);
        style.Palette.MutedText.Should().Be(style.Palette.Text);
        style.Typography.HeadingFont.Should().Be("Futura, Arial, sans-serif");
        style.Typography.BodyFont.Should().Be(generic.Typography.BodyFont);
        style.Typography.HeadingWeight.Should().Be(900);
        style.Typography.LetterSpacing.Should().Be(0.5);
        style.LayoutPrinciples.Should().HaveCount(3).And.StartWith("symmetry");
        style.Motion.Should().Be(new StyleMotion(generic.Motion.Easing, generic.Motion.SpringDamping, 120, generic.Motion.SpringMass, generic.Motion.Pacing));
        style.Name.Should().Be(generic.Name);
        style.Description.Should().Be(generic.Description);
        logger.Entries.Should().Contain(e => e.Id.Id == 3105);
    }

    [Fact]
    public async Task Unreadable_text_on_a_background_where_the_generic_text_also_fails_becomes_black_or_white()
    {
        var answer = StyleTestKit.WesAndersonJson.Replace("\"#F6E7D8\"", "\"#FAFAFA\"").Replace("\"#2E2A27\"", "\"#EEEEEE\"");
        var style = (await StyleTestKit.Agent(ScriptedChatClient.AlwaysReturning(answer)).ResolveAsync(WesAnderson, PreferenceSet.Empty)).Style;

        style.Palette.Text.Should().Be("#000000");
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{ \"name\": ")]
    [InlineData("[1, 2, 3]")]
    [InlineData("")]
    public async Task An_unusable_answer_gives_the_generic_style_and_is_not_cached(string answer)
    {
        var client = ScriptedChatClient.AlwaysReturning(answer);
        var logger = new CollectingLogger<StyleAgent>();
        var agent = StyleTestKit.Agent(client, logger: logger);

        var first = await agent.ResolveAsync(WesAnderson, PreferenceSet.Empty);
        await agent.ResolveAsync(WesAnderson, PreferenceSet.Empty);

        first.Kind.Should().Be(StyleMatchKind.Generic);
        first.Style.Should().Be(StyleLibrary.Default.Generic);
        first.Query.Should().Be(WesAnderson);
        client.CallCount.Should().Be(2, "failures are not cached");
        logger.Entries.Should().Contain(e => e.Id.Id == 3103 && e.Message.Contains("no usable answer"));
    }

    [Fact]
    public async Task A_model_exception_gives_the_generic_style_and_is_logged()
    {
        var logger = new CollectingLogger<StyleAgent>();
        var boom = new HttpRequestException("502 from the model");

        var resolution = await StyleTestKit.Agent(new ScriptedChatClient().Throws(boom), logger: logger).ResolveAsync(WesAnderson, PreferenceSet.Empty);

        resolution.Kind.Should().Be(StyleMatchKind.Generic);
        logger.Entries.Should().ContainSingle(e => e.Id.Id == 3103).Which.Exception.Should().BeSameAs(boom);
    }

    [Fact]
    public async Task A_model_that_does_not_answer_in_time_gives_the_generic_style()
    {
        var logger = new CollectingLogger<StyleAgent>();
        var agent = StyleTestKit.Agent(new ScriptedChatClient().Hangs(), logger: logger, configure: o => o.ResearchTimeout = TimeSpan.FromMilliseconds(50));

        var resolution = await agent.ResolveAsync(WesAnderson, PreferenceSet.Empty);

        resolution.Kind.Should().Be(StyleMatchKind.Generic);
        logger.Entries.Should().Contain(e => e.Id.Id == 3103 && e.Message.Contains("timeout"));
    }

    [Fact]
    public async Task Concurrent_resolutions_of_one_unknown_style_share_one_call()
    {
        var gate = new TaskCompletionSource();
        var client = new ScriptedChatClient().Always(async (_, _) =>
        {
            await gate.Task;
            return new ChatResponse(new ChatMessage(ChatRole.Assistant, StyleTestKit.WesAndersonJson));
        });
        var agent = StyleTestKit.Agent(client);

        var resolutions = Enumerable.Range(0, 5).Select(_ => agent.ResolveAsync(WesAnderson, PreferenceSet.Empty).AsTask()).ToList();
        gate.SetResult();
        var results = await Task.WhenAll(resolutions);

        client.CallCount.Should().Be(1);
        results.Should().OnlyContain(r => r.Kind == StyleMatchKind.Researched && r.Style.Key == "wes-anderson");
    }

    [Fact]
    public async Task A_caller_that_cancels_gets_an_OperationCanceledException_and_the_research_still_completes_for_others()
    {
        var gate = new TaskCompletionSource();
        var client = new ScriptedChatClient().Always(async (_, _) =>
        {
            await gate.Task;
            return new ChatResponse(new ChatMessage(ChatRole.Assistant, StyleTestKit.WesAndersonJson));
        });
        var agent = StyleTestKit.Agent(client);
        using var cancel = new CancellationTokenSource();

        var cancelled = agent.ResolveAsync(WesAnderson, PreferenceSet.Empty, cancel.Token).AsTask();
        var patient = agent.ResolveAsync(WesAnderson, PreferenceSet.Empty).AsTask();
        await cancel.CancelAsync();
        gate.SetResult();

        await FluentActions.Awaiting(() => cancelled).Should().ThrowAsync<OperationCanceledException>();
        (await patient).Kind.Should().Be(StyleMatchKind.Researched);
        client.CallCount.Should().Be(1);
    }

    [Fact]
    public async Task An_already_cancelled_token_throws_before_any_work()
    {
        var client = ScriptedChatClient.AlwaysReturning(StyleTestKit.WesAndersonJson);
        await FluentActions.Awaiting(async () => await StyleTestKit.Agent(client).ResolveAsync(WesAnderson, PreferenceSet.Empty, new CancellationToken(true)))
            .Should().ThrowAsync<OperationCanceledException>();
        client.CallCount.Should().Be(0);
    }

    [Fact]
    public async Task Without_a_model_an_unknown_style_is_generic()
    {
        var resolution = await StyleTestKit.Agent().ResolveAsync(WesAnderson, StyleTestKit.VisualStyle("dark"));

        resolution.Kind.Should().Be(StyleMatchKind.Generic);
        resolution.Style.Key.Should().Be("generic");
        resolution.MatchedTerm.Should().BeNull();
    }

    [Fact]
    public async Task A_host_researcher_that_throws_is_contained()
    {
        var agent = new StyleAgent(
            StyleLibrary.Default,
            new InMemoryStyleCache(_time),
            Microsoft.Extensions.Options.Options.Create(new StyleAgentOptions()),
            _time,
            researcher: new ThrowingResearcher());

        (await agent.ResolveAsync(WesAnderson, PreferenceSet.Empty)).Kind.Should().Be(StyleMatchKind.Generic);
    }

    [Fact]
    public async Task Long_phrases_are_cut_to_the_maximum_query_length()
    {
        var client = ScriptedChatClient.AlwaysReturning(StyleTestKit.WesAndersonJson);
        var phrase = string.Join(' ', Enumerable.Repeat("wonderful", 20));

        var resolution = await StyleTestKit.Agent(client, configure: o => o.MaxQueryLength = 30).ResolveAsync(StyleQuery.FromPhrase(phrase), PreferenceSet.Empty);

        resolution.MatchedTerm!.Length.Should().BeLessThanOrEqualTo(30);
        resolution.Style.Key.Length.Should().BeLessThanOrEqualTo(30);
    }

    [Fact]
    public async Task A_query_made_only_of_filler_words_is_generic_without_a_call()
    {
        var client = ScriptedChatClient.AlwaysReturning(StyleTestKit.WesAndersonJson);
        var resolution = await StyleTestKit.Agent(client).ResolveAsync(StyleQuery.FromPhrase("the style"), PreferenceSet.Empty);

        resolution.Kind.Should().Be(StyleMatchKind.Generic);
        client.CallCount.Should().Be(0);
    }

    [Fact]
    public void The_researcher_and_agent_check_their_arguments()
    {
        var time = new ManualTimeProvider();
        var options = Microsoft.Extensions.Options.Options.Create(new StyleAgentOptions());
        FluentActions.Invoking(() => new LlmStyleResearcher(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new StyleAgent(null!, new InMemoryStyleCache(time), options, time)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new StyleAgent(StyleLibrary.Default, null!, options, time)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new StyleAgent(StyleLibrary.Default, new InMemoryStyleCache(time), null!, time)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new StyleAgent(StyleLibrary.Default, new InMemoryStyleCache(time), options, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Awaiting(async () => await new LlmStyleResearcher(ScriptedChatClient.AlwaysReturning("{}")).ResearchAsync(" "))
            .Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task The_response_schema_is_a_json_object()
    {
        var client = ScriptedChatClient.AlwaysReturning(StyleTestKit.WesAndersonJson);
        await new LlmStyleResearcher(client).ResearchAsync("noir");
        var call = client.Requests.Should().NotBeEmpty().And.Subject.First();
        var schema = ((ChatResponseFormatJson)call.Options!.ResponseFormat!).Schema!.Value;
        schema.GetProperty("type").ValueKind.Should().NotBe(JsonValueKind.Undefined);
    }

    private sealed class ThrowingResearcher : IStyleResearcher
    {
        public ValueTask<StyleProfile?> ResearchAsync(string phrase, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("host researcher broke");
    }
}
