using System.Collections.Immutable;
using BazaarVid.Assets;
using BazaarVid.Context;
using Npgsql;
using NpgsqlTypes;

namespace BazaarVid.Storage.Postgres;

/// <summary>
/// <see cref="IAssetContextStore"/> on PostgreSQL: one <c>assets</c> row per asset of a project and one
/// <c>asset_conversations</c> row per conversation that lists it, so concurrent appends to one conversation never
/// overwrite each other (there is no shared document to read, modify and write back). An append is one round trip
/// (insert if new, link, read back) in one transaction and may be repeated safely. The same id, the same upload bytes
/// (SHA-256) or the same reference URL is one asset per project; the first stored version is kept. Every statement is
/// filtered by project.
/// </summary>
public sealed class PostgresAssetContextStore : IAssetContextStore
{
    private const string Columns = """
        asset_id, project_id, conversation_id, url, asset_type, mime_type, width, height, duration, sha256, byte_size,
        file_name, tags, required, usage_count, source, created_at
        """;

    private const string InsertSql = $"""
        INSERT INTO assets ({Columns})
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
        ON CONFLICT DO NOTHING
        """;

    // The stored asset this append resolves to: the same id, else the upload with the same bytes, else the reference
    // with the same URL. $1 project, $2 id, $3 source, $4 sha256, $5 url.
    private const string Match = """
        project_id = $1 AND (asset_id = $2
            OR ($3 = 'upload' AND source = 'upload' AND sha256 = $4)
            OR ($3 = 'reference' AND source = 'reference' AND md5(url) = md5($5) AND url = $5))
        ORDER BY asset_id = $2 DESC
        LIMIT 1
        """;

    private const string LinkSql = $"""
        INSERT INTO asset_conversations (project_id, conversation_id, asset_id, added_at)
        SELECT project_id, $6, asset_id, $7 FROM assets WHERE {Match}
        ON CONFLICT DO NOTHING
        """;

    private const string ReadBackSql = $"SELECT {Columns} FROM assets WHERE {Match}";

    private const string ContextSql = """
        SELECT a.asset_id, a.project_id, a.conversation_id, a.url, a.asset_type, a.mime_type, a.width, a.height, a.duration,
               a.sha256, a.byte_size, a.file_name, a.tags, a.required, a.usage_count, a.source, a.created_at
        FROM asset_conversations l
        JOIN assets a ON a.project_id = l.project_id AND a.asset_id = l.asset_id
        WHERE l.project_id = $1 AND l.conversation_id = $2
        ORDER BY l.position
        """;

    private const string FindSql = $"SELECT {Columns} FROM assets WHERE project_id = $1 AND asset_id = $2";

    private const string IncrementSql = $"UPDATE assets SET usage_count = usage_count + 1, updated_at = now() WHERE project_id = $1 AND asset_id = $2 RETURNING {Columns}";

    private const string RequiredSql = $"UPDATE assets SET required = $3, updated_at = now() WHERE project_id = $1 AND asset_id = $2 RETURNING {Columns}";

    private readonly PostgresDatabase _database;
    private readonly TimeProvider _time;

    internal PostgresAssetContextStore(PostgresDatabase database, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _database = database;
        _time = timeProvider;
    }

    /// <inheritdoc />
    public async ValueTask<Asset> AppendAsync(Asset asset, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(asset);
        Identifier.Validate(asset.ProjectId, nameof(asset.ProjectId));
        Identifier.Validate(asset.ConversationId, nameof(asset.ConversationId));
        Identifier.Validate(asset.Id, nameof(asset.Id));
        ArgumentException.ThrowIfNullOrWhiteSpace(asset.Url, nameof(asset));
        var source = AssetNames.Of(asset.Source);
        var now = _time.GetUtcNow();
        var stored = await _database.ExecuteAsync(
            "asset append",
            idempotent: true,
            async (connection, _, token) =>
            {
                using var batch = new NpgsqlBatch(connection);
                var insert = new NpgsqlBatchCommand(InsertSql);
                insert.Parameters
                    .Value(asset.Id)
                    .Value(asset.ProjectId)
                    .Value(asset.ConversationId)
                    .Value(asset.Url)
                    .Value(AssetNames.Of(asset.Type))
                    .Value(asset.MimeType ?? "application/octet-stream")
                    .Value(asset.Width, NpgsqlDbType.Integer)
                    .Value(asset.Height, NpgsqlDbType.Integer)
                    .Value(asset.Duration, NpgsqlDbType.Interval)
                    .Value(asset.Sha256, NpgsqlDbType.Text)
                    .Value(asset.ByteSize, NpgsqlDbType.Bigint)
                    .Value(asset.FileName, NpgsqlDbType.Text)
                    .Value(asset.Tags.IsDefault ? [] : asset.Tags.ToArray())
                    .Value(asset.Required)
                    .Value(asset.UsageCount)
                    .Value(source)
                    .Value(asset.CreatedAt.ToUniversalTime());
                var link = new NpgsqlBatchCommand(LinkSql);
                AddMatch(link.Parameters, asset, source).Value(asset.ConversationId).Value(now);
                var readBack = new NpgsqlBatchCommand(ReadBackSql);
                AddMatch(readBack.Parameters, asset, source);
                batch.BatchCommands.Add(insert);
                batch.BatchCommands.Add(link);
                batch.BatchCommands.Add(readBack);
                return (await ReadAssetsAsync(batch.ExecuteReaderAsync(token), token).ConfigureAwait(false))[0];
            },
            cancellationToken).ConfigureAwait(false);
        return stored;
    }

