using BazaarVid.Context;
using BazaarVid.Storage.Postgres.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace BazaarVid.Storage.Postgres.Tests.Memory;

public sealed class PostgresProjectMemoryStoreTests(SchemaFixture schema) : IClassFixture<SchemaFixture>, IAsyncLifetime
{
    private readonly ManualTimeProvider _time = new();
    private readonly string _project = TestHost.NewKey().ProjectId;
    private ServiceProvider _host = null!;

    private IProjectMemoryStore Store => _host.Get<IProjectMemoryStore>();

    public Task InitializeAsync()
    {
        _host = schema.CreateHost(services: s => s.Configure<ContextOptions>(o => o.LongTermTtl = TimeSpan.FromDays(90)), time: _time);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [PostgresTheory]
    [InlineData(MemoryTier.ShortTerm, 1.0)]
    [InlineData(MemoryTier.MediumTerm, 24.0)]
    [InlineData(MemoryTier.LongTerm, 90 * 24.0)]
    public async Task Each_tier_expires_after_its_ttl(MemoryTier tier, double hours)
    {
        var item = await Store.SetAsync(_project, new MemoryWrite(tier, "fact", "k", "v"));

        item.ExpiresAt.Should().Be(_time.GetUtcNow() + TimeSpan.FromHours(hours));
        item.Tier.Should().Be(tier);
        _time.Advance(TimeSpan.FromHours(hours));
        (await Store.GetAsync(_project, "fact", "k")).Should().BeNull();
        (await Store.ListAsync(_project)).Should().BeEmpty();
    }

    [PostgresFact]
    public async Task Short_and_medium_items_slide_on_read_and_long_ones_do_not()
    {
        await Store.SetAsync(_project, new MemoryWrite(MemoryTier.ShortTerm, "fact", "short", "v"));
        await Store.SetAsync(_project, new MemoryWrite(MemoryTier.MediumTerm, "fact", "medium", "v"));
        await Store.SetAsync(_project, new MemoryWrite(MemoryTier.LongTerm, "fact", "long", "v"));

        for (var i = 0; i < 5; i++)
        {
            _time.Advance(TimeSpan.FromMinutes(50));
            (await Store.GetAsync(_project, "fact", "short")).Should().NotBeNull("a read every 50 minutes keeps a 1-hour item alive");
        }

        var listed = await Store.ListAsync(_project);
        listed.Single(i => i.Key == "short").ExpiresAt.Should().Be(_time.GetUtcNow() + TimeSpan.FromHours(1));
        listed.Single(i => i.Key == "medium").ExpiresAt.Should().Be(_time.GetUtcNow() + TimeSpan.FromDays(1));
        var longItem = listed.Single(i => i.Key == "long");
        longItem.ExpiresAt.Should().Be(longItem.CreatedAt + TimeSpan.FromDays(90));
    }

    [PostgresFact]
    public async Task Pinned_items_never_expire_and_survive_the_sweep()
    {
        var url = "https://cdn.example.test/a.png";
        var pinned = await Store.SetAsync(_project, new MemoryWrite(MemoryTier.ShortTerm, "asset", url, url, Pinned: true));

        _time.Advance(TimeSpan.FromDays(10_000));
        await Store.SweepExpiredAsync();

        pinned.IsPinned.Should().BeTrue();
        (await Store.GetAsync(_project, "asset", url))!.IsPinned.Should().BeTrue();
        (await PostgresServer.ScalarAsync<long>($"SELECT count(*) FROM {schema.Schema}.project_memory WHERE project_id = '{_project}' AND expires_at IS NULL")).Should().Be(1);
    }

    [PostgresFact]
    public async Task A_pinned_item_stays_pinned_when_written_again_unpinned()
    {
        await Store.SetAsync(_project, new MemoryWrite(MemoryTier.LongTerm, "asset", "k", "v1", Pinned: true));

        var again = await Store.SetAsync(_project, new MemoryWrite(MemoryTier.ShortTerm, "asset", "k", "v2"));

        again.IsPinned.Should().BeTrue();
        again.Value.Should().Be("v2");
    }

    [PostgresFact]
    public async Task Expired_items_are_hidden_at_once_and_purged_by_the_sweep()
    {
        await Store.SetAsync(_project, new MemoryWrite(MemoryTier.ShortTerm, "fact", "a", "v"));
        await Store.SetAsync(_project, new MemoryWrite(MemoryTier.MediumTerm, "fact", "b", "v"));
        _time.Advance(TimeSpan.FromHours(2));

        (await Store.ListAsync(_project)).Select(i => i.Key).Should().Equal("b");
        (await Store.SweepExpiredAsync()).Should().BeGreaterThanOrEqualTo(1);
        (await PostgresServer.ScalarAsync<long>($"SELECT count(*) FROM {schema.Schema}.project_memory WHERE project_id = '{_project}'")).Should().Be(1);
    }

    [PostgresFact]
    public async Task The_sweep_deletes_in_batches_until_nothing_expired_is_left()
    {
        var project = TestHost.NewKey().ProjectId;
        await using var host = schema.CreateHost(storage: o => o.MemorySweepBatchSize = 7, time: _time);
        var store = host.Get<IProjectMemoryStore>();
        for (var i = 0; i < 30; i++)
        {
            await store.SetAsync(project, new MemoryWrite(MemoryTier.ShortTerm, "fact", $"k{i:00}", "v"));
        }

        await store.SetAsync(project, new MemoryWrite(MemoryTier.LongTerm, "fact", "kept", "v"));
        _time.Advance(TimeSpan.FromHours(3));

        var swept = await store.SweepExpiredAsync();

        swept.Should().BeGreaterThanOrEqualTo(30);
        (await store.ListAsync(project)).Select(i => i.Key).Should().Equal("kept");
        (await PostgresServer.ScalarAsync<long>($"SELECT count(*) FROM {schema.Schema}.project_memory WHERE project_id = '{project}'")).Should().Be(1);
    }

    [PostgresFact]
    public async Task A_write_never_demotes_a_live_item_but_an_expired_one_starts_over()
    {
        var first = await Store.SetAsync(_project, new MemoryWrite(MemoryTier.LongTerm, "preference", "pacing", "fast"));

        _time.Advance(TimeSpan.FromMinutes(5));
        var item = await Store.SetAsync(_project, new MemoryWrite(MemoryTier.ShortTerm, "preference", "pacing", "slow", 0.5));

        item.Tier.Should().Be(MemoryTier.LongTerm);
        item.Value.Should().Be("slow");
        item.Confidence.Should().Be(0.5);
        item.CreatedAt.Should().Be(first.CreatedAt);
        item.UpdatedAt.Should().Be(_time.GetUtcNow());

        await Store.SetAsync(_project, new MemoryWrite(MemoryTier.ShortTerm, "preference", "short", "v"));
        _time.Advance(TimeSpan.FromHours(2));
        var reborn = await Store.SetAsync(_project, new MemoryWrite(MemoryTier.MediumTerm, "preference", "short", "v2"));
        reborn.CreatedAt.Should().Be(_time.GetUtcNow());
        reborn.Tier.Should().Be(MemoryTier.MediumTerm);
    }

    [PostgresFact]
    public async Task List_filters_by_tier_and_type_and_orders_by_type_then_key_ordinally()
    {
        await Store.SetAsync(_project, new MemoryWrite(MemoryTier.LongTerm, "b-type", "z", "1"));
        await Store.SetAsync(_project, new MemoryWrite(MemoryTier.LongTerm, "a-type", "b", "2"));
        await Store.SetAsync(_project, new MemoryWrite(MemoryTier.ShortTerm, "a-type", "B", "3"));
        await Store.SetAsync(_project, new MemoryWrite(MemoryTier.MediumTerm, "a-type", "a", "4"));

        (await Store.ListAsync(_project)).Select(i => (i.Type, i.Key)).Should().Equal(("a-type", "B"), ("a-type", "a"), ("a-type", "b"), ("b-type", "z"));
        (await Store.ListAsync(_project, MemoryTier.LongTerm)).Select(i => i.Key).Should().Equal("b", "z");
        (await Store.ListAsync(_project, type: "a-type")).Should().HaveCount(3);
        (await Store.ListAsync(_project, MemoryTier.ShortTerm, "a-type")).Select(i => i.Value).Should().Equal("3");
    }

    [PostgresFact]
    public async Task Remove_reports_whether_the_item_existed()
    {
        await Store.SetAsync(_project, new MemoryWrite(MemoryTier.LongTerm, "fact", "k", "v"));

        (await Store.RemoveAsync(_project, "fact", "k")).Should().BeTrue();
        (await Store.RemoveAsync(_project, "fact", "k")).Should().BeFalse();
        (await Store.GetAsync(_project, "fact", "k")).Should().BeNull();
    }

    [PostgresFact]
    public async Task Values_are_kept_verbatim()
    {
        const string Value = "{\"json\": true, \"quote\": \"it's\"} 动画 🚀 '; DROP TABLE x; --";
        await Store.SetAsync(_project, new MemoryWrite(MemoryTier.LongTerm, "fact", "k", Value));

        (await Store.GetAsync(_project, "fact", "k"))!.Value.Should().Be(Value);
    }

    [PostgresFact]
    public async Task A_new_conversation_starts_with_the_long_term_preferences_of_its_project()
    {
        var first = TestHost.NewKey("first");
        var manager = _host.Get<IContextManager>();
        await manager.AppendUserMessageAsync(first, "Each scene should be 2 seconds. Logo: https://cdn.example.test/logo.png");

        var fresh = await manager.GetContextAsync(new ConversationKey(first.ProjectId, "second"));

        fresh.Preferences.Current(PreferenceKind.SceneDuration)!.Seconds.Should().Be(2);
        (await Store.ListAsync(first.ProjectId, type: "asset")).Should().ContainSingle().Which.IsPinned.Should().BeTrue();
    }

    [PostgresTheory]
    [InlineData("", "k", 0.5)]
    [InlineData("fact", " ", 0.5)]
    [InlineData("fact", "k", 1.5)]
    [InlineData("fact", "k", double.NaN)]
    public async Task Invalid_writes_are_argument_errors_and_store_nothing(string type, string key, double confidence)
    {
        var set = async () => await Store.SetAsync(_project, new MemoryWrite(MemoryTier.ShortTerm, type, key, "v", confidence));

        await set.Should().ThrowAsync<ArgumentException>();
        (await Store.ListAsync(_project)).Should().BeEmpty();
    }

    [PostgresFact]
    public async Task Invalid_ids_and_names_are_rejected()
    {
        var badProject = async () => await Store.ListAsync("bad\u0001id");
        var badTier = async () => await Store.ListAsync(_project, (MemoryTier)9);
        var badGet = async () => await Store.GetAsync(_project, " ", "k");
        var badRemove = async () => await Store.RemoveAsync(_project, "fact", "");

        await badProject.Should().ThrowAsync<InvalidIdentifierException>();
        await badTier.Should().ThrowAsync<ArgumentOutOfRangeException>();
        await badGet.Should().ThrowAsync<ArgumentException>();
        await badRemove.Should().ThrowAsync<ArgumentException>();
    }
}
