using BazaarVid.SceneCheck.Tests.Runner;

namespace BazaarVid.SceneCheck.Tests.Checks;

/// <summary>
/// Runs the checker once over the good scenes and once over the bad ones (each on first use) and shares the runs
/// with every test of the collection. Output goes to scene-check-out/&lt;set&gt;/ next to the test assembly
/// (report.json, stills/, index.html) so it can be opened after a run.
/// </summary>
public sealed class SceneCheckFixture
{
    /// <summary>The public base URL the fixture scenes use for their assets.</summary>
    public static readonly Uri AssetBaseUrl = new("https://cdn.bazaarvid.test/assets/");

    private readonly Lazy<Task<SceneCheckRun>> _good;
    private readonly Lazy<Task<SceneCheckRun>> _bad;

    public SceneCheckFixture()
    {
        _good = new(() => RunSetAsync("good"));
        _bad = new(() => RunSetAsync("bad"));
    }

    public static string ScenesRoot => Path.Combine(AppContext.BaseDirectory, "Scenes");

    public static string AssetsDirectory => Path.Combine(ScenesRoot, "assets");

    public SceneCheckRunner Runner { get; } = SceneCheckRunner.ForThisRepository();

    public Task<SceneCheckRun> GoodAsync() => _good.Value;

    public Task<SceneCheckRun> BadAsync() => _bad.Value;

    public static string OutputDirectory(string set) => Path.Combine(AppContext.BaseDirectory, "scene-check-out", set);

    private async Task<SceneCheckRun> RunSetAsync(string set)
    {
        Runner.EnsurePrerequisites();
        return await Runner.RunAsync(new SceneCheckRequest(Path.Combine(ScenesRoot, set), OutputDirectory(set))
        {
            AssetsDirectory = AssetsDirectory,
            AssetBaseUrl = AssetBaseUrl,
        });
    }
}

/// <summary>The tests sharing one <see cref="SceneCheckFixture"/>; they run one after the other.</summary>
[CollectionDefinition(nameof(SceneCheckGroup))]
public sealed class SceneCheckGroup : ICollectionFixture<SceneCheckFixture>;
