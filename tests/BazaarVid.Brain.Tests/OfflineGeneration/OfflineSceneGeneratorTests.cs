using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using static BazaarVid.Brain.Tests.OfflineGeneration.Fixtures;

namespace BazaarVid.Brain.Tests.OfflineGeneration;

public sealed class OfflineSceneGeneratorTests
{
    private readonly ListLogger<OfflineSceneGenerator> _logger = new();
    private readonly SceneContractChecker _checker = new();

    private OfflineSceneGenerator Generator() => new(_checker, _logger);

    [Fact]
    public async Task A_new_scene_comes_back_as_valid_code_with_its_spec()
    {
        var request = Request("make an intro for Spinlio with the tagline \"Security that spins up in seconds\", dark and fast, add our logo") with { Ledger = Ledger };

        var scene = await Generator().GenerateAsync(request);

        scene.Spec.Should().NotBeNull();
        scene.SceneId.Should().Be(scene.Spec!.SceneId).And.Be(SceneIds.Derive("p1", "c1", 1));
        scene.Name.Should().Be("Spinlio intro");
        scene.DurationInFrames.Should().Be(scene.Spec.DurationInFrames);
        scene.Code.Should().Be(SceneCodeEmitter.Emit(scene.Spec));
        var check = _checker.Check(scene.Code, new SceneContractOptions { ExpectedSceneId = scene.SceneId });
        check.Valid.Should().BeTrue();
        check.DurationInFrames.Should().Be(scene.DurationInFrames);
        scene.Code.Should().Contain($"src=\"{LogoUrl}\"").And.Contain("{\"Spinlio\"}").And.Contain("{\"Security that spins up in seconds\"}");
    }

    [Fact]
    public async Task The_same_request_gives_the_same_bytes()
    {
        var request = Request("three cards: Zero Trust, Real-time alerts, SOC2 ready, glitchy") with { Ledger = Ledger, Turn = 7 };

        var first = await Generator().GenerateAsync(request);
        var second = await new OfflineSceneGenerator().GenerateAsync(request);

        second.Code.Should().Be(first.Code);
        second.Should().Be(first);
    }

    [Fact]
    public async Task An_edit_keeps_the_id_and_changes_only_what_was_asked()
    {
        var created = await Generator().GenerateAsync(Request("an intro for Spinlio with our logo") with { Ledger = Ledger });
        var edit = Request("make the background navy blue") with
        {
            Mode = SceneGenerationMode.Edit,
            EditKind = EditKind.Surgical,
            Current = Stored(created.Spec!),
            Turn = 2,
            Ledger = Ledger,
        };

        var edited = await Generator().GenerateAsync(edit);

        edited.SceneId.Should().Be(created.SceneId);
        edited.DurationInFrames.Should().Be(created.DurationInFrames);
        edited.Spec!.Background.Color.Should().Be("#000080");
        edited.Code.Should().Contain("background: \"#000080\"").And.NotBe(created.Code);
        _logger.Entries.Should().Contain(e => e.EventId.Id == 3201 && e.Level == LogLevel.Debug);
    }

    [Fact]
    public async Task A_duration_edit_changes_only_the_duration_export()
    {
        var created = await Generator().GenerateAsync(Request("an intro for Spinlio"));
        var edit = Request("make it 4 seconds") with { Mode = SceneGenerationMode.Edit, EditKind = EditKind.DurationOnly, Current = Stored(created.Spec!) };

        var edited = await Generator().GenerateAsync(edit);

        edited.DurationInFrames.Should().Be(120);
        edited.Spec.Should().Be(created.Spec! with { DurationInFrames = 120 });
        edited.Code.Should().EndWith($"export const durationInFrames_{created.SceneId} = 120;\n");
    }

    [Fact]
    public async Task An_edit_nothing_understands_is_logged_and_returns_the_same_code()
    {
        var created = await Generator().GenerateAsync(Request("an intro for Spinlio"));
        var edit = Request("hmm") with { Mode = SceneGenerationMode.Edit, Current = Stored(created.Spec!) };

        var edited = await Generator().GenerateAsync(edit);

        edited.Code.Should().Be(created.Code);
        _logger.Entries.Should().Contain(e => e.EventId.Id == 3203 && e.Level == LogLevel.Information);
    }

