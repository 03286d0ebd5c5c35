using BazaarVid.Brain.Tests.TestSupport;
using BazaarVid.Context;

namespace BazaarVid.Brain.Tests.Styles;

public sealed class StyleCacheTests
{
    private static readonly StyleQuery WesAnderson = StyleQuery.FromPhrase("Wes Anderson");
    private readonly ManualTimeProvider _time = new();

    [Fact]
    public async Task A_researched_style_is_cached_for_30_days_with_a_usage_count_of_one()
    {
        var cache = new InMemoryStyleCache(_time);
        var agent = StyleTestKit.Agent(ScriptedChatClient.AlwaysReturning(StyleTestKit.WesAndersonJson), cache, _time);

        await agent.ResolveAsync(WesAnderson, PreferenceSet.Empty);

        var entry = await cache.GetAsync("wes anderson");
        entry.Should().NotBeNull();
        entry!.CreatedAt.Should().Be(_time.GetUtcNow());
        entry.ExpiresAt.Should().Be(_time.GetUtcNow().AddDays(30));
        entry.UsageCount.Should().Be(1);
        entry.Style.Key.Should().Be("wes-anderson");
    }

    [Fact]
    public async Task A_second_resolve_makes_no_call_and_increments_the_usage_count()
    {
        var cache = new InMemoryStyleCache(_time);
        var client = ScriptedChatClient.AlwaysReturning(StyleTestKit.WesAndersonJson);
        var agent = StyleTestKit.Agent(client, cache, _time);

        var first = await agent.ResolveAsync(WesAnderson, PreferenceSet.Empty);
        var second = await agent.ResolveAsync(StyleQuery.FromPhrase("wes-anderson style"), PreferenceSet.Empty);

        client.CallCount.Should().Be(1);
        second.Kind.Should().Be(StyleMatchKind.Researched);
        second.Style.Should().Be(first.Style);
        (await cache.GetAsync("wes anderson"))!.UsageCount.Should().Be(2);
    }

    [Fact]
    public async Task Another_agent_on_the_same_store_reuses_the_entry_without_a_call()
    {
        var cache = new InMemoryStyleCache(_time);
        var firstClient = ScriptedChatClient.AlwaysReturning(StyleTestKit.WesAndersonJson);
        var secondClient = ScriptedChatClient.AlwaysReturning(StyleTestKit.WesAndersonJson);
        await StyleTestKit.Agent(firstClient, cache, _time).ResolveAsync(WesAnderson, PreferenceSet.Empty);

        var resolution = await StyleTestKit.Agent(secondClient, cache, _time).ResolveAsync(WesAnderson, PreferenceSet.Empty);

        resolution.Kind.Should().Be(StyleMatchKind.Researched);
        secondClient.CallCount.Should().Be(0);
        (await cache.GetAsync("wes anderson"))!.UsageCount.Should().Be(2);
    }

    [Fact]
    public async Task After_30_days_the_entry_is_ignored_and_the_style_is_researched_again()
    {
        var cache = new InMemoryStyleCache(_time);
        var client = ScriptedChatClient.AlwaysReturning(StyleTestKit.WesAndersonJson);
        var agent = StyleTestKit.Agent(client, cache, _time);
        await agent.ResolveAsync(WesAnderson, PreferenceSet.Empty);

        _time.Advance(TimeSpan.FromDays(30) - TimeSpan.FromSeconds(1));
        await agent.ResolveAsync(WesAnderson, PreferenceSet.Empty);
        client.CallCount.Should().Be(1);

        _time.Advance(TimeSpan.FromSeconds(1));
        var resolution = await agent.ResolveAsync(WesAnderson, PreferenceSet.Empty);

        client.CallCount.Should().Be(2);
        resolution.Kind.Should().Be(StyleMatchKind.Researched);
        var entry = await cache.GetAsync("wes anderson");
        entry!.CreatedAt.Should().Be(_time.GetUtcNow());
        entry.UsageCount.Should().Be(1);
    }

    [Fact]
    public async Task An_expired_entry_from_a_store_that_returns_it_is_ignored()
    {
        var store = new RawStore();
        var style = StyleLibrary.Default.Generic with { Key = "wes-anderson" };
        store.Entries["wes anderson"] = new StyleCacheEntry("wes anderson", style, _time.GetUtcNow().AddDays(-31), _time.GetUtcNow().AddDays(-1), 5);
        var logger = new CollectingLogger<StyleAgent>();

        var resolution = await StyleTestKit.Agent(cache: store, time: _time, logger: logger).ResolveAsync(WesAnderson, PreferenceSet.Empty);

        resolution.Kind.Should().Be(StyleMatchKind.Generic);
        logger.Entries.Should().Contain(e => e.Id.Id == 3107 && e.Message.Contains("expired"));
    }

    [Fact]
    public async Task A_stored_entry_with_an_invalid_style_is_ignored()
    {
        var store = new RawStore();
        var tampered = StyleLibrary.Default.Generic with { Key = "wes-anderson", Motion = StyleLibrary.Default.Generic.Motion with { Easing = "alert(1)" } };
        store.Entries["wes anderson"] = new StyleCacheEntry("wes anderson", tampered, _time.GetUtcNow(), _time.GetUtcNow().AddDays(30), 1);
        var client = ScriptedChatClient.AlwaysReturning(StyleTestKit.WesAndersonJson);

        var resolution = await StyleTestKit.Agent(client, store, _time).ResolveAsync(WesAnderson, PreferenceSet.Empty);

        client.CallCount.Should().Be(1);
        resolution.Style.Motion.Easing.Should().Be("Easing.inOut(Easing.cubic)");
    }

