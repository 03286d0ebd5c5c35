using System.Collections.Immutable;
using System.Text.Json;
using BazaarVid.Brain;
using BazaarVid.Context;
using Npgsql;
using NpgsqlTypes;

namespace BazaarVid.Storage.Postgres;

/// <summary>
/// <see cref="ISceneStore"/> on PostgreSQL: <c>scenes</c> holds the newest version of each scene, <c>scene_versions</c>
/// every version's code. Each write is one statement (the scene row and its version row together); a new version is
/// accepted only on top of the version it follows, so two concurrent edits never both win. Writes may be repeated
/// after a lost connection: a retry that finds its own earlier write returns it. Every statement is filtered by project
/// and conversation.
/// </summary>
public sealed class PostgresSceneStore : ISceneStore
{
    private const string Columns = "project_id, conversation_id, scene_id, scene_order, name, code, duration_frames, spec, version, created_at, updated_at, deleted_at";

    private const string Key = "project_id = $1 AND conversation_id = $2 AND scene_id = $3";

    // $1-$3 key, $4 order, $5 name, $6 code, $7 duration, $8 spec, $9 version, $10 created at, $11 updated at.
    private const string CreateSql = $"""
        WITH scene AS (
            INSERT INTO scenes (project_id, conversation_id, scene_id, scene_order, name, code, duration_frames, spec, version, created_at, updated_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1, $10, $11)
            ON CONFLICT DO NOTHING
            RETURNING {Columns}),
        version AS (
            INSERT INTO scene_versions (project_id, conversation_id, scene_id, version, scene_order, name, code, duration_frames, spec, saved_at)
            SELECT project_id, conversation_id, scene_id, version, scene_order, name, code, duration_frames, spec, updated_at FROM scene
            RETURNING 1)
        SELECT {Columns} FROM scene WHERE EXISTS (SELECT 1 FROM version)
        """;

    private const string SaveSql = $"""
        WITH scene AS (
            UPDATE scenes SET scene_order = $4, name = $5, code = $6, duration_frames = $7, spec = $8, version = $9, updated_at = $11
            WHERE {Key} AND deleted_at IS NULL AND version = $9 - 1
            RETURNING {Columns}),
        version AS (
            INSERT INTO scene_versions (project_id, conversation_id, scene_id, version, scene_order, name, code, duration_frames, spec, saved_at)
            SELECT project_id, conversation_id, scene_id, version, scene_order, name, code, duration_frames, spec, updated_at FROM scene
            RETURNING 1)
        SELECT {Columns} FROM scene WHERE EXISTS (SELECT 1 FROM version)
        """;

    private const string DeleteSql = $"UPDATE scenes SET deleted_at = $4 WHERE {Key} AND deleted_at IS NULL RETURNING {Columns}";

    private const string GetSql = $"SELECT {Columns} FROM scenes WHERE {Key}";

    private const string ListSql = $"""
        SELECT {Columns} FROM scenes
        WHERE project_id = $1 AND conversation_id = $2 AND deleted_at IS NULL
        ORDER BY scene_order, created_at, scene_id COLLATE "C"
        """;

    private const string HistorySql = """
        SELECT v.project_id, v.conversation_id, v.scene_id, v.scene_order, v.name, v.code, v.duration_frames, v.spec, v.version,
               s.created_at, v.saved_at, CASE WHEN v.version = s.version THEN s.deleted_at END
        FROM scene_versions v
        JOIN scenes s ON s.project_id = v.project_id AND s.conversation_id = v.conversation_id AND s.scene_id = v.scene_id
        WHERE v.project_id = $1 AND v.conversation_id = $2 AND v.scene_id = $3
        ORDER BY v.version
        """;

    private readonly PostgresDatabase _database;

    internal PostgresSceneStore(PostgresDatabase database)
    {
        _database = database;
    }

