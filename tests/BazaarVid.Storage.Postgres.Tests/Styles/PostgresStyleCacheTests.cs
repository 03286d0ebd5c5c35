using BazaarVid.Brain;
using BazaarVid.Storage.Postgres.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace BazaarVid.Storage.Postgres.Tests.Styles;

public sealed class PostgresStyleCacheTests(SchemaFixture schema) : IClassFixture<SchemaFixture>, IAsyncLifetime
{
    private readonly ManualTimeProvider _time = new();
    private readonly string _prefix = Guid.NewGuid().ToString("N")[..8] + " ";
    private ServiceProvider _host = null!;

    private IStyleCache Cache => _host.Get<IStyleCache>();

    public Task InitializeAsync()
    {
        _host = schema.CreateHost(time: _time);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private StyleCacheEntry Entry(string query, StyleProfile? style = null, long usage = 1) =>
        new(_prefix + query, style ?? StyleLibrary.Default.Generic, _time.GetUtcNow(), _time.GetUtcNow() + TimeSpan.FromDays(30), usage);

    [PostgresFact]
    public async Task A_stored_style_reads_back_equal_and_is_jsonb()
    {
        var style = StyleLibrary.Default.Styles[0];
        await Cache.SetAsync(Entry("dark cyber", style));

        var read = await Cache.GetAsync(_prefix + "dark cyber");

        read.Should().Be(Entry("dark cyber", style));
        (await PostgresServer.ScalarAsync<string>($"SELECT jsonb_typeof(style) FROM {schema.Schema}.style_cache WHERE query_key = '{_prefix}dark cyber'")).Should().Be("object");
    }

    [PostgresFact]
    public async Task Set_replaces_the_entry_of_the_same_query()
    {
        await Cache.SetAsync(Entry("apple", StyleLibrary.Default.Styles[0], usage: 5));

        await Cache.SetAsync(Entry("apple", StyleLibrary.Default.Styles[1]));

        var read = await Cache.GetAsync(_prefix + "apple");
        read!.Style.Should().Be(StyleLibrary.Default.Styles[1]);
        read.UsageCount.Should().Be(1);
    }

    [PostgresFact]
    public async Task An_expired_entry_is_not_returned_and_is_deleted_by_a_later_write()
    {
        await Cache.SetAsync(Entry("old"));

        _time.Advance(TimeSpan.FromDays(30));

        (await Cache.GetAsync(_prefix + "old")).Should().BeNull();
        await Cache.SetAsync(Entry("new"));
        (await PostgresServer.ScalarAsync<long>($"SELECT count(*) FROM {schema.Schema}.style_cache WHERE query_key = '{_prefix}old'")).Should().Be(0);
    }

    [PostgresFact]
    public async Task Usage_counts_increment_atomically()
    {
        await Cache.SetAsync(Entry("count me"));

        var counts = await Task.WhenAll(Enumerable.Range(0, 25).Select(_ => Task.Run(async () => await Cache.IncrementUsageAsync(_prefix + "count me"))));

        counts.Should().OnlyHaveUniqueItems();
        counts.Max().Should().Be(26);
        (await Cache.GetAsync(_prefix + "count me"))!.UsageCount.Should().Be(26);
        (await Cache.IncrementUsageAsync(_prefix + "missing")).Should().Be(0);
    }

    [PostgresFact]
    public async Task The_default_expiry_of_a_row_written_by_sql_is_thirty_days()
    {
        await PostgresServer.ExecuteAsync($"INSERT INTO {schema.Schema}.style_cache (query_key, style) VALUES ('{_prefix}sql', '{{}}')");

        var days = await PostgresServer.ScalarAsync<double>($"SELECT (extract(epoch FROM expires_at - created_at) / 86400)::float8 FROM {schema.Schema}.style_cache WHERE query_key = '{_prefix}sql'");

        days.Should().Be(30);
    }

    [PostgresFact]
    public async Task Null_arguments_are_rejected()
    {
        var get = async () => await Cache.GetAsync(null!);
        var set = async () => await Cache.SetAsync(null!);
        var increment = async () => await Cache.IncrementUsageAsync(null!);

        await get.Should().ThrowAsync<ArgumentNullException>();
        await set.Should().ThrowAsync<ArgumentNullException>();
        await increment.Should().ThrowAsync<ArgumentNullException>();
    }
}
