using BazaarVid.Context;
using BazaarVid.Storage.Postgres;
using BenchmarkDotNet.Attributes;
using Npgsql;

namespace BazaarVid.Benchmarks.Postgres;

/// <summary>
/// Uncached context load of a 30-prompt session (60 messages, 10 assets, 8 scenes) from PostgreSQL: one statement, one
/// round trip. The baseline is the floor of any load: a plain SELECT of one row holding the same bytes the load reads.
/// Run with 100 and with 10,000 projects in the database to show the load stays flat.
/// Goals: p50 ≤ 2 ms on loopback and ≤ 2× the floor.
/// </summary>
[MedianColumn]
public class PostgresContextLoadBenchmarks
{
    private const string FloorSql = "SELECT payload FROM floor_bytes WHERE id = $1";

    private BenchmarkDatabase _database = null!;
    private ConversationKey _key = null!;
    private List<(int Kind, byte[] Body)> _rows = [];

    [Params(100, 10_000)]
    public int Projects { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _database = BenchmarkDatabase.Start("bench_load_" + Projects);
        _key = _database.SeedSessionAsync().GetAwaiter().GetResult();
        _database.AddFillerProjectsAsync(_key, Projects - 1).GetAwaiter().GetResult();
        CreateFloorAsync().GetAwaiter().GetResult();
        _rows = ReadRowsAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _database.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "plain SELECT of the same bytes (floor)")]
    public async Task<int> PlainSelect()
    {
        await using var command = _database.Database.DataSource.CreateCommand(FloorSql);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = Projects / 2 });
        return ((string)(await command.ExecuteScalarAsync())!).Length;
    }

    [Benchmark(Description = "IConversationStore.LoadAsync")]
    public async Task<int> StoreLoad() => (await _database.Conversations.LoadAsync(_key))!.UnsummarizedMessages.Length;

    [Benchmark(Description = "JSON of the same rows, deserialized (no I/O)")]
    public int DeserializeOnly()
    {
        var count = 0;
        foreach (var (kind, body) in _rows)
        {
            count += kind == 0
                ? (int)PostgresConversationStore.ReadSnapshot(body).Version
                : PostgresConversationStore.ReadMessage(body, null).Text.Length;
        }

        return count;
    }

    [Benchmark(Description = "IContextManager.GetContextAsync, cache miss")]
    public async Task<int> ManagerLoadUncached() => (await _database.UncachedManager.GetContextAsync(_key)).RecentMessages.Length;

    private async Task<List<(int Kind, byte[] Body)>> ReadRowsAsync()
    {
        await using var command = _database.Database.DataSource.CreateCommand(PostgresConversationStore.LoadSql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = _key.ProjectId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = _key.ConversationId });
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(int, byte[])>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt32(0), reader.GetFieldValue<byte[]>(2)));
        }

        return rows;
    }

    /// <summary>One row per project, each holding exactly the text the load reads (the state and the unsummarized messages).</summary>
    private async Task CreateFloorAsync()
    {
        const string Sql = """
            CREATE TABLE floor_bytes (id integer PRIMARY KEY, payload text NOT NULL);
            INSERT INTO floor_bytes (id, payload)
            SELECT g, (SELECT c.state::text || coalesce(string_agg(m.body::text, '' ORDER BY m.seq), '')
                       FROM conversations c
                       LEFT JOIN messages m ON m.project_id = c.project_id AND m.conversation_id = c.conversation_id AND m.seq > c.covered_through_seq
                       WHERE c.project_id = $1 AND c.conversation_id = $2
                       GROUP BY c.state::text)
            FROM generate_series(1, $3) g;
            ANALYZE floor_bytes;
            """;
        await using var connection = await _database.Database.DataSource.OpenConnectionAsync();
        foreach (var statement in Sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            await using var command = new NpgsqlCommand(statement, connection);
            if (statement.Contains("$1", StringComparison.Ordinal))
            {
                command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = _key.ProjectId });
                command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = _key.ConversationId });
                command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = Projects });
            }

            await command.ExecuteNonQueryAsync();
        }
    }
}
