using System.Collections.Immutable;
using BazaarVid.Brain.Tests.Decisions.TestSupport;
using BazaarVid.Context;

namespace BazaarVid.Brain.Tests.Routing;

/// <summary>The router: builder context (previous scene, last three styles, preferences, image facts, this message's assets) and editor context (target, neighbours, references).</summary>
public sealed class SceneRouterTests : IDisposable
{
    private const string Logo = "https://cdn.bazaarvid.test/acme/logo.png";
    private const string Team = "https://cdn.bazaarvid.test/acme/team.png";
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly Storyline _story = new("acme", "launch");
    private readonly InMemorySceneStore _store = new();
    private readonly ListLogger<SceneRouter> _logger = new();

    public void Dispose() => _story.Dispose();

    [Fact]
    public async Task The_first_scene_goes_to_the_builder_with_no_palette()
    {
        var request = await _story.SayAsync("Make an intro for Acme. Dark and fast.");

        var route = await Router().RouteAsync(OfflineIntentAnalyzer.Analyze(request), request);

        var builder = route.Should().BeOfType<BuilderRoute>().Subject;
        builder.IsFirstScene.Should().BeTrue();
        builder.PreviousScene.Should().BeNull();
        builder.RecentStyles.Should().BeEmpty();
        builder.InsertPosition.Should().BeNull();
        builder.Decision.Type.Should().Be(DecisionType.NewScene);
        builder.Preferences.Should().Equal(request.Context.Preferences.Active);
        builder.Preferences.Should().Contain(p => p.Kind == PreferenceKind.Pacing && p.Value == "fast");
    }

    [Fact]
    public async Task A_new_scene_keeps_the_style_of_the_last_scene_and_of_the_last_three()
    {
        await BoardAsync(5);
        var request = await _story.SayAsync("Add a pricing scene.");

        var builder = (BuilderRoute)await Router().RouteAsync(OfflineIntentAnalyzer.Analyze(request), request);

        builder.IsFirstScene.Should().BeFalse();
        builder.PreviousScene!.SceneId.Should().Be("scene005");
        builder.PreviousScene.Code.Should().Be("// scene005 v1");
        builder.RecentStyles.Select(s => s.SceneId).Should().Equal("scene003", "scene004", "scene005");
        var last = builder.RecentStyles[^1];
        last.Should().Be(new SceneStyleFacts("scene005", 5, "Scene 5", "cyberpunk", Palette("#ff0005"), Typography("Font5"), new SceneBackground("#0a0a0a", "#1a1a1a", null)));
    }

    [Fact]
    public async Task A_scene_without_a_spec_lends_only_its_name()
    {
        await BoardAsync(2, withSpecs: false);
        var request = await _story.SayAsync("Add a pricing scene.");

        var builder = (BuilderRoute)await Router().RouteAsync(OfflineIntentAnalyzer.Analyze(request), request);

        builder.RecentStyles.Should().Equal(
            new SceneStyleFacts("scene001", 1, "Scene 1", null, null, null, null),
            new SceneStyleFacts("scene002", 2, "Scene 2", null, null, null, null));
    }

    [Fact]
    public async Task The_builder_gets_arrived_image_facts_and_only_this_messages_assets()
    {
        await _story.UserAsync("Make an intro with our logo.", uploads: [Logo]);
        await CreateAsync(1);
        await _story.Manager.AddImageFactAsync(_story.Key, Fact(Logo, ImageFactStatus.Analyzed));
        await _story.Manager.AddImageFactAsync(_story.Key, Fact("https://cdn.bazaarvid.test/acme/broken.png", ImageFactStatus.Failed));
        var request = await _story.SayAsync("Here is our team photo, show it.", uploads: [Team]);

        var builder = (BuilderRoute)await Router().RouteAsync(OfflineIntentAnalyzer.Analyze(request), request);

        builder.AttachedAssetUrls.Should().Equal(Team);
        builder.ImageFacts.Should().ContainSingle().Which.AssetUrl.Should().Be(Logo);
    }

