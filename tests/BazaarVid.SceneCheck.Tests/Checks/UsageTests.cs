using BazaarVid.SceneCheck.Tests.Runner;

namespace BazaarVid.SceneCheck.Tests.Checks;

[Collection(nameof(SceneCheckGroup))]
public sealed class UsageTests(SceneCheckFixture fixture) : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);
    private readonly string _temp = Directory.CreateTempSubdirectory("scene-check-usage-").FullName;

    [Fact]
    public async Task Without_scenes_the_checker_exits_with_2_and_prints_its_usage()
    {
        fixture.Runner.EnsurePrerequisites();

        var output = await fixture.Runner.RunCheckerAsync(["--out", Path.Combine(_temp, "report.json")], Timeout);

        output.ExitCode.Should().Be(2, output.StandardError);
        output.StandardError.Should().Contain("--scenes <dir> is required").And.Contain("usage: node tools/scene-check/check.mjs");
        File.Exists(Path.Combine(_temp, "report.json")).Should().BeFalse();
    }

    [Fact]
    public async Task An_empty_scenes_folder_exits_with_2()
    {
        fixture.Runner.EnsurePrerequisites();

        var output = await fixture.Runner.RunCheckerAsync(["--scenes", _temp, "--out", Path.Combine(_temp, "report.json")], Timeout);

        output.ExitCode.Should().Be(2, output.StandardError);
        output.StandardError.Should().Contain("no *.tsx scenes in");
    }

    [Theory]
    [InlineData("--assets {assets}", "--assets and --asset-base-url go together")]
    [InlineData("--assets {assets} --asset-base-url ftp://cdn.test/", "--asset-base-url must be http(s)")]
    [InlineData("--assets {assets} --asset-base-url not-a-url", "--asset-base-url is not an absolute URL")]
    [InlineData("--assets /no/such/assets --asset-base-url https://cdn.test/", "--assets is not a directory")]
    [InlineData("--fps 0", "--fps must be between 1 and 240")]
    [InlineData("--width wide", "--width must be a positive integer")]
    [InlineData("--unknown 1", "Unknown option '--unknown'")]
    public async Task A_bad_option_exits_with_2_and_names_the_problem(string options, string message)
    {
        fixture.Runner.EnsurePrerequisites();
        var scenes = Path.Combine(SceneCheckFixture.ScenesRoot, "good");
        var extra = options.Replace("{assets}", SceneCheckFixture.AssetsDirectory, StringComparison.Ordinal).Split(' ');

        var output = await fixture.Runner.RunCheckerAsync(["--scenes", scenes, "--out", Path.Combine(_temp, "report.json"), .. extra], Timeout);

        output.ExitCode.Should().Be(2, output.StandardError);
        output.StandardError.Should().Contain(message);
    }

    [Fact]
    public async Task Skip_render_checks_syntax_and_types_only()
    {
        fixture.Runner.EnsurePrerequisites();

        var run = await fixture.Runner.RunAsync(new SceneCheckRequest(Path.Combine(SceneCheckFixture.ScenesRoot, "bad"), _temp)
        {
            SkipRender = true,
            ContactSheet = false,
        });

        run.ExitCode.Should().Be(1, run.Describe());
        run.RequireReport().Scenes.Should().OnlyContain(s => s.Checks.Render.Skipped && s.Stills.Count == 0);
        run.Scene("interpolate-mismatch.tsx").Ok.Should().BeTrue("it passes syntax and types; only a render catches it");
        run.Scene("undefined-variable.tsx").Checks.Types.Ok.Should().BeFalse();
        File.Exists(run.Request.ContactSheetPath).Should().BeFalse();
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);
}
