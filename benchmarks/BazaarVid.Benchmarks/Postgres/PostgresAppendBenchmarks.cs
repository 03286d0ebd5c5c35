using System.Collections.Immutable;
using BazaarVid.Benchmarks.Context;
using BazaarVid.Context;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Caching.Memory;

namespace BazaarVid.Benchmarks.Postgres;

/// <summary>
/// Appending a message to the 30-prompt session on PostgreSQL with durable commits: the store's commit alone (one
/// statement: version-checked snapshot, message insert and notification) and a whole
/// <see cref="IContextManager.AppendUserMessageAsync"/> (load, preferences, compaction, commit, memory sync).
/// For scale, the same append on the in-memory store: the CPU part (preferences, summary, prompt checks) both share.
/// Goal: p50 ≤ 2 ms on loopback.
/// </summary>
[MedianColumn]
public class PostgresAppendBenchmarks
{
    private BenchmarkDatabase _database = null!;
    private ConversationKey _managerKey = null!;
    private ConversationKey _storeKey = null!;
    private ConversationSnapshot _snapshot = null!;
    private ContextManager _inMemory = null!;
    private ConversationKey _inMemoryKey = null!;
    private MemoryCache _cache = null!;

    [GlobalSetup]
    public void Setup()
    {
        _database = BenchmarkDatabase.Start("bench_append");
        _managerKey = _database.SeedSessionAsync().GetAwaiter().GetResult();
        _storeKey = new ConversationKey(_managerKey.ProjectId, "store-commits");
        _snapshot = _database.Manager.GetContextAsync(_managerKey).AsTask().GetAwaiter().GetResult().State with { Version = 0, LastSequence = 0 };
        _cache = new MemoryCache(new MemoryCacheOptions());
        _inMemory = ConversationFixture.CreateManager(new InMemoryConversationStore(), _cache);
        _inMemoryKey = ConversationFixture.FillAsync(_inMemory, 60).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _cache.Dispose();
        _database.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, Description = "IConversationStore.CommitAsync, one message")]
    public async Task StoreCommit()
    {
        var next = _snapshot with { Version = _snapshot.Version + 1, LastSequence = _snapshot.LastSequence + 1, UpdatedAt = DateTimeOffset.UtcNow };
        var message = new ConversationMessage(next.LastSequence, next.LastTurn, MessageRole.User, "Make the tagline bigger.", ImmutableArray<MessageAttachment>.Empty, DateTimeOffset.UtcNow);
        await _database.Conversations.CommitAsync(_storeKey, new ConversationCommit(_snapshot.Version, [message], next));
        _snapshot = next;
    }

    [Benchmark(Description = "IContextManager.AppendUserMessageAsync")]
    public async Task ManagerAppend() => await _database.Manager.AppendUserMessageAsync(_managerKey, "Make the tagline bigger.");

    [Benchmark(Description = "the same append on the in-memory store (CPU part)")]
    public async Task InMemoryAppend() => await _inMemory.AppendUserMessageAsync(_inMemoryKey, "Make the tagline bigger.");
}