    [Fact]
    public async Task An_edit_of_a_scene_without_a_spec_is_planned_again_keeping_id_name_and_duration()
    {
        var llmScene = new StoredScene("p1", "c1", "llm00001", 1, "Hand written", SceneContract.Scenes.Minimal, 75, null, 3, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, null);
        var edit = Request("an intro for Spinlio on a navy blue background") with { Mode = SceneGenerationMode.Edit, Current = llmScene };

        var edited = await Generator().GenerateAsync(edit);

        edited.SceneId.Should().Be("llm00001");
        edited.Name.Should().Be("Hand written");
        edited.DurationInFrames.Should().Be(75);
        edited.Spec!.Background.Color.Should().Be("#000080");
        _logger.Entries.Should().Contain(e => e.EventId.Id == 3202 && e.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task An_edit_of_a_scene_without_a_spec_takes_a_requested_duration()
    {
        var llmScene = new StoredScene("p1", "c1", "llm00001", 1, "Hand written", SceneContract.Scenes.Minimal, 75, null, 3, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, null);
        var edit = Request("an intro for Spinlio") with { Mode = SceneGenerationMode.Edit, Current = llmScene, RequestedDurationInFrames = 45 };

        (await Generator().GenerateAsync(edit)).DurationInFrames.Should().Be(45);
    }

    [Fact]
    public async Task Hostile_prompts_still_give_valid_code()
    {
        var prompts = new[]
        {
            "a scene with the headline \"{{#each}}</script><script>alert(1)</script>\"",
            "title \"`${process.env.SECRET}`\" and tagline \"\\u2028 line \\n break\"",
            "\"import x from 'y'; Math.random(); fetch('/steal')\"",
            new string('"', 501),
            "cards: " + string.Join(", ", Enumerable.Repeat("{ } < > & \\", 10)),
            "",
        };

        foreach (var prompt in prompts)
        {
            var scene = await Generator().GenerateAsync(Request(prompt));

            _checker.Check(scene.Code).Errors.Should().BeEmpty(prompt);
            scene.Code.Should().NotContain("</script>").And.NotContain("{{#each").And.NotContain("${process");
        }
    }

    [Fact]
    public async Task User_text_is_logged_only_at_trace()
    {
        await Generator().GenerateAsync(Request("an intro for SecretProductX"));

        _logger.Entries.Where(e => e.Message.Contains("SecretProductX", StringComparison.Ordinal)).Should().OnlyContain(e => e.Level == LogLevel.Trace);
        _logger.Entries.Should().Contain(e => e.EventId.Id == 3205 && e.Level == LogLevel.Trace);
        _logger.Entries.Should().Contain(e => e.EventId.Id == 3200 && e.Level == LogLevel.Debug);
        _logger.Entries.Should().OnlyContain(e => e.EventId.Id >= 3200 && e.EventId.Id <= 3299);
    }

    [Fact]
    public async Task Code_the_checker_refuses_is_never_returned()
    {
        var strict = new SceneContractChecker(Options.Create(new SceneContractOptions { MaxCodeLength = 50 }));
        var generator = new OfflineSceneGenerator(strict, _logger);

        var act = async () => await generator.GenerateAsync(Request("an intro for Spinlio"));

        (await act.Should().ThrowAsync<SceneGenerationException>()).Which.Code.Should().Be("scene-contract-violation");
        _logger.Entries.Should().Contain(e => e.EventId.Id == 3204 && e.Level == LogLevel.Error && e.Message.Contains("code-too-large", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_cancelled_request_is_not_generated()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        var act = async () => await Generator().GenerateAsync(Request("an intro"), cancel.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task Invalid_requests_are_rejected()
    {
        var generator = Generator();

        await ((Func<Task>)(async () => await generator.GenerateAsync(null!))).Should().ThrowAsync<ArgumentNullException>();
        await ((Func<Task>)(async () => await generator.GenerateAsync(Request("x") with { Mode = SceneGenerationMode.Edit }))).Should().ThrowAsync<ArgumentException>().WithMessage("*Current*");
        await ((Func<Task>)(async () => await generator.GenerateAsync(Request("x") with { Fps = 241 }))).Should().ThrowAsync<ArgumentOutOfRangeException>();
        await ((Func<Task>)(async () => await generator.GenerateAsync(Request("x") with { SceneId = "short" }))).Should().ThrowAsync<ArgumentException>();
        await ((Func<Task>)(async () => await generator.GenerateAsync(Request("x") with { Style = null! }))).Should().ThrowAsync<ArgumentNullException>();
        ((Action)(() => _ = new OfflineSceneGenerator(null!, _logger))).Should().Throw<ArgumentNullException>();
        ((Action)(() => _ = new OfflineSceneGenerator(_checker, null!))).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void The_generator_is_an_ISceneGenerator()
    {
        ISceneGenerator generator = Generator();

        generator.Should().BeOfType<OfflineSceneGenerator>();
    }

    [Fact]
    public void Requests_compare_by_value()
    {
        var a = Request("x") with { AttachedAssetUrls = [NewUpload] };
        var b = Request("x") with { AttachedAssetUrls = [NewUpload] };

        a.Should().Be(b);
        a.Should().NotBe(b with { Turn = 2 });
        a.Should().NotBe(b with { AttachedAssetUrls = default });
    }
}
