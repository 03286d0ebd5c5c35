using System.Collections.Immutable;
using BazaarVid.Assets;
using BazaarVid.Brain;
using BazaarVid.Context;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace BazaarVid.Benchmarks.Brain;

/// <summary>
/// The brain on a 30-prompt context (the sample session, played offline in setup). The baseline is the decision
/// (intent analysis + routing) with nothing else running; the same decision while slow image analyses are in
/// flight must cost the same (goal: ratio ≤ 1.05). A full offline turn (persist, assets, context, style, decide,
/// generate, validate, store) is measured too. Goals: decision ≤ 1 ms, full turn ≤ 5 ms.
/// </summary>
public class BrainBenchmarks
{
    private static readonly ConversationKey Key = new("bench", "session");
    private ServiceProvider _quiet = null!;
    private ServiceProvider _busy = null!;
    private TaskCompletionSource _gate = null!;
    private IntentRequest _quietRequest = null!;
    private IntentRequest _busyRequest = null!;
    private int _turn;

    [GlobalSetup]
    public void Setup()
    {
        _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _quiet = Build(null);
        _busy = Build(new GatedAnalyzer(_gate.Task));
        _quietRequest = PlaySessionAsync(_quiet).GetAwaiter().GetResult();
        _busyRequest = PlaySessionAsync(_busy).GetAwaiter().GetResult();
        var processor = _busy.GetRequiredService<IAsyncImageProcessor>();
        var assets = _busy.GetRequiredService<IAssetContextStore>().GetAsync(Key.ProjectId, Key.ConversationId).AsTask().GetAwaiter().GetResult();
        for (var i = 0; i < 8; i++)
        {
            processor.StartImageAnalysis(assets.Assets[i % assets.Assets.Length] with { Id = "slow" + i }, "slow-" + i);
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _gate.TrySetResult();
        _quiet.Dispose();
        _busy.Dispose();
    }

    [Benchmark(Baseline = true, Description = "decision (intent + route)")]
    public Task<SceneRoute> Decision() => DecideAsync(_quiet, _quietRequest);

    [Benchmark(Description = "decision, 8 slow image analyses in flight")]
    public Task<SceneRoute> DecisionWithAnalysisInFlight() => DecideAsync(_busy, _busyRequest);

    [Benchmark(Description = "full offline turn (edit)")]
    public Task<BrainResponse> OfflineTurn() =>
        _quiet.GetRequiredService<BrainOrchestrator>().ProcessAsync(new BrainRequest(Key.ProjectId, Key.ConversationId, (_turn++ % 2 == 0) ? "Make the tagline bigger" : "Make the tagline smaller"));

    private static async Task<SceneRoute> DecideAsync(ServiceProvider services, IntentRequest request)
    {
        var decision = await services.GetRequiredService<IIntentAnalyzer>().AnalyzeAsync(request);
        return await services.GetRequiredService<ISceneRouter>().RouteAsync(decision, request);
    }

    private static ServiceProvider Build(IImageAnalyzer? analyzer)
    {
        var services = new ServiceCollection();
        if (analyzer is not null)
        {
            services.AddSingleton(analyzer);
        }

        services.AddBazaarVidAssets(o =>
        {
            o.BlobStore.RootPath = Path.Combine(Path.GetTempPath(), "bv-bench-" + Guid.NewGuid().ToString("N"));
            o.BlobStore.PublicBaseUrl = "https://cdn.bazaarvid.test/assets/";
            o.BlobStore.FlushToDisk = false;
        });
        services.AddBazaarVid();
        return services.BuildServiceProvider();
    }

    /// <summary>Plays the sample's 30 prompts (uploads included) and returns the decision input for prompt 31.</summary>
    private static async Task<IntentRequest> PlaySessionAsync(ServiceProvider services)
    {
        var brain = services.GetRequiredService<BrainOrchestrator>();
        var folder = Path.Combine(AppContext.BaseDirectory, "SampleSession");
        foreach (var line in File.ReadLines(Path.Combine(folder, "session.jsonl")))
        {
            var item = System.Text.Json.JsonDocument.Parse(line).RootElement;
            var uploads = item.GetProperty("uploads").EnumerateArray()
                .Select(u => new UploadedFile(new MemoryStream(File.ReadAllBytes(Path.Combine(folder, u.GetString()!))), Path.GetFileName(u.GetString()!)))
                .ToImmutableArray();
            await brain.ProcessAsync(new BrainRequest(Key.ProjectId, Key.ConversationId, item.GetProperty("prompt").GetString()!, uploads));
        }

        var context = await services.GetRequiredService<IContextManager>().GetContextAsync(Key);
        return new IntentRequest("Make the pricing one bigger and use the same background as scene 1", context, [], [], 30);
    }

    /// <summary>An analyzer that never finishes until the benchmark ends: analysis in flight the whole time.</summary>
    private sealed class GatedAnalyzer(Task gate) : IImageAnalyzer
    {
        public async ValueTask<ImageAnalysis> AnalyzeAsync(Asset asset, CancellationToken cancellationToken = default)
        {
            await gate.WaitAsync(cancellationToken);
            throw new OperationCanceledException();
        }
    }
}