    [Fact]
    public async Task A_failing_store_is_logged_and_the_researched_style_is_still_used_and_remembered()
    {
        var logger = new CollectingLogger<StyleAgent>();
        var client = ScriptedChatClient.AlwaysReturning(StyleTestKit.WesAndersonJson);
        var agent = StyleTestKit.Agent(client, new FailingStyleCache(), _time, logger);

        var first = await agent.ResolveAsync(WesAnderson, PreferenceSet.Empty);
        var second = await agent.ResolveAsync(WesAnderson, PreferenceSet.Empty);

        first.Kind.Should().Be(StyleMatchKind.Researched);
        second.Kind.Should().Be(StyleMatchKind.Researched);
        client.CallCount.Should().Be(1);
        logger.Entries.Where(e => e.Id.Id == 3104).Select(e => e.Message)
            .Should().Contain(m => m.Contains("get")).And.Contain(m => m.Contains("set")).And.Contain(m => m.Contains("increment"));
    }

    [Fact]
    public async Task With_the_memory_layer_off_every_reuse_reads_the_store()
    {
        var store = new RawStore();
        var client = ScriptedChatClient.AlwaysReturning(StyleTestKit.WesAndersonJson);
        var agent = StyleTestKit.Agent(client, store, _time, configure: o => o.MemoryCacheCapacity = 0);

        await agent.ResolveAsync(WesAnderson, PreferenceSet.Empty);
        await agent.ResolveAsync(WesAnderson, PreferenceSet.Empty);
        await agent.ResolveAsync(WesAnderson, PreferenceSet.Empty);

        client.CallCount.Should().Be(1);
        store.Gets.Should().Be(3);
        store.Entries["wes anderson"].UsageCount.Should().Be(3);
    }

    [Fact]
    public async Task The_in_memory_store_hides_expired_entries_and_drops_them_on_the_next_write()
    {
        var cache = new InMemoryStyleCache(_time);
        var style = StyleLibrary.Default.Generic;
        await cache.SetAsync(new StyleCacheEntry("old", style, _time.GetUtcNow(), _time.GetUtcNow().AddDays(30), 1));

        _time.Advance(TimeSpan.FromDays(30));
        (await cache.GetAsync("old")).Should().BeNull();
        cache.Count.Should().Be(1);

        await cache.SetAsync(new StyleCacheEntry("new", style, _time.GetUtcNow(), _time.GetUtcNow().AddDays(30), 1));
        cache.Count.Should().Be(1);
        (await cache.GetAsync("new")).Should().NotBeNull();
    }

    [Fact]
    public async Task Incrementing_an_unknown_key_returns_zero()
    {
        var cache = new InMemoryStyleCache(_time);
        (await cache.IncrementUsageAsync("nothing")).Should().Be(0);
        await cache.SetAsync(new StyleCacheEntry("k", StyleLibrary.Default.Generic, _time.GetUtcNow(), _time.GetUtcNow().AddDays(1), 1));
        (await cache.IncrementUsageAsync("k")).Should().Be(2);
    }

    [Fact]
    public async Task Concurrent_increments_are_not_lost()
    {
        var cache = new InMemoryStyleCache(_time);
        await cache.SetAsync(new StyleCacheEntry("k", StyleLibrary.Default.Generic, _time.GetUtcNow(), _time.GetUtcNow().AddDays(1), 0));

        await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(async () => await cache.IncrementUsageAsync("k"))));

        (await cache.GetAsync("k"))!.UsageCount.Should().Be(200);
    }

    [Fact]
    public async Task The_in_memory_store_checks_its_arguments()
    {
        FluentActions.Invoking(() => new InMemoryStyleCache(null!)).Should().Throw<ArgumentNullException>();
        var cache = new InMemoryStyleCache(_time);
        await FluentActions.Awaiting(async () => await cache.GetAsync(null!)).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(async () => await cache.SetAsync(null!)).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(async () => await cache.IncrementUsageAsync(null!)).Should().ThrowAsync<ArgumentNullException>();
    }

    /// <summary>A store that returns whatever it holds, expired or not, and counts reads.</summary>
    private sealed class RawStore : IStyleCache
    {
        public Dictionary<string, StyleCacheEntry> Entries { get; } = [];

        public int Gets { get; private set; }

        public ValueTask<StyleCacheEntry?> GetAsync(string queryKey, CancellationToken cancellationToken = default)
        {
            Gets++;
            return ValueTask.FromResult(Entries.GetValueOrDefault(queryKey));
        }

        public ValueTask SetAsync(StyleCacheEntry entry, CancellationToken cancellationToken = default)
        {
            Entries[entry.QueryKey] = entry;
            return ValueTask.CompletedTask;
        }

        public ValueTask<long> IncrementUsageAsync(string queryKey, CancellationToken cancellationToken = default)
        {
            if (!Entries.TryGetValue(queryKey, out var entry))
            {
                return ValueTask.FromResult(0L);
            }

            Entries[queryKey] = entry with { UsageCount = entry.UsageCount + 1 };
            return ValueTask.FromResult(entry.UsageCount + 1);
        }
    }
}
