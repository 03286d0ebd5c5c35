using BazaarVid.SceneCheck.Tests.Runner;
using BazaarVid.Samples.Console.Running;
using BazaarVid.Samples.Console.Sessions;

namespace BazaarVid.SceneCheck.Tests.Checks;

/// <summary>The 30-prompt sample session, played offline, then every scene it produced through the real Remotion toolchain.</summary>
[Collection(nameof(SceneCheckGroup))]
public sealed class SampleSessionTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "bv-scenecheck-sample-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    [Fact]
    public async Task Every_scene_of_the_sample_session_parses_type_checks_and_renders()
    {
        var settings = new SampleSettings(_work, null, null);
        (await SessionCommand.RunAsync(SessionFile.Shipped, settings, CancellationToken.None)).Should().Be(0);
        var scenes = Directory.GetFiles(Path.Combine(_work, "scenes"), "*.tsx");
        scenes.Should().HaveCountGreaterThanOrEqualTo(8);

        var run = await SceneCheckRunner.ForThisRepository().RunAsync(new SceneCheckRequest(Path.Combine(_work, "scenes"), Path.Combine(_work, "check"))
        {
            AssetsDirectory = settings.AssetFolder,
            AssetBaseUrl = new Uri(SampleSettings.AssetBaseUrl),
            ContactSheet = true,
        });

        run.ExitCode.Should().Be(0, run.Describe());
        var report = run.RequireReport();
        report.Scenes.Should().HaveCount(scenes.Length);
        report.Scenes.Should().OnlyContain(s => s.Ok, run.Describe());
    }
}
