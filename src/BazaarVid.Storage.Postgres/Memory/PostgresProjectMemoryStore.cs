using System.Collections.Immutable;
using BazaarVid.Context;
using Npgsql;
using NpgsqlTypes;

namespace BazaarVid.Storage.Postgres;

/// <summary>
/// <see cref="IProjectMemoryStore"/> on PostgreSQL (<c>project_memory</c>), with the in-memory store's semantics: time
/// from the injected <see cref="TimeProvider"/>, lifetimes from <see cref="MemoryExpiry"/>, Short and Medium items
/// refreshed by every read (in the same statement that reads them), pinned items stored with <c>expires_at</c> NULL,
/// a write that never demotes a live item, and a sweep that deletes expired rows in batches. Every statement is
/// filtered by project.
/// </summary>
public sealed class PostgresProjectMemoryStore : IProjectMemoryStore
{
    private const string Columns = "project_id, memory_type, key, tier, value, confidence, created_at, updated_at, expires_at";

    // $1 project, $2 type, $3 key, $4 tier, $5 value, $6 confidence, $7 now, $8 pinned, $9-$11 expiry when the item
    // ends up short, medium or long term. A live existing item keeps its creation time, its longer tier and its pin.
    private const string SetSql = $"""
        INSERT INTO project_memory AS m ({Columns})
        VALUES ($1, $2, $3, $4, $5, $6, $7, $7, CASE WHEN $8 THEN NULL ELSE (CASE $4 WHEN 0 THEN $9 WHEN 1 THEN $10 ELSE $11 END) END)
        ON CONFLICT (project_id, memory_type, key) DO UPDATE SET
            tier = CASE WHEN m.expires_at IS NULL OR m.expires_at > $7 THEN greatest(m.tier, EXCLUDED.tier) ELSE EXCLUDED.tier END,
            value = EXCLUDED.value,
            confidence = EXCLUDED.confidence,
            created_at = CASE WHEN m.expires_at IS NULL OR m.expires_at > $7 THEN m.created_at ELSE EXCLUDED.created_at END,
            updated_at = EXCLUDED.updated_at,
            expires_at = CASE
                WHEN $8 OR m.expires_at IS NULL THEN NULL
                WHEN m.expires_at <= $7 THEN EXCLUDED.expires_at
                ELSE (CASE greatest(m.tier, EXCLUDED.tier) WHEN 0 THEN $9 WHEN 1 THEN $10 ELSE $11 END)
            END
        RETURNING {Columns}
        """;

    // $1 project, $2 type or NULL, $3 key or NULL, $4 tier or NULL, $5 now, $6 short expiry, $7 medium expiry.
    // Sliding items are read through the UPDATE that refreshes them; the others (pinned, long term) as they are.
    private const string ReadSql = $"""
        WITH refreshed AS (
            UPDATE project_memory SET expires_at = CASE tier WHEN 0 THEN $6 ELSE $7 END
            WHERE project_id = $1 AND ($2::text IS NULL OR memory_type = $2) AND ($3::text IS NULL OR key = $3)
              AND ($4::smallint IS NULL OR tier = $4) AND tier < 2 AND expires_at > $5
            RETURNING {Columns})
        SELECT {Columns} FROM (
            SELECT {Columns} FROM refreshed
            UNION ALL
            SELECT {Columns} FROM project_memory
            WHERE project_id = $1 AND ($2::text IS NULL OR memory_type = $2) AND ($3::text IS NULL OR key = $3)
              AND ($4::smallint IS NULL OR tier = $4) AND (expires_at IS NULL OR (tier = 2 AND expires_at > $5))
        ) live
        ORDER BY memory_type COLLATE "C", key COLLATE "C"
        """;

    private const string RemoveSql = "DELETE FROM project_memory WHERE project_id = $1 AND memory_type = $2 AND key = $3";

    private const string SweepSql = """
        DELETE FROM project_memory WHERE ctid = ANY (ARRAY(
            SELECT ctid FROM project_memory WHERE expires_at <= $1 ORDER BY expires_at LIMIT $2 FOR UPDATE SKIP LOCKED))
        """;

    private readonly PostgresDatabase _database;
    private readonly MemoryExpiry _expiry;
    private readonly TimeProvider _time;

    internal PostgresProjectMemoryStore(PostgresDatabase database, MemoryExpiry expiry, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(expiry);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _database = database;
        _expiry = expiry;
        _time = timeProvider;
    }