    /// <inheritdoc />
    public async ValueTask<StoredScene> CreateAsync(StoredScene scene, CancellationToken cancellationToken = default)
    {
        StoredSceneValidation.Validate(scene);
        if (scene.Version != 1)
        {
            throw new ArgumentException("A new scene starts at version 1.", nameof(scene));
        }

        var wanted = Normalize(scene);
        return await _database.ExecuteAsync(
            "scene create",
            idempotent: true,
            async (connection, attempt, token) =>
            {
                var created = await WriteAsync(connection, CreateSql, wanted, token).ConfigureAwait(false);
                if (created is not null)
                {
                    return created;
                }

                var current = await GetAsync(connection, scene.ProjectId, scene.ConversationId, scene.SceneId, token).ConfigureAwait(false);
                return attempt > 1 && current is not null && IsSame(current, wanted) ? current : throw new SceneAlreadyExistsException(scene.SceneId);
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<StoredScene> SaveVersionAsync(StoredScene scene, CancellationToken cancellationToken = default)
    {
        StoredSceneValidation.Validate(scene);
        var wanted = Normalize(scene);
        return await _database.ExecuteAsync(
            "scene version save",
            idempotent: true,
            async (connection, attempt, token) =>
            {
                var saved = await WriteAsync(connection, SaveSql, wanted, token).ConfigureAwait(false);
                if (saved is not null)
                {
                    return saved;
                }

                var current = await GetAsync(connection, scene.ProjectId, scene.ConversationId, scene.SceneId, token).ConfigureAwait(false);
                if (current is null || current.DeletedAt is not null)
                {
                    throw new SceneNotFoundException(scene.SceneId);
                }

                return attempt > 1 && IsSame(current, wanted)
                    ? current
                    : throw new ConcurrencyConflictException(new ConversationKey(scene.ProjectId, scene.ConversationId), current.Version);
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<StoredScene> DeleteAsync(string projectId, string conversationId, string sceneId, DateTimeOffset deletedAt, CancellationToken cancellationToken = default)
    {
        Validate(projectId, conversationId, sceneId);
        var at = StoredText.ToMicroseconds(deletedAt);
        return await _database.ExecuteAsync(
            "scene delete",
            idempotent: true,
            async (connection, attempt, token) =>
            {
                using (var command = new NpgsqlCommand(DeleteSql, connection))
                {
                    command.Parameters.Value(projectId).Value(conversationId).Value(sceneId).Value(at);
                    var deleted = await ReadScenesAsync(command, token).ConfigureAwait(false);
                    if (!deleted.IsEmpty)
                    {
                        return deleted[0];
                    }
                }

                var current = await GetAsync(connection, projectId, conversationId, sceneId, token).ConfigureAwait(false);
                return attempt > 1 && current?.DeletedAt == at ? current : throw new SceneNotFoundException(sceneId);
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<StoredScene?> GetAsync(string projectId, string conversationId, string sceneId, CancellationToken cancellationToken = default)
    {
        Validate(projectId, conversationId, sceneId);
        return await _database.ExecuteAsync(
            "scene read",
            idempotent: true,
            (connection, _, token) => GetAsync(connection, projectId, conversationId, sceneId, token),
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<ImmutableArray<StoredScene>> ListAsync(string projectId, string conversationId, CancellationToken cancellationToken = default)
    {
        Identifier.Validate(projectId, nameof(projectId));
        Identifier.Validate(conversationId, nameof(conversationId));
        return await _database.ExecuteAsync(
            "scene list",
            idempotent: true,
            async (connection, _, token) =>
            {
                using var command = new NpgsqlCommand(ListSql, connection);
                command.Parameters.Value(projectId).Value(conversationId);
                return await ReadScenesAsync(command, token).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<ImmutableArray<StoredScene>> GetHistoryAsync(string projectId, string conversationId, string sceneId, CancellationToken cancellationToken = default)
    {
        Validate(projectId, conversationId, sceneId);
        return await _database.ExecuteAsync(
            "scene history read",
            idempotent: true,
            async (connection, _, token) =>
            {
                using var command = new NpgsqlCommand(HistorySql, connection);
                command.Parameters.Value(projectId).Value(conversationId).Value(sceneId);
                return await ReadScenesAsync(command, token).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
    }

    private static async Task<StoredScene?> WriteAsync(NpgsqlConnection connection, string sql, StoredScene scene, CancellationToken cancellationToken)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.Parameters
            .Value(scene.ProjectId)
            .Value(scene.ConversationId)
            .Value(scene.SceneId)
            .Value(scene.Order)
            .Value(scene.Name)
            .Value(scene.Code)
            .Value(scene.DurationInFrames)
            .Value(scene.Spec is null ? null : StoredText.ForJsonb(JsonSerializer.Serialize(scene.Spec, PostgresJsonContext.Default.SceneSpec)), NpgsqlDbType.Jsonb)
            .Value(scene.Version)
            .Value(scene.CreatedAt)
            .Value(scene.UpdatedAt);
        var written = await ReadScenesAsync(command, cancellationToken).ConfigureAwait(false);
        return written.IsEmpty ? null : written[0];
    }

    private static async Task<StoredScene?> GetAsync(NpgsqlConnection connection, string projectId, string conversationId, string sceneId, CancellationToken cancellationToken)
    {
        using var command = new NpgsqlCommand(GetSql, connection);
        command.Parameters.Value(projectId).Value(conversationId).Value(sceneId);
        var scenes = await ReadScenesAsync(command, cancellationToken).ConfigureAwait(false);
        return scenes.IsEmpty ? null : scenes[0];
    }

    private static async Task<ImmutableArray<StoredScene>> ReadScenesAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var readerScope = reader.ConfigureAwait(false);
        var scenes = ImmutableArray.CreateBuilder<StoredScene>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            scenes.Add(new StoredScene(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetInt32(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.GetInt32(6),
                reader.IsDBNull(7) ? null : JsonSerializer.Deserialize(reader.GetString(7), PostgresJsonContext.Default.SceneSpec),
                reader.GetInt32(8),
                reader.GetFieldValue<DateTimeOffset>(9),
                reader.GetFieldValue<DateTimeOffset>(10),
                reader.IsDBNull(11) ? null : reader.GetFieldValue<DateTimeOffset>(11)));
        }

        return scenes.ToImmutable();
    }

    /// <summary>The scene as it will be stored: timestamps cut to microseconds, not deleted.</summary>
    private static StoredScene Normalize(StoredScene scene) => scene with
    {
        CreatedAt = StoredText.ToMicroseconds(scene.CreatedAt),
        UpdatedAt = StoredText.ToMicroseconds(scene.UpdatedAt),
        DeletedAt = null,
    };

    /// <summary>True when <paramref name="stored"/> is the version <paramref name="wanted"/> describes (its creation time aside, which the first version fixes).</summary>
    private static bool IsSame(StoredScene stored, StoredScene wanted) =>
        stored.Version == wanted.Version && stored.Code == wanted.Code && stored.Name == wanted.Name
        && stored.Order == wanted.Order && stored.DurationInFrames == wanted.DurationInFrames
        && stored.UpdatedAt == wanted.UpdatedAt && stored.DeletedAt is null;

    private static void Validate(string projectId, string conversationId, string sceneId)
    {
        Identifier.Validate(projectId, nameof(projectId));
        Identifier.Validate(conversationId, nameof(conversationId));
        Identifier.Validate(sceneId, nameof(sceneId));
    }
}