    [Theory]
    [InlineData("add a scene after scene 2", 3, "scene002", "scene001,scene002")]
    [InlineData("add a scene before scene 2", 2, "scene001", "scene001")]
    [InlineData("add a scene at the start", 1, null, "")]
    public async Task An_inserted_scene_continues_the_scene_before_its_position(string prompt, int position, string? previous, string styles)
    {
        await BoardAsync(4);
        var request = await _story.SayAsync(prompt);

        var builder = (BuilderRoute)await Router().RouteAsync(OfflineIntentAnalyzer.Analyze(request), request);

        builder.InsertPosition.Should().Be(position);
        builder.PreviousScene?.SceneId.Should().Be(previous);
        builder.RecentStyles.Select(s => s.SceneId).Should().Equal(styles.Split(',', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task An_insert_position_past_the_end_appends()
    {
        await BoardAsync(2);
        var request = await _story.SayAsync("Add a scene.");
        var decision = new BrainDecision(DecisionType.NewScene, null, [], null, null, 0.9, "r", null, 3);

        var builder = (BuilderRoute)await Router().RouteAsync(decision, request);

        builder.InsertPosition.Should().BeNull();
        builder.PreviousScene!.SceneId.Should().Be("scene002");
    }

    [Fact]
    public async Task A_new_scene_like_another_gets_that_scene_as_a_reference()
    {
        await BoardAsync(3);
        var request = await _story.SayAsync("add a scene in the same style as scene 1");

        var builder = (BuilderRoute)await Router().RouteAsync(OfflineIntentAnalyzer.Analyze(request), request);

        builder.ReferencedScenes.Select(s => s.SceneId).Should().Equal("scene001");
    }

    [Theory]
    [InlineData(5, 3, "scene002,scene004")]
    [InlineData(5, 1, "scene002,scene003")]
    [InlineData(5, 5, "scene003,scene004")]
    [InlineData(1, 1, "")]
    [InlineData(2, 1, "scene002")]
    [InlineData(2, 2, "scene001")]
    public async Task An_edit_sees_its_neighbours(int count, int target, string neighbours)
    {
        await BoardAsync(count);
        var request = await _story.SayAsync($"make scene {target} blue");

        var editor = (EditorRoute)await Router().RouteAsync(OfflineIntentAnalyzer.Analyze(request), request);

        editor.Target.SceneId.Should().Be($"scene{target:000}");
        editor.Target.Code.Should().Be($"// scene{target:000} v1");
        editor.Neighbours.Select(s => s.SceneId).Should().Equal(neighbours.Split(',', StringSplitOptions.RemoveEmptyEntries));
        editor.ReferencedScenes.Should().BeEmpty();
    }

    [Fact]
    public async Task An_edit_loads_the_newest_versions_of_the_target_and_the_referenced_scenes()
    {
        await BoardAsync(4);
        await SaveVersionAsync("scene001");
        await SaveVersionAsync("scene004");
        var request = await _story.SayAsync("use the same background as scene 1");

        var decision = OfflineIntentAnalyzer.Analyze(request);
        var editor = (EditorRoute)await Router().RouteAsync(decision, request);

        decision.TargetSceneId.Should().Be("scene004", "the most recent scene");
        editor.Target.Code.Should().Be("// scene004 v2");
        editor.ReferencedScenes.Should().ContainSingle().Which.Code.Should().Be("// scene001 v2");
        editor.Neighbours.Select(s => s.SceneId).Should().Equal("scene002", "scene003");
        editor.AttachedAssetUrls.Should().BeEmpty();
        _store.ListCalls.Should().Be(1);
    }

    [Fact]
    public async Task An_edit_gets_this_messages_uploads()
    {
        await BoardAsync(2);
        var request = await _story.SayAsync("replace the logo in scene 1 with this one", uploads: [Team]);

        var editor = (EditorRoute)await Router().RouteAsync(OfflineIntentAnalyzer.Analyze(request), request);

        editor.Target.SceneId.Should().Be("scene001");
        editor.AttachedAssetUrls.Should().Equal(Team);
    }

    [Fact]
    public async Task A_delete_goes_to_the_delete_route_with_the_storyboard_entry()
    {
        await BoardAsync(3);
        var request = await _story.SayAsync("delete scene 2");

        var route = await Router().RouteAsync(OfflineIntentAnalyzer.Analyze(request), request);

        var delete = route.Should().BeOfType<DeleteRoute>().Subject;
        delete.Target.Id.Should().Be("scene002");
        delete.Target.Order.Should().Be(2);
        _store.ListCalls.Should().Be(0);
    }

    [Fact]
    public async Task A_clarification_goes_to_the_clarification_route_with_its_question()
    {
        await BoardAsync(3);
        var request = await _story.SayAsync("make scene 9 blue");

        var route = await Router().RouteAsync(OfflineIntentAnalyzer.Analyze(request), request);

        route.Should().BeOfType<ClarificationRoute>().Which.Question.Should().StartWith("There is no scene 9");
    }

    [Fact]
    public async Task A_neighbour_missing_from_the_store_is_left_out_and_logged()
    {
        await BoardAsync(3);
        await _story.UserAsync("add a scene without code");
        await _story.CreateAsync("nocode01", "No code", 60);
        var request = await _story.SayAsync("make scene 3 blue");

        var editor = (EditorRoute)await Router().RouteAsync(OfflineIntentAnalyzer.Analyze(request), request);

        editor.Neighbours.Select(s => s.SceneId).Should().Equal("scene002");
        _logger.Entries.Should().Contain(e => e.EventId == 3021 && e.Message.Contains("nocode01"));
    }

    [Fact]
    public async Task Decisions_that_do_not_match_the_storyboard_or_the_store_are_rejected()
    {
        await BoardAsync(2);
        await _story.UserAsync("add a scene without code");
        await _story.CreateAsync("nocode01", "No code", 60);
        var request = await _story.SayAsync("make it blue");
        var router = Router();

        await Rejects<SceneNotFoundException>(Edit("gone0001"));
        await Rejects<SceneNotFoundException>(new BrainDecision(DecisionType.DeleteScene, "gone0001", [], null, null, 1, "r", null));
        await Rejects<SceneNotFoundException>(Edit("nocode01"));
        await Rejects<SceneNotFoundException>(Edit("scene001") with { ReferencedSceneIds = ["gone0001"] });
        await Rejects<ArgumentException>(Edit(null));
        await Rejects<ArgumentException>(new BrainDecision(DecisionType.AskClarification, null, [], null, null, 1, "r", " "));
        await Rejects<ArgumentOutOfRangeException>(Edit("scene001") with { Type = (DecisionType)42 });
        await Rejects<ArgumentNullException>(null!);
        await FluentActions.Awaiting(async () => await router.RouteAsync(Edit("scene001"), null!)).Should().ThrowAsync<ArgumentNullException>();
        FluentActions.Invoking(() => new SceneRouter(null!)).Should().Throw<ArgumentNullException>();

        async Task Rejects<T>(BrainDecision decision)
            where T : Exception =>
            await FluentActions.Awaiting(async () => await router.RouteAsync(decision, request)).Should().ThrowAsync<T>();

        static BrainDecision Edit(string? target) => new(DecisionType.EditScene, target, [], EditKind.Surgical, null, 1, "r", null);
    }

    [Fact]
    public async Task Routes_have_value_equality()
    {
        await BoardAsync(3);
        var request = await _story.SayAsync("use the same background as scene 1");
        var decision = OfflineIntentAnalyzer.Analyze(request);

        var first = await Router().RouteAsync(decision, request);
        var second = await Router().RouteAsync(decision, request);

        second.Should().Be(first);
        second.GetHashCode().Should().Be(first.GetHashCode());
    }

    private SceneRouter Router() => new(_store, _logger);

    /// <summary>Scenes scene001…sceneNNN, one user turn each, stored with code and (by default) a spec.</summary>
    private async Task BoardAsync(int count, bool withSpecs = true)
    {
        for (var i = 1; i <= count; i++)
        {
            await _story.UserAsync($"Add scene {i}.");
            await CreateAsync(i, withSpecs);
        }
    }

    private async Task CreateAsync(int i, bool withSpec = true)
    {
        var id = $"scene{i:000}";
        await _story.CreateAsync(id, $"Scene {i}", 60, $"Scene number {i}");
        await _store.CreateAsync(new StoredScene("acme", "launch", id, i, $"Scene {i}", $"// {id} v1", 60, withSpec ? Spec(id, i) : null, 1, Now, Now, null));
    }

    private async Task SaveVersionAsync(string id)
    {
        var current = (await _store.GetAsync("acme", "launch", id))!;
        await _story.UserAsync($"Edit {id}.");
        await _story.EditAsync(id);
        await _store.SaveVersionAsync(current with { Code = $"// {id} v{current.Version + 1}", Version = current.Version + 1 });
    }

    private static SceneSpec Spec(string id, int i) => new(
        id,
        $"Scene {i}",
        60,
        SceneLayout.Centered,
        new SceneBackground("#0a0a0a", "#1a1a1a", null),
        [],
        "cyberpunk",
        Palette($"#ff000{i}"),
        Typography($"Font{i}"),
        new StyleMotion("Easing.bezier(0.16, 1, 0.3, 1)", 200, 100, 1, "fast"),
        3);

    private static StylePalette Palette(string primary) => new("#0a0a0a", "#141414", primary, "#00e5ff", "#ffffff", "#9a9a9a");

    private static StyleTypography Typography(string font) => new($"{font}, Arial, sans-serif", "Inter, Arial, sans-serif", 700, -0.02, false);

    private static ImageFact Fact(string url, ImageFactStatus status) =>
        new(url, status, status == ImageFactStatus.Analyzed ? "logo" : null, "A square logo", ["logo"], ImmutableSortedDictionary<string, string>.Empty, status == ImageFactStatus.Failed ? "decode error" : null, Now);
}
