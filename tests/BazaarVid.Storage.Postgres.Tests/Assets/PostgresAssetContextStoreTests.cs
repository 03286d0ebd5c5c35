using System.Collections.Immutable;
using System.Text.Json;
using BazaarVid.Assets;
using BazaarVid.Context;
using BazaarVid.Storage.Postgres.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace BazaarVid.Storage.Postgres.Tests.Assets;

public sealed class PostgresAssetContextStoreTests(SchemaFixture schema) : IClassFixture<SchemaFixture>, IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly string _project = TestHost.NewKey().ProjectId;
    private ServiceProvider _host = null!;

    private IAssetContextStore Store => _host.Get<IAssetContextStore>();

    public Task InitializeAsync()
    {
        _host = schema.CreateHost();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    internal static Asset NewAsset(string id, string project, string conversation = "c1", AssetType type = AssetType.Image, int minute = 0, params string[] tags) =>
        new(id, project, conversation, $"https://cdn.bazaarvid.test/{project}/{id}.png", type, "image/png", 10, 20, null, "sha-" + id, 1234, $"{id}.png",
            [.. tags], Required: false, UsageCount: 0, AssetSource.Upload, T0.AddMinutes(minute));

    [PostgresFact]
    public async Task Append_then_get_returns_every_field_in_the_order_added()
    {
        var video = NewAsset("b", _project, type: AssetType.Video) with { Duration = TimeSpan.FromSeconds(12.5), Width = null, Height = null, Tags = ["clip", "landscape"] };
        var a = await Store.AppendAsync(NewAsset("a", _project, tags: ["logo", "square"]));
        var b = await Store.AppendAsync(video);

        var context = await Store.GetAsync(_project, "c1");

        a.Should().Be(NewAsset("a", _project, tags: ["logo", "square"]));
        b.Should().Be(video);
        context.ProjectId.Should().Be(_project);
        context.Assets.Should().Equal(a, b);
        (await Store.FindAsync(_project, "b")).Should().Be(b);
    }

    [PostgresFact]
    public async Task Sixty_four_parallel_appends_to_one_conversation_keep_all_sixty_four()
    {
        await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(async () => await Store.AppendAsync(NewAsset($"asset-{i:00}", _project)))));

        var context = await Store.GetAsync(_project, "c1");

        context.Assets.Should().HaveCount(64);
        context.Assets.Select(a => a.Id).Should().OnlyHaveUniqueItems();
        (await PostgresServer.ScalarAsync<int>($"SELECT jsonb_array_length(assets) FROM {schema.Schema}.asset_context WHERE project_id = '{_project}' AND conversation_id = 'c1'")).Should().Be(64);
    }

    [PostgresFact]
    public async Task The_planned_whole_array_jsonb_upsert_loses_parallel_appends()
    {
        // The design this store replaced: one JSONB array per conversation, read, appended to, and upserted back.
        await PostgresServer.ExecuteAsync($"CREATE TABLE {schema.Schema}.naive_asset_context (project_id text, conversation_id text, assets jsonb NOT NULL, PRIMARY KEY (project_id, conversation_id))");
        await using var dataSource = Npgsql.NpgsqlDataSource.Create(PostgresServer.ConnectionString);
        var allRead = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var readers = 0;

        await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(async () =>
        {
            await using var read = dataSource.CreateCommand($"SELECT assets::text FROM {schema.Schema}.naive_asset_context WHERE project_id = '{_project}' AND conversation_id = 'c1'");
            var json = await read.ExecuteScalarAsync() as string ?? "[]";
            var assets = JsonSerializer.Deserialize<List<string>>(json)!;
            assets.Add($"asset-{i:00}");

            // Every writer has read before any writes: exactly the interleaving parallel uploads produce under load.
            if (Interlocked.Increment(ref readers) == 64)
            {
                allRead.SetResult();
            }

            await allRead.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await using var write = dataSource.CreateCommand(
                $"INSERT INTO {schema.Schema}.naive_asset_context VALUES ('{_project}', 'c1', $1::jsonb) ON CONFLICT (project_id, conversation_id) DO UPDATE SET assets = EXCLUDED.assets");
            write.Parameters.Add(new Npgsql.NpgsqlParameter { Value = JsonSerializer.Serialize(assets) });
            await write.ExecuteNonQueryAsync();
        })));

        var kept = await PostgresServer.ScalarAsync<int>($"SELECT jsonb_array_length(assets) FROM {schema.Schema}.naive_asset_context WHERE project_id = '{_project}'");
        kept.Should().BeLessThan(64, "every writer overwrote the array the others wrote");
        kept.Should().Be(1);
    }

    [PostgresFact]
    public async Task Append_deduplicates_by_asset_id_and_returns_the_stored_asset()
    {
        var first = await Store.AppendAsync(NewAsset("a", _project, minute: 0));

        var again = await Store.AppendAsync(NewAsset("a", _project, minute: 9) with { FileName = "other.png" });

        again.Should().Be(first);
        (await Store.GetAsync(_project, "c1")).Assets.Should().Equal(first);
    }

    [PostgresFact]
    public async Task The_same_upload_bytes_or_reference_url_are_one_asset_per_project()
    {
        var upload = await Store.AppendAsync(NewAsset("a", _project) with { Sha256 = "same-bytes" });
        var sameBytes = await Store.AppendAsync(NewAsset("other-id", _project, conversation: "c2") with { Sha256 = "same-bytes" });
        var reference = NewAsset("r1", _project) with { Source = AssetSource.Reference, Sha256 = null, Url = "https://elsewhere.test/x.png?sig=" + new string('s', 4000) };
        var storedReference = await Store.AppendAsync(reference);
        var sameUrl = await Store.AppendAsync(reference with { Id = "r2" });

        sameBytes.Should().Be(upload);
        sameUrl.Should().Be(storedReference);
        (await Store.GetAsync(_project, "c2")).Assets.Should().Equal(upload);
        (await Store.FindAsync(_project, "other-id")).Should().BeNull();
        (await Store.FindAsync(_project, "r2")).Should().BeNull();
    }

    [PostgresFact]
    public async Task Parallel_appends_of_one_id_store_it_once()
    {
        await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => Task.Run(async () => await Store.AppendAsync(NewAsset("same", _project)))));

        (await Store.GetAsync(_project, "c1")).Assets.Should().ContainSingle();
    }

    [PostgresFact]
    public async Task Appending_an_existing_asset_for_another_conversation_lists_it_there_unchanged()
    {
        var first = await Store.AppendAsync(NewAsset("a", _project, conversation: "c1"));

        var linked = await Store.AppendAsync(first with { ConversationId = "c2" });

        linked.Should().Be(first);
        (await Store.GetAsync(_project, "c2")).Assets.Should().Equal(first);
        (await Store.GetAsync(_project, "c1")).Assets.Should().Equal(first);
    }

    [PostgresFact]
    public async Task IncrementUsage_is_atomic_and_visible_in_every_view()
    {
        await Store.AppendAsync(NewAsset("a", _project));

        await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Task.Run(async () => await Store.IncrementUsageAsync(_project, "a"))));

        (await Store.FindAsync(_project, "a"))!.UsageCount.Should().Be(40);
        (await Store.GetAsync(_project, "c1")).Assets.Single().UsageCount.Should().Be(40);
    }

    [PostgresFact]
    public async Task SetRequired_updates_the_asset_and_the_required_view()
    {
        await Store.AppendAsync(NewAsset("a", _project));
        await Store.AppendAsync(NewAsset("b", _project));

        var updated = await Store.SetRequiredAsync(_project, "b", required: true);

        updated!.Required.Should().BeTrue();
        (await Store.GetAsync(_project, "c1")).Required.Select(a => a.Id).Should().Equal("b");
        (await Store.SetRequiredAsync(_project, "b", required: false))!.Required.Should().BeFalse();
        (await Store.GetAsync(_project, "c1")).Required.Should().BeEmpty();
    }

    [PostgresFact]
    public async Task Updates_of_an_unknown_asset_return_null()
    {
        await Store.AppendAsync(NewAsset("a", _project));

        (await Store.IncrementUsageAsync(_project, "missing")).Should().BeNull();
        (await Store.SetRequiredAsync(_project, "missing", true)).Should().BeNull();
        (await Store.IncrementUsageAsync("nobody", "a")).Should().BeNull();
    }

    [PostgresFact]
    public async Task The_asset_context_view_lists_each_conversation_as_one_document()
    {
        await Store.AppendAsync(NewAsset("a", _project, tags: ["logo"]));
        await Store.AppendAsync(NewAsset("b", _project, type: AssetType.Svg));

        var json = await PostgresServer.ScalarAsync<string>($"SELECT assets::text FROM {schema.Schema}.asset_context WHERE project_id = '{_project}' AND conversation_id = 'c1'");

        using var document = JsonDocument.Parse(json);
        document.RootElement.EnumerateArray().Select(e => (e.GetProperty("id").GetString(), e.GetProperty("type").GetString())).Should().Equal(("a", "image"), ("b", "svg"));
        document.RootElement[0].GetProperty("tags")[0].GetString().Should().Be("logo");
    }

    [PostgresFact]
    public async Task Get_of_an_unknown_project_or_conversation_is_empty()
    {
        await Store.AppendAsync(NewAsset("a", _project));

        (await Store.GetAsync(_project, "other")).Should().Be(AssetContext.Empty(_project, "other"));
        (await Store.GetAsync("nobody", "c1")).Assets.Should().BeEmpty();
        (await Store.FindAsync("nobody", "a")).Should().BeNull();
    }

    [PostgresFact]
    public async Task Invalid_arguments_are_rejected()
    {
        var nullAsset = async () => await Store.AppendAsync(null!);
        var badProject = async () => await Store.AppendAsync(NewAsset("a", " "));
        var badConversation = async () => await Store.AppendAsync(NewAsset("a", _project, conversation: ""));
        var badId = async () => await Store.AppendAsync(NewAsset("a", _project) with { Id = "x\u0001" });
        var badGet = async () => await Store.GetAsync(_project, null!);
        var badFind = async () => await Store.FindAsync("", "a");
        var badIncrement = async () => await Store.IncrementUsageAsync(_project, "");
        var badRequired = async () => await Store.SetRequiredAsync(null!, "a", true);

        await nullAsset.Should().ThrowAsync<ArgumentNullException>();
        await badProject.Should().ThrowAsync<InvalidIdentifierException>();
        await badConversation.Should().ThrowAsync<InvalidIdentifierException>();
        await badId.Should().ThrowAsync<InvalidIdentifierException>();
        await badGet.Should().ThrowAsync<InvalidIdentifierException>();
        await badFind.Should().ThrowAsync<InvalidIdentifierException>();
        await badIncrement.Should().ThrowAsync<InvalidIdentifierException>();
        await badRequired.Should().ThrowAsync<InvalidIdentifierException>();
        (await Store.GetAsync(_project, "c1")).Assets.Should().BeEmpty();
    }

    [PostgresFact]
    public async Task Timestamps_are_kept_to_the_microsecond()
    {
        var precise = NewAsset("a", _project) with { CreatedAt = T0.AddTicks(1_234_567) };

        var stored = await Store.AppendAsync(precise);

        stored.CreatedAt.Should().Be(T0.AddTicks(1_234_560));
        ImmutableArray<Asset> listed = (await Store.GetAsync(_project, "c1")).Assets;
        listed.Single().Should().Be(stored);
    }
}
