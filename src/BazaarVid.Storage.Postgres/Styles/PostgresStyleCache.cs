using System.Text.Json;
using BazaarVid.Brain;
using Npgsql;
using NpgsqlTypes;

namespace BazaarVid.Storage.Postgres;

/// <summary>
/// <see cref="IStyleCache"/> on PostgreSQL (<c>style_cache</c>), shared by every host instance: styles stored as JSONB
/// (<see cref="StyleJsonContext"/>), expiry from the entry (30 days by default), expired entries invisible at once and
/// deleted, a bounded batch at a time, by later writes. Usage counts are incremented atomically in the database.
/// </summary>
public sealed class PostgresStyleCache : IStyleCache
{
    private const string GetSql = "SELECT query_key, style, created_at, expires_at, usage_count FROM style_cache WHERE query_key = $1 AND expires_at > $2";

    private const string SetSql = """
        WITH expired AS (
            DELETE FROM style_cache WHERE ctid = ANY (ARRAY(
                SELECT ctid FROM style_cache WHERE expires_at <= $6 AND query_key <> $1 LIMIT 100 FOR UPDATE SKIP LOCKED)))
        INSERT INTO style_cache (query_key, style, usage_count, created_at, expires_at)
        VALUES ($1, $2, $3, $4, $5)
        ON CONFLICT (query_key) DO UPDATE SET
            style = EXCLUDED.style, usage_count = EXCLUDED.usage_count, created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at
        """;

    private const string IncrementSql = "UPDATE style_cache SET usage_count = usage_count + 1 WHERE query_key = $1 RETURNING usage_count";

    private readonly PostgresDatabase _database;
    private readonly TimeProvider _time;

    internal PostgresStyleCache(PostgresDatabase database, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _database = database;
        _time = timeProvider;
    }

    /// <inheritdoc />
    public async ValueTask<StyleCacheEntry?> GetAsync(string queryKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queryKey);
        var now = _time.GetUtcNow();
        return await _database.ExecuteAsync(
            "style cache read",
            idempotent: true,
            async (connection, _, token) =>
            {
                using var command = new NpgsqlCommand(GetSql, connection);
                command.Parameters.Value(queryKey).Value(now);
                var reader = await command.ExecuteReaderAsync(token).ConfigureAwait(false);
                await using var readerScope = reader.ConfigureAwait(false);
                if (!await reader.ReadAsync(token).ConfigureAwait(false))
                {
                    return null;
                }

                var style = JsonSerializer.Deserialize(reader.GetString(1), StyleJsonContext.Default.StyleProfile)!;
                return new StyleCacheEntry(reader.GetString(0), style, reader.GetFieldValue<DateTimeOffset>(2), reader.GetFieldValue<DateTimeOffset>(3), reader.GetInt64(4));
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask SetAsync(StyleCacheEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(entry.QueryKey, nameof(entry));
        ArgumentNullException.ThrowIfNull(entry.Style, nameof(entry));
        ArgumentOutOfRangeException.ThrowIfNegative(entry.UsageCount, nameof(entry));
        var style = StoredText.ForJsonb(JsonSerializer.Serialize(entry.Style, StyleJsonContext.Default.StyleProfile));
        var now = _time.GetUtcNow();
        await _database.ExecuteAsync(
            "style cache write",
            idempotent: true,
            async (connection, _, token) =>
            {
                using var command = new NpgsqlCommand(SetSql, connection);
                command.Parameters
                    .Value(entry.QueryKey)
                    .Value(style, NpgsqlDbType.Jsonb)
                    .Value(entry.UsageCount)
                    .Value(entry.CreatedAt.ToUniversalTime())
                    .Value(entry.ExpiresAt.ToUniversalTime())
                    .Value(now);
                return await command.ExecuteNonQueryAsync(token).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<long> IncrementUsageAsync(string queryKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queryKey);

        // Not repeated after a lost connection: the first attempt may have counted already.
        return await _database.ExecuteAsync(
            "style cache usage increment",
            idempotent: false,
            async (connection, _, token) =>
            {
                using var command = new NpgsqlCommand(IncrementSql, connection);
                command.Parameters.Value(queryKey);
                return await command.ExecuteScalarAsync(token).ConfigureAwait(false) is long count ? count : 0L;
            },
            cancellationToken).ConfigureAwait(false);
    }
}
