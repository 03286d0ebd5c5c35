using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace BazaarVid.Benchmarks;

/// <summary>The two ways the suite runs: a full run for figures, and a quick in-process run for a smoke check.</summary>
public static class BenchmarkConfigs
{
    /// <summary>Default BenchmarkDotNet job (separate process, full pilot and iterations), memory diagnoser, ratio columns.</summary>
    public static IConfig Full() => Common(DefaultConfig.Instance.AddJob(Job.Default));

    /// <summary>In-process, 3 warm-ups and 5 iterations of about 50 ms: every benchmark of the suite in a few minutes.</summary>
    public static IConfig Quick() => Common(ManualConfig.CreateMinimumViable()
        .AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithWarmupCount(3)
            .WithIterationCount(5)
            .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(50))
            .WithId("Quick")));

    private static IConfig Common(IConfig config) => config
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumn(BaselineRatioColumn.RatioMean)
        .WithOptions(ConfigOptions.DisableLogFile)
        .WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
}
