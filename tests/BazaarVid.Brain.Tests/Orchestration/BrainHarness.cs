using System.Collections.Immutable;
using System.Text.Json;
using BazaarVid.Context;
using Microsoft.Extensions.DependencyInjection;

namespace BazaarVid.Brain.Tests.Orchestration;

/// <summary>The whole SDK offline (AddBazaarVid) over a temporary blob folder, plus the sample session reader.</summary>
public sealed class BrainHarness : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string _root = Path.Combine(Path.GetTempPath(), "bv-brain-" + Guid.NewGuid().ToString("N"));

    public BrainHarness(Action<IServiceCollection>? services = null, Action<BazaarVidBuilder>? builder = null)
    {
        var collection = new ServiceCollection();
        services?.Invoke(collection);
        collection.AddBazaarVidAssets(o =>
        {
            o.BlobStore.RootPath = _root;
            o.BlobStore.PublicBaseUrl = "https://cdn.bazaarvid.test/assets/";
            o.BlobStore.FlushToDisk = false;
        });
        var bazaar = collection.AddBazaarVid();
        builder?.Invoke(bazaar);
        Provider = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public ServiceProvider Provider { get; }

    public BrainOrchestrator Brain => Provider.GetRequiredService<BrainOrchestrator>();

    public IContextManager Context => Provider.GetRequiredService<IContextManager>();

    public ISceneStore Scenes => Provider.GetRequiredService<ISceneStore>();

    public static string SessionFolder => Path.Combine(AppContext.BaseDirectory, "SampleSession");

    public static IReadOnlyList<SessionLine> SampleSession() =>
        [.. File.ReadAllLines(Path.Combine(SessionFolder, "session.jsonl"))
            .Where(l => l.Length > 0)
            .Select(l => JsonSerializer.Deserialize<SessionLine>(l, Json)!)];

    public Task<BrainResponse> SendAsync(string prompt, string conversation = "c1", params string[] uploads) =>
        Brain.ProcessAsync(Request(prompt, conversation, uploads));

    public static BrainRequest Request(string prompt, string conversation = "c1", params string[] uploads) =>
        new("p1", conversation, prompt, [.. uploads.Select(u => new UploadedFile(new MemoryStream(File.ReadAllBytes(Path.Combine(SessionFolder, u))), Path.GetFileName(u)))]);

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    public sealed record SessionLine(string Project, string Conversation, string Prompt, ImmutableArray<string> Uploads, ImmutableArray<string> ImageUrls);
}