    /// <inheritdoc />
    public async ValueTask<MemoryItem> SetAsync(string projectId, MemoryWrite write, CancellationToken cancellationToken = default)
    {
        Identifier.Validate(projectId, nameof(projectId));
        MemoryWriteValidation.Validate(write);
        var now = StoredText.ToMicroseconds(_time.GetUtcNow());
        var items = await _database.ExecuteAsync(
            "memory write",
            idempotent: true,
            async (connection, _, token) =>
            {
                using var command = new NpgsqlCommand(SetSql, connection);
                command.Parameters
                    .Value(projectId)
                    .Value(write.Type)
                    .Value(write.Key)
                    .Value((short)write.Tier)
                    .Value(write.Value)
                    .Value(write.Confidence)
                    .Value(now)
                    .Value(write.Pinned)
                    .Value(ExpiryOf(MemoryTier.ShortTerm, now))
                    .Value(ExpiryOf(MemoryTier.MediumTerm, now))
                    .Value(ExpiryOf(MemoryTier.LongTerm, now));
                return await ReadItemsAsync(command, token).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
        return items[0];
    }

    /// <inheritdoc />
    public async ValueTask<MemoryItem?> GetAsync(string projectId, string type, string key, CancellationToken cancellationToken = default)
    {
        Identifier.Validate(projectId, nameof(projectId));
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var items = await ReadAsync("memory read", projectId, type, key, null, cancellationToken).ConfigureAwait(false);
        return items.IsEmpty ? null : items[0];
    }

    /// <inheritdoc />
    public ValueTask<ImmutableArray<MemoryItem>> ListAsync(string projectId, MemoryTier? tier = null, string? type = null, CancellationToken cancellationToken = default)
    {
        Identifier.Validate(projectId, nameof(projectId));
        if (tier is { } value && !Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(nameof(tier), tier, "Unknown memory tier.");
        }

        return new ValueTask<ImmutableArray<MemoryItem>>(ReadAsync("memory list", projectId, type, null, tier, cancellationToken));
    }

    /// <inheritdoc />
    public async ValueTask<bool> RemoveAsync(string projectId, string type, string key, CancellationToken cancellationToken = default)
    {
        Identifier.Validate(projectId, nameof(projectId));
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);

        // Not repeated after a lost connection: a second delete would report false for an item the first one removed.
        return await _database.ExecuteAsync(
            "memory remove",
            idempotent: false,
            async (connection, _, token) =>
            {
                using var command = new NpgsqlCommand(RemoveSql, connection);
                command.Parameters.Value(projectId).Value(type).Value(key);
                return await command.ExecuteNonQueryAsync(token).ConfigureAwait(false) > 0;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<int> SweepExpiredAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var batch = _database.Options.MemorySweepBatchSize;
        var total = 0;
        while (true)
        {
            var deleted = await _database.ExecuteAsync(
                "memory sweep",
                idempotent: true,
                async (connection, _, token) =>
                {
                    using var command = new NpgsqlCommand(SweepSql, connection);
                    command.Parameters.Value(now).Value(batch);
                    return await command.ExecuteNonQueryAsync(token).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
            total += deleted;
            if (deleted < batch)
            {
                PostgresLog.MemorySwept(_database.Logger, total);
                return total;
            }
        }
    }

    private Task<ImmutableArray<MemoryItem>> ReadAsync(string operation, string projectId, string? type, string? key, MemoryTier? tier, CancellationToken cancellationToken)
    {
        var now = StoredText.ToMicroseconds(_time.GetUtcNow());
        return _database.ExecuteAsync(
            operation,
            idempotent: true,
            async (connection, _, token) =>
            {
                using var command = new NpgsqlCommand(ReadSql, connection);
                command.Parameters
                    .Value(projectId)
                    .Value(type, NpgsqlDbType.Text)
                    .Value(key, NpgsqlDbType.Text)
                    .Value(tier is { } t ? (short)t : null, NpgsqlDbType.Smallint)
                    .Value(now)
                    .Value(ExpiryOf(MemoryTier.ShortTerm, now))
                    .Value(ExpiryOf(MemoryTier.MediumTerm, now));
                return await ReadItemsAsync(command, token).ConfigureAwait(false);
            },
            cancellationToken);
    }

    private DateTimeOffset ExpiryOf(MemoryTier tier, DateTimeOffset now) => _expiry.ExpiresAt(tier, pinned: false, now)!.Value;

    private static async Task<ImmutableArray<MemoryItem>> ReadItemsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var readerScope = reader.ConfigureAwait(false);
        var items = ImmutableArray.CreateBuilder<MemoryItem>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            items.Add(new MemoryItem(
                reader.GetString(0),
                (MemoryTier)reader.GetInt16(3),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(4),
                reader.GetDouble(5),
                reader.GetFieldValue<DateTimeOffset>(6),
                reader.GetFieldValue<DateTimeOffset>(7),
                reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTimeOffset>(8)));
        }

        return items.ToImmutable();
    }
}
