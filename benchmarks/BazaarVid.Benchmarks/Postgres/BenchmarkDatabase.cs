using System.Globalization;
using BazaarVid.Assets;
using BazaarVid.Benchmarks.Context;
using BazaarVid.Brain;
using BazaarVid.Context;
using BazaarVid.Storage.Postgres;
using BazaarVid.Storage.Postgres.Testing;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace BazaarVid.Benchmarks.Postgres;

/// <summary>
/// The database of the Postgres benchmarks: <c>BAZAARVID_BENCH_POSTGRES</c> when set, otherwise a throwaway cluster with
/// PostgreSQL's durable defaults (fsync and synchronous commit on, so commits cost what they cost; set
/// <c>BAZAARVID_BENCH_FSYNC=off</c> to leave the disk out). Builds the stores
/// the way <c>UsePostgres</c> does, and seeds the benchmark session: 30 prompts (60 messages), 10 assets, 8 scenes.
/// </summary>
internal sealed class BenchmarkDatabase : IAsyncDisposable
{
    private readonly ThrowawayPostgres? _cluster;

    private BenchmarkDatabase(string connectionString, string schema, ThrowawayPostgres? cluster)
    {
        _cluster = cluster;
        ConnectionString = connectionString;
        Schema = schema;
        var options = Microsoft.Extensions.Options.Options.Create(new PostgresStorageOptions { ConnectionString = connectionString, Schema = schema });
        var contextOptions = Microsoft.Extensions.Options.Options.Create(ConversationFixture.Options);
        Database = new PostgresDatabase(options, TimeProvider.System);
        Conversations = new PostgresConversationStore(Database, EmptyServices.Instance);
        Memory = new PostgresProjectMemoryStore(Database, new MemoryExpiry(contextOptions), TimeProvider.System);
        Assets = new PostgresAssetContextStore(Database, TimeProvider.System);
        Scenes = new PostgresSceneStore(Database);
        Manager = CreateManager(new MemoryCache(new MemoryCacheOptions()));
        UncachedManager = CreateManager(new ConversationFixture.NeverCache());
    }

    public string ConnectionString { get; }

    public string Schema { get; }

    public PostgresDatabase Database { get; }

    public PostgresConversationStore Conversations { get; }

    public PostgresProjectMemoryStore Memory { get; }

    public PostgresAssetContextStore Assets { get; }

    public PostgresSceneStore Scenes { get; }

    /// <summary>A context manager over the Postgres stores, with a real cache.</summary>
    public ContextManager Manager { get; }

    /// <summary>The same, with a cache that never keeps anything: every read goes to the database.</summary>
    public ContextManager UncachedManager { get; }

    /// <summary>
    /// Starts (or connects to) the server; BenchmarkDotNet runs a global setup per benchmark case, so every call gets a
    /// fresh schema of its own, dropped on dispose.
    /// </summary>
    public static BenchmarkDatabase Start(string schemaPrefix)
    {
        var schema = schemaPrefix + "_" + Guid.NewGuid().ToString("N")[..8];
        var configured = Environment.GetEnvironmentVariable("BAZAARVID_BENCH_POSTGRES");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new BenchmarkDatabase(configured, schema, null);
        }

