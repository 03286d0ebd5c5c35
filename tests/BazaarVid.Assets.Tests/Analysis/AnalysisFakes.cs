using System.Collections.Concurrent;
using System.Collections.Immutable;
using BazaarVid.Context;

namespace BazaarVid.Assets.Tests.Analysis;

/// <summary>Builds assets for tests.</summary>
internal static class TestAssets
{
    public static readonly DateTimeOffset Created = new(2026, 1, 1, 8, 0, 0, TimeSpan.Zero);

    public static Asset Upload(
        string id = "logo-1",
        AssetType type = AssetType.Image,
        string mime = "image/png",
        int? width = 512,
        int? height = 512,
        string[]? tags = null,
        string project = "proj-1",
        string conversation = "conv-1") =>
        new(id, project, conversation, $"https://cdn.bazaarvid.test/{project}/{id}.bin", type, mime, width, height, null,
            new string('a', 64), 1234, id + ".bin", [.. (tags ?? []).Order(StringComparer.Ordinal)], true, 0, AssetSource.Upload, Created);

    public static Asset Reference(
        string url = "https://images.example.com/hero",
        AssetType type = AssetType.Image,
        string mime = "application/octet-stream",
        int? width = null,
        int? height = null,
        string id = "ref-1") =>
        new(id, "proj-1", "conv-1", url, type, mime, width, height, null, null, null, null, [], false, 0, AssetSource.Reference, Created);
}

/// <summary>An <see cref="IMediaProbe"/> that returns a scripted result and counts its calls.</summary>
internal sealed class FakeMediaProbe(Func<byte[], MediaInfo> probe) : IMediaProbe
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public MediaInfo Probe(ReadOnlySpan<byte> content, string? fileName = null)
    {
        Interlocked.Increment(ref _calls);
        return probe(content.ToArray());
    }
}

/// <summary>An <see cref="ISafeHttpFetcher"/> that serves scripted bytes (or throws) and records the URLs asked for.</summary>
internal sealed class FakeFetcher(Func<Uri, FetchedContent> fetch) : ISafeHttpFetcher
{
    public ConcurrentQueue<Uri> Requests { get; } = new();

    public Task<FetchedContent> FetchAsync(Uri url, CancellationToken cancellationToken = default)
    {
        Requests.Enqueue(url);
        try
        {
            return Task.FromResult(fetch(url));
        }
        catch (Exception e)
        {
            return Task.FromException<FetchedContent>(e);
        }
    }

    public static FakeFetcher Serving(byte[] bytes) => new(url => new FetchedContent(url, "image/jpeg", bytes, 0));
}

/// <summary>
/// An analyzer scripted per call. By default it waits for <see cref="Open"/> (honouring cancellation) and then answers
/// with a fixed analysis.
/// </summary>
internal sealed class GatedAnalyzer : IImageAnalyzer
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _firstStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Func<Asset, CancellationToken, Task<ImageAnalysis>>? _behaviour;
    private int _calls;

    public GatedAnalyzer(Func<Asset, CancellationToken, Task<ImageAnalysis>>? behaviour = null)
    {
        _behaviour = behaviour;
    }

    public int Calls => Volatile.Read(ref _calls);

    public ConcurrentQueue<string> Started { get; } = new();

    public Task FirstStarted => _firstStarted.Task;

    public bool IgnoreCancellation { get; init; }

    public static ImageAnalysis Result(string summary = "Square PNG logo with transparency, 512×512") =>
        new("logo", summary, ["logo", "square"], ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, string>("format", "png")]));

    public void Open() => _gate.TrySetResult();

    public async ValueTask<ImageAnalysis> AnalyzeAsync(Asset asset, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        Started.Enqueue(asset.Id);
        _firstStarted.TrySetResult();
        if (_behaviour is not null)
        {
            return await _behaviour(asset, cancellationToken);
        }

        await (IgnoreCancellation ? _gate.Task : _gate.Task.WaitAsync(cancellationToken));
        return Result($"Analysis of {asset.Id}");
    }
}

/// <summary>A context manager that delegates to the real one but fails every image-fact write.</summary>
internal sealed class FailingFactContextManager(IContextManager inner) : IContextManager
{
    public ValueTask<AppendResult> AppendUserMessageAsync(ConversationKey key, string text, IReadOnlyList<MessageAttachment>? attachments = null, CancellationToken cancellationToken = default) => inner.AppendUserMessageAsync(key, text, attachments, cancellationToken);

    public ValueTask<AppendResult> AppendAssistantMessageAsync(ConversationKey key, string text, CancellationToken cancellationToken = default) => inner.AppendAssistantMessageAsync(key, text, cancellationToken);

    public ValueTask<ConversationContext> GetContextAsync(ConversationKey key, CancellationToken cancellationToken = default) => inner.GetContextAsync(key, cancellationToken);

    public ValueTask<ImmutableArray<ConversationMessage>> ReadHistoryAsync(ConversationKey key, long afterSequence = 0, int maxCount = 1000, CancellationToken cancellationToken = default) => inner.ReadHistoryAsync(key, afterSequence, maxCount, cancellationToken);

    public ValueTask<ConversationContext> RecordAssetsAsync(ConversationKey key, IReadOnlyList<AssetReference> assets, CancellationToken cancellationToken = default) => inner.RecordAssetsAsync(key, assets, cancellationToken);

    public ValueTask<ConversationContext> RecordSceneCreatedAsync(ConversationKey key, SceneCreated change, CancellationToken cancellationToken = default) => inner.RecordSceneCreatedAsync(key, change, cancellationToken);

    public ValueTask<ConversationContext> RecordSceneEditedAsync(ConversationKey key, SceneEdited change, CancellationToken cancellationToken = default) => inner.RecordSceneEditedAsync(key, change, cancellationToken);

    public ValueTask<ConversationContext> RecordSceneDeletedAsync(ConversationKey key, string sceneId, CancellationToken cancellationToken = default) => inner.RecordSceneDeletedAsync(key, sceneId, cancellationToken);

    public ValueTask<ConversationContext> AddImageFactAsync(ConversationKey key, ImageFact fact, CancellationToken cancellationToken = default) =>
        ValueTask.FromException<ConversationContext>(new InvalidOperationException("the store is down"));

    public ValueTask<ConversationContext> UpdatePreferencesAsync(ConversationKey key, IReadOnlyList<PreferenceObservation> observations, CancellationToken cancellationToken = default) => inner.UpdatePreferencesAsync(key, observations, cancellationToken);

    public ValueTask<ConversationContext> SetMetadataAsync(ConversationKey key, string name, string? value, CancellationToken cancellationToken = default) => inner.SetMetadataAsync(key, name, value, cancellationToken);

    public void Invalidate(ConversationKey key) => inner.Invalidate(key);
}
