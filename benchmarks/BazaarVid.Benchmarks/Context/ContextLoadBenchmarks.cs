using System.Text.Json;
using BazaarVid.Context;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Caching.Memory;

namespace BazaarVid.Benchmarks.Context;

/// <summary>
/// Loading a conversation context: from the cache, and uncached from the store, against the floor of any load:
/// System.Text.Json deserialization of the same context (source-generated).
/// Goals: uncached ≤ 2× the baseline; a cache hit ≤ 1 µs.
/// </summary>
public class ContextLoadBenchmarks
{
    private byte[] _serialized = [];
    private ConversationKey _key = null!;
    private ContextManager _cached = null!;
    private ContextManager _uncached = null!;
    private MemoryCache _cache = null!;

    [Params(30, 300, 3000)]
    public int Messages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var store = new InMemoryConversationStore();
        _cache = new MemoryCache(new MemoryCacheOptions());
        _cached = ConversationFixture.CreateManager(store, _cache);
        _uncached = ConversationFixture.CreateManager(store, new ConversationFixture.NeverCache());
        _key = ConversationFixture.FillAsync(_cached, Messages).GetAwaiter().GetResult();
        var context = _cached.GetContextAsync(_key).AsTask().GetAwaiter().GetResult();
        _serialized = JsonSerializer.SerializeToUtf8Bytes(context, ContextJsonContext.Default.ConversationContext);
    }

    [GlobalCleanup]
    public void Cleanup() => _cache.Dispose();

    [Benchmark(Baseline = true, Description = "STJ deserialize (floor)")]
    public ConversationContext? DeserializeBaseline() => JsonSerializer.Deserialize(_serialized, ContextJsonContext.Default.ConversationContext);

    [Benchmark(Description = "load, cache miss")]
    public ValueTask<ConversationContext> LoadUncached() => _uncached.GetContextAsync(_key);

    [Benchmark(Description = "load, cache hit")]
    public ValueTask<ConversationContext> LoadCached() => _cached.GetContextAsync(_key);
}
