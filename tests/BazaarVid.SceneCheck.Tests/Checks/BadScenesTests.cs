using System.Text.Json;
using BazaarVid.SceneCheck.Tests.Runner;

namespace BazaarVid.SceneCheck.Tests.Checks;

[Collection(nameof(SceneCheckGroup))]
public sealed class BadScenesTests(SceneCheckFixture fixture)
{
    public static TheoryData<string> BadSceneFiles() => new(BadSceneManifest.Load().Scenes.Select(s => s.File));

    [Theory]
    [MemberData(nameof(BadSceneFiles))]
    public async Task Each_bad_scene_is_rejected_by_its_expected_check_with_its_message(string file)
    {
        var expected = BadSceneManifest.Load().Scenes.Single(s => s.File == file);
        var run = await fixture.BadAsync();

        var scene = run.Scene(file);
        var check = scene.Checks[expected.Check];
        scene.Ok.Should().BeFalse();
        check.Ok.Should().BeFalse(run.Describe());
        check.Skipped.Should().BeFalse();
        var errors = check.Errors.Where(e => e.Message.Contains(expected.Message, StringComparison.Ordinal)).ToList();
        errors.Should().NotBeEmpty("{0} {1} should report \"{2}\"\n{3}", file, expected.Check, expected.Message, run.Describe());
        if (expected.Line is { } line)
        {
            errors.Should().Contain(e => e.Line == line && e.Column > 0, "the error points at line {0} of {1}", line, file);
        }

        foreach (var passing in expected.Passes ?? [])
        {
            scene.Checks[passing].Ok.Should().BeTrue("{0} should pass {1}\n{2}", file, passing, run.Describe());
        }
    }

    [Fact]
    public async Task The_bad_run_exits_with_1_and_fails_every_scene()
    {
        var run = await fixture.BadAsync();

        run.ExitCode.Should().Be(1, run.Describe());
        var report = run.RequireReport();
        report.Totals.Failed.Should().Be(report.Totals.Scenes);
        report.Scenes.Should().OnlyContain(s => !s.Ok);
    }

    [Fact]
    public async Task A_syntax_error_skips_the_later_checks_and_leaves_the_bundle_to_the_others()
    {
        var run = await fixture.BadAsync();

        var broken = run.Scene("syntax-error.tsx");
        broken.Checks.Types.Skipped.Should().BeTrue();
        broken.Checks.Render.Skipped.Should().BeTrue();
        broken.Stills.Should().BeEmpty();
        // Scenes that only fail their type check still render from the same bundle as the broken ones.
        var rendered = run.Scene("bad-spring-option.tsx");
        rendered.Checks.Render.Ok.Should().BeTrue(run.Describe());
        rendered.Stills.Select(s => s.Frame).Should().Equal(0, 29, 59);
    }

    [Fact]
    public async Task A_scene_that_fails_at_frame_0_stops_rendering_there()
    {
        var run = await fixture.BadAsync();

        var scene = run.Scene("interpolate-mismatch.tsx");
        scene.Stills.Should().BeEmpty();
        scene.Checks.Render.Errors.Should().ContainSingle(e => e.Message.StartsWith("frame 0: ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_manifest_lists_every_bad_scene_file_once()
    {
        var files = Directory.GetFiles(Path.Combine(SceneCheckFixture.ScenesRoot, "bad"), "*.tsx").Select(Path.GetFileName);

        BadSceneManifest.Load().Scenes.Select(s => s.File).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(files);
        foreach (var scene in BadSceneManifest.Load().Scenes)
        {
            SceneChecks.Names.Should().Contain(scene.Check, scene.File);
            (scene.Passes ?? []).Where(c => !SceneChecks.Names.Contains(c) || c == scene.Check).Should().BeEmpty(scene.File);
        }
    }
}

/// <summary>Scenes/bad/manifest.json: the check expected to reject each known-bad scene.</summary>
public sealed record BadSceneManifest(IReadOnlyList<BadSceneExpectation> Scenes)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static BadSceneManifest Load()
    {
        var path = Path.Combine(SceneCheckFixture.ScenesRoot, "bad", "manifest.json");
        return JsonSerializer.Deserialize<BadSceneManifest>(File.ReadAllText(path), JsonOptions)
            ?? throw new InvalidOperationException($"empty manifest {path}");
    }
}

/// <summary>One known-bad scene: the check that rejects it, a substring of the message, the line, the checks it passes.</summary>
public sealed record BadSceneExpectation(string File, string Check, string Message, int? Line, IReadOnlyList<string>? Passes);