        // BAZAARVID_BENCH_FSYNC=off measures the software alone, without the disk's flush latency.
        var durable = !string.Equals(Environment.GetEnvironmentVariable("BAZAARVID_BENCH_FSYNC"), "off", StringComparison.OrdinalIgnoreCase);
        var cluster = ThrowawayPostgres.Start(durable);
        return new BenchmarkDatabase(cluster.ConnectionString, schema, cluster);
    }

    /// <summary>Seeds the session in project <c>bench</c> and returns its key.</summary>
    public async Task<ConversationKey> SeedSessionAsync()
    {
        await Database.Migrator.MigrateAsync();
        var key = await ConversationFixture.FillAsync(Manager, 60);
        var now = DateTimeOffset.UtcNow;
        var urls = Enumerable.Range(0, 10)
            .Select(i => i < 2 ? $"https://cdn.bazaarvid.test/bench/asset-{i * 40}.png" : $"https://cdn.bazaarvid.test/bench/upload-{i}.png")
            .ToList();
        foreach (var (url, i) in urls.Select((u, i) => (u, i)))
        {
            var asset = new Asset($"asset{i:00}", key.ProjectId, key.ConversationId, url, AssetType.Image, "image/png", 1280, 720, null,
                $"sha{i:00}", 40_000, $"image-{i}.png", ["screenshot", "ui"], i == 0, 0, AssetSource.Upload, now);
            await Assets.AppendAsync(asset);
            await Manager.RecordAssetsAsync(key, [AssetIntake.ToLedgerReference(asset)]);
        }

        var context = await Manager.GetContextAsync(key);
        var sceneIds = context.Storyboard.Scenes.Select(s => s.Id).ToList();
        for (var i = sceneIds.Count; i < 8; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"extra{i:000}");
            await Manager.RecordSceneCreatedAsync(key, new SceneCreated(id, $"Scene {i}", 60, "A scene of the benchmark session", AssetUrls: [urls[i]]));
            sceneIds.Add(id);
        }

        foreach (var (id, order) in sceneIds.Select((id, i) => (id, i + 1)))
        {
            await Scenes.CreateAsync(new StoredScene(key.ProjectId, key.ConversationId, id, order, $"Scene {order}", SceneCode(id), 60, null, 1, now, now, null));
        }

        return key;
    }

    /// <summary>Copies the session into <paramref name="count"/> other projects, server-side, and refreshes statistics.</summary>
    public async Task AddFillerProjectsAsync(ConversationKey key, int count)
    {
        if (count <= 0)
        {
            return;
        }

        const string Copy = """
            INSERT INTO conversations (project_id, conversation_id, version, last_seq, last_turn, covered_through_seq, state, created_at, updated_at, touched_at)
            SELECT 'filler-' || g, conversation_id, version, last_seq, last_turn, covered_through_seq, state, created_at, updated_at, touched_at
            FROM conversations, generate_series(1, $2) g WHERE project_id = $1;
            INSERT INTO messages (project_id, conversation_id, seq, turn, role, body, exact_text, created_at)
            SELECT 'filler-' || g, conversation_id, seq, turn, role, body, exact_text, created_at
            FROM messages, generate_series(1, $2) g WHERE project_id = $1;
            INSERT INTO assets (project_id, asset_id, conversation_id, url, asset_type, mime_type, width, height, sha256, byte_size, file_name, tags, required, usage_count, source, created_at)
            SELECT 'filler-' || g, asset_id, conversation_id, url, asset_type, mime_type, width, height, sha256, byte_size, file_name, tags, required, usage_count, source, created_at
            FROM assets, generate_series(1, $2) g WHERE project_id = $1;
            INSERT INTO scenes (project_id, conversation_id, scene_id, scene_order, name, code, duration_frames, version, created_at, updated_at)
            SELECT 'filler-' || g, conversation_id, scene_id, scene_order, name, code, duration_frames, version, created_at, updated_at
            FROM scenes, generate_series(1, $2) g WHERE project_id = $1;
            """;
        await using var connection = await Database.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var statement in Copy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            await using var command = new NpgsqlCommand(statement, connection, transaction) { CommandTimeout = 600 };
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key.ProjectId });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = count });
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        await using var analyze = new NpgsqlCommand("ANALYZE", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is null)
        {
            await using var drop = Database.DataSource.CreateCommand($"DROP SCHEMA IF EXISTS {Schema} CASCADE");
            await drop.ExecuteNonQueryAsync();
        }

        await Database.DisposeAsync();
        _cluster?.Dispose();
    }

    private static string SceneCode(string id) => $$$"""
        import { AbsoluteFill, Img, spring, useCurrentFrame, useVideoConfig } from 'remotion';
        export const Scene_{{{id}}} = () => {
          const frame = useCurrentFrame();
          const { fps } = useVideoConfig();
          const scale = spring({ frame, fps, config: { damping: 12 } });
          return <AbsoluteFill style={{ background: '#05070d', alignItems: 'center', justifyContent: 'center' }}>
            <h1 style={{ color: '#00E5FF', transform: `scale(${scale})` }}>Spinlio</h1>
          </AbsoluteFill>;
        };
        """;

    private ContextManager CreateManager(IMemoryCache cache)
    {
        var options = Microsoft.Extensions.Options.Options.Create(ConversationFixture.Options);
        return new ContextManager(
            Conversations,
            Memory,
            new RuleBasedPreferenceExtractor(options),
            new ExtractiveContextSummarizer(options),
            new PromptContextBuilder(CharacterClassTokenEstimator.Instance, options),
            cache,
            TimeProvider.System,
            options,
            NullLogger<ContextManager>.Instance);
    }

    /// <summary>No services: notifications from other instances have no context manager to reach in the benchmarks.</summary>
    private sealed class EmptyServices : IServiceProvider
    {
        public static EmptyServices Instance { get; } = new();

        public object? GetService(Type serviceType) => null;
    }
}
