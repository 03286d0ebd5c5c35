using System.Collections.Immutable;
using System.Globalization;
using BazaarVid.Assets;
using BazaarVid.Brain;
using BazaarVid.Context;
using BazaarVid.Storage.Postgres;
using Microsoft.Extensions.DependencyInjection;

// Usage: CrashHost <connection string> <schema> <project> <conversation> <run>
// Runs one session on the conversation until killed. After each call completes it prints one line:
//   ready <last sequence>                 the context loaded (so a previous crash left it loadable)
//   ack message <sequence> <text>         a message is stored
//   ack asset <asset id> <url>            an asset is stored, pinned in the ledger, and its analysis durably queued
//   ack scene <scene id>                  a scene is stored and recorded in the storyboard
if (args.Length != 5)
{
    Console.Error.WriteLine("usage: CrashHost <connection string> <schema> <project> <conversation> <run>");
    return 2;
}

var (connectionString, schema, project, conversation) = (args[0], args[1], args[2], args[3]);
var run = int.Parse(args[4], CultureInfo.InvariantCulture);
var services = new ServiceCollection();
services.AddSingleton<IImageAnalyzer, InstantAnalyzer>();
services.AddBazaarVid().UsePostgres(o =>
{
    o.ConnectionString = connectionString;
    o.Schema = schema;
    o.ImageJobs.Lease = TimeSpan.FromSeconds(1);
    o.ImageJobs.PollInterval = TimeSpan.FromMilliseconds(200);
});
services.Configure<ContextOptions>(o => o.MaxConflictRetries = 50);
await using var provider = services.BuildServiceProvider();
var manager = provider.GetRequiredService<IContextManager>();
var assets = provider.GetRequiredService<IAssetContextStore>();
var scenes = provider.GetRequiredService<ISceneStore>();
var analysis = (PostgresImageProcessor)provider.GetRequiredService<IAsyncImageProcessor>();
var key = new ConversationKey(project, conversation);
var output = Console.Out;

var context = await manager.GetContextAsync(key);
output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ready {context.State.LastSequence}"));
output.Flush();
for (var i = 0; ; i++)
{
    var text = string.Create(CultureInfo.InvariantCulture, $"run {run} message {i}");
    var user = await manager.AppendUserMessageAsync(key, text);
    Ack($"message {user.Message.Sequence} {text}");

    if (i % 3 == 0)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"r{run}a{i}");
        var asset = new Asset(
            id, project, conversation, $"https://cdn.bazaarvid.test/{project}/{id}.png", AssetType.Image, "image/png", 256, 256, null,
            "sha256-" + id, 1024, id + ".png", ["logo"], false, 0, AssetSource.Upload, DateTimeOffset.UtcNow);
        var stored = await assets.AppendAsync(asset);
        await manager.RecordAssetsAsync(key, [AssetIntake.ToLedgerReference(stored)]);
        analysis.StartImageAnalysis(stored, string.Create(CultureInfo.InvariantCulture, $"request-{run}-{i}"));
        await analysis.FlushAsync();
        Ack($"asset {stored.Id} {stored.Url}");
    }

    if (i % 4 == 1)
    {
        var sceneId = string.Create(CultureInfo.InvariantCulture, $"r{run:00}s{i:0000}");
        var now = DateTimeOffset.UtcNow;
        var order = (await manager.GetContextAsync(key)).State.Storyboard.Scenes.Length + 1;
        await scenes.CreateAsync(new StoredScene(project, conversation, sceneId, order, "Scene " + sceneId, $"export const Scene_{sceneId} = () => null;", 90, null, 1, now, now, null));
        await manager.RecordSceneCreatedAsync(key, new SceneCreated(sceneId, "Scene " + sceneId, 90, "A scene of the crash test"));
        Ack($"scene {sceneId}");
    }

    if (i % 5 == 4)
    {
        var reply = string.Create(CultureInfo.InvariantCulture, $"run {run} reply {i}");
        var assistant = await manager.AppendAssistantMessageAsync(key, reply);
        Ack($"message {assistant.Message.Sequence} {reply}");
    }
}

void Ack(string line)
{
    output.WriteLine("ack " + line);
    output.Flush();
}

/// <summary>Answers at once: the crash test is about durability, not analysis.</summary>
internal sealed class InstantAnalyzer : IImageAnalyzer
{
    public ValueTask<ImageAnalysis> AnalyzeAsync(Asset asset, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(new ImageAnalysis("logo", "Square logo", ["logo"], ImmutableSortedDictionary<string, string>.Empty));
}
