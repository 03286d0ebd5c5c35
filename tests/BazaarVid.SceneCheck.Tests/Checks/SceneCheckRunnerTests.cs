using BazaarVid.SceneCheck.Tests.Runner;

namespace BazaarVid.SceneCheck.Tests.Checks;

public sealed class SceneCheckRunnerTests
{
    private static readonly SceneCheckRunner Runner = SceneCheckRunner.ForThisRepository();

    [Fact]
    public void The_repository_root_is_found_above_the_test_assembly()
    {
        File.Exists(Path.Combine(Runner.RepositoryRoot, RepositoryLocator.CheckScript)).Should().BeTrue();
        Runner.ToolDirectory.Should().Be(Path.Combine(Runner.RepositoryRoot, "tools", "scene-check"));
    }

    [Fact]
    public void Looking_for_the_repository_outside_it_throws_naming_the_marker()
    {
        var act = () => RepositoryLocator.Find(Path.GetTempPath());

        act.Should().Throw<DirectoryNotFoundException>().WithMessage("*tools*scene-check*check.mjs*");
    }

    [Fact]
    public async Task A_missing_request_or_folder_is_rejected_before_anything_runs()
    {
        await Runner.Invoking(r => r.RunAsync(null!)).Should().ThrowAsync<ArgumentNullException>();
        await Runner.Invoking(r => r.RunAsync(new SceneCheckRequest("", "out"))).Should().ThrowAsync<ArgumentException>();
        await Runner.Invoking(r => r.RunAsync(new SceneCheckRequest("/no/such/scenes", "out")))
            .Should().ThrowAsync<DirectoryNotFoundException>().WithMessage("*/no/such/scenes*");
        await Runner.Invoking(r => r.RunAsync(new SceneCheckRequest(SceneCheckFixture.ScenesRoot, "out") { AssetsDirectory = SceneCheckFixture.AssetsDirectory }))
            .Should().ThrowAsync<ArgumentException>().WithMessage("*AssetsDirectory and AssetBaseUrl go together*");
        await Runner.Invoking(r => r.RunAsync(new SceneCheckRequest(SceneCheckFixture.ScenesRoot, "out")
            {
                AssetsDirectory = "/no/such/assets",
                AssetBaseUrl = SceneCheckFixture.AssetBaseUrl,
            }))
            .Should().ThrowAsync<DirectoryNotFoundException>().WithMessage("*/no/such/assets*");
        await Runner.Invoking(r => r.RunCheckerAsync([], TimeSpan.Zero)).Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Missing_prerequisites_are_named_with_the_install_command()
    {
        var runner = new SceneCheckRunner(Directory.CreateTempSubdirectory("scene-check-empty-").FullName);
        try
        {
            var act = runner.EnsurePrerequisites;

            act.Should().Throw<SceneCheckPrerequisitesException>()
                .WithMessage("*@remotion/renderer is not installed in tools/scene-check/node_modules*scripts/prerequisites/node-chromium.sh*");
        }
        finally
        {
            Directory.Delete(runner.RepositoryRoot, recursive: true);
        }
    }

    [Fact]
    public void The_fixture_assets_are_named_by_the_sha256_of_their_content_like_the_blob_store_names_them()
    {
        var assets = Directory.GetFiles(SceneCheckFixture.AssetsDirectory).Where(f => !f.EndsWith(".mjs", StringComparison.Ordinal)).ToList();

        assets.Should().HaveCount(2);
        foreach (var asset in assets)
        {
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(asset)));
            Path.GetFileNameWithoutExtension(asset).Should().Be(hash);
        }
    }
}