    /// <inheritdoc />
    public async ValueTask<AssetContext> GetAsync(string projectId, string conversationId, CancellationToken cancellationToken = default)
    {
        Identifier.Validate(projectId, nameof(projectId));
        Identifier.Validate(conversationId, nameof(conversationId));
        var assets = await QueryAsync("asset context read", ContextSql, idempotent: true, p => p.Value(projectId).Value(conversationId), cancellationToken).ConfigureAwait(false);
        return new AssetContext(projectId, conversationId, assets);
    }

    /// <inheritdoc />
    public async ValueTask<Asset?> FindAsync(string projectId, string assetId, CancellationToken cancellationToken = default)
    {
        Identifier.Validate(projectId, nameof(projectId));
        Identifier.Validate(assetId, nameof(assetId));
        var assets = await QueryAsync("asset find", FindSql, idempotent: true, p => p.Value(projectId).Value(assetId), cancellationToken).ConfigureAwait(false);
        return assets.IsEmpty ? null : assets[0];
    }

    /// <inheritdoc />
    public async ValueTask<Asset?> IncrementUsageAsync(string projectId, string assetId, CancellationToken cancellationToken = default)
    {
        Identifier.Validate(projectId, nameof(projectId));
        Identifier.Validate(assetId, nameof(assetId));

        // Not repeated after a lost connection: the first attempt may have counted already.
        var assets = await QueryAsync("asset usage increment", IncrementSql, idempotent: false, p => p.Value(projectId).Value(assetId), cancellationToken).ConfigureAwait(false);
        return assets.IsEmpty ? null : assets[0];
    }

    /// <inheritdoc />
    public async ValueTask<Asset?> SetRequiredAsync(string projectId, string assetId, bool required, CancellationToken cancellationToken = default)
    {
        Identifier.Validate(projectId, nameof(projectId));
        Identifier.Validate(assetId, nameof(assetId));
        var assets = await QueryAsync("asset required update", RequiredSql, idempotent: true, p => p.Value(projectId).Value(assetId).Value(required), cancellationToken).ConfigureAwait(false);
        return assets.IsEmpty ? null : assets[0];
    }

    private Task<ImmutableArray<Asset>> QueryAsync(string operation, string sql, bool idempotent, Action<NpgsqlParameterCollection> bind, CancellationToken cancellationToken) =>
        _database.ExecuteAsync(
            operation,
            idempotent,
            async (connection, _, token) =>
            {
                using var command = new NpgsqlCommand(sql, connection);
                bind(command.Parameters);
                return await ReadAssetsAsync(command.ExecuteReaderAsync(token), token).ConfigureAwait(false);
            },
            cancellationToken);

    private static NpgsqlParameterCollection AddMatch(NpgsqlParameterCollection parameters, Asset asset, string source) =>
        parameters.Value(asset.ProjectId).Value(asset.Id).Value(source).Value(asset.Sha256, NpgsqlDbType.Text).Value(asset.Url);

    private static async Task<ImmutableArray<Asset>> ReadAssetsAsync(Task<NpgsqlDataReader> execute, CancellationToken cancellationToken)
    {
        var reader = await execute.ConfigureAwait(false);
        await using var readerScope = reader.ConfigureAwait(false);
        var assets = ImmutableArray.CreateBuilder<Asset>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            assets.Add(new Asset(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                AssetNames.TypeOf(reader.GetString(4)),
                reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetInt32(6),
                reader.IsDBNull(7) ? null : reader.GetInt32(7),
                reader.IsDBNull(8) ? null : reader.GetFieldValue<TimeSpan>(8),
                reader.IsDBNull(9) ? null : reader.GetString(9),
                reader.IsDBNull(10) ? null : reader.GetInt64(10),
                reader.IsDBNull(11) ? null : reader.GetString(11),
                [.. reader.GetFieldValue<string[]>(12)],
                reader.GetBoolean(13),
                reader.GetInt32(14),
                AssetNames.SourceOf(reader.GetString(15)),
                reader.GetFieldValue<DateTimeOffset>(16)));
        }

        return assets.ToImmutable();
    }
}
