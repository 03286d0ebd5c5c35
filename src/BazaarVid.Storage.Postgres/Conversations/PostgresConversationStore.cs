using System.Collections.Immutable;
using System.Text.Json;
using BazaarVid.Context;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace BazaarVid.Storage.Postgres;

/// <summary>
/// <see cref="IConversationStore"/> on PostgreSQL. A load is one statement (one round trip, one consistent snapshot):
/// the conversation row and the messages after its summary. A commit is one statement too: the version-checked snapshot
/// write, the message inserts and the notification to other instances, all or nothing. The snapshot and each message
/// are stored as <c>ContextJsonContext</c> JSON (the same state gives the same bytes), so a commit retried after a lost
/// connection recognises its own earlier success instead of reporting a conflict. When another instance commits, its
/// notification drops this instance's cached context (<see cref="IContextManager.Invalidate"/>).
/// </summary>
public sealed class PostgresConversationStore : IConversationStore
{
    internal const string LoadSql = """
        SELECT 0 AS kind, c.version AS seq, c.state AS body, NULL::bytea AS exact_text
        FROM conversations c
        WHERE c.project_id = $1 AND c.conversation_id = $2
        UNION ALL
        SELECT 1, m.seq, m.body, m.exact_text
        FROM conversations c
        JOIN messages m ON m.project_id = c.project_id AND m.conversation_id = c.conversation_id AND m.seq > c.covered_through_seq
        WHERE c.project_id = $1 AND c.conversation_id = $2
        ORDER BY kind, seq
        """;

    private const string ReadMessagesSql = """
        SELECT body, exact_text FROM messages
        WHERE project_id = $1 AND conversation_id = $2 AND seq > $3
        ORDER BY seq
        LIMIT $4
        """;

    // $1 project, $2 conversation, $3 expected version, $4 version, $5 last seq, $6 last turn, $7 covered through,
    // $8 state, $9 updated at, $10-$15 the messages as arrays, $16 channel, $17 notification payload.
    private const string MessagesAndNotify = """
        , appended AS (
            INSERT INTO messages (project_id, conversation_id, seq, turn, role, body, exact_text, created_at)
            SELECT $1, $2, m.seq, m.turn, m.role, m.body, m.exact_text, m.created_at
            FROM unnest($10::bigint[], $11::integer[], $12::text[], $13::json[], $14::bytea[], $15::timestamptz[])
                AS m(seq, turn, role, body, exact_text, created_at)
            WHERE EXISTS (SELECT 1 FROM written)
            RETURNING 1)
        SELECT (SELECT count(*) FROM written), (SELECT count(*) FROM appended), (SELECT count(pg_notify($16, $17)) FROM written)
        """;

    private const string InsertSql = """
        WITH written AS (
            INSERT INTO conversations (project_id, conversation_id, version, last_seq, last_turn, covered_through_seq, state, updated_at)
            SELECT $1, $2, $4, $5, $6, $7, $8, $9
            WHERE $3 = 0
            ON CONFLICT (project_id, conversation_id) DO NOTHING
            RETURNING 1)
        """ + MessagesAndNotify;

    private const string UpdateSql = """
        WITH written AS (
            UPDATE conversations
            SET version = $4, last_seq = $5, last_turn = $6, covered_through_seq = $7, state = $8, updated_at = $9, touched_at = now()
            WHERE project_id = $1 AND conversation_id = $2 AND version = $3
            RETURNING 1)
        """ + MessagesAndNotify;

    private const string ReplaySql = "SELECT state FROM conversations WHERE project_id = $1 AND conversation_id = $2 AND version = $3";

    private const string TouchedSinceSql = "SELECT project_id, conversation_id FROM conversations WHERE touched_at >= $1";

    private readonly PostgresDatabase _database;
    private readonly IServiceProvider _services;

    internal PostgresConversationStore(PostgresDatabase database, IServiceProvider services)
    {
        _database = database;
        _services = services;
        database.Listener.Subscribe(OnNotificationAsync);
    }

    /// <inheritdoc />
    public async ValueTask<StoredConversation?> LoadAsync(ConversationKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return await _database.ExecuteAsync(
            "conversation load",
            idempotent: true,
            async (connection, _, token) =>
            {
                using var command = new NpgsqlCommand(LoadSql, connection);
                command.Parameters.Value(key.ProjectId).Value(key.ConversationId);
                var reader = await command.ExecuteReaderAsync(token).ConfigureAwait(false);
                await using var readerScope = reader.ConfigureAwait(false);
                ConversationSnapshot? snapshot = null;
                var messages = ImmutableArray.CreateBuilder<ConversationMessage>();
                while (await reader.ReadAsync(token).ConfigureAwait(false))
                {
                    if (reader.GetInt32(0) == 0)
                    {
                        snapshot = ReadSnapshot(reader.GetFieldValue<byte[]>(2));
                    }
                    else
                    {
                        messages.Add(ReadMessage(reader, 2));
                    }
                }

                return snapshot is null ? null : new StoredConversation(snapshot, messages.ToImmutable());
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<ImmutableArray<ConversationMessage>> ReadMessagesAsync(ConversationKey key, long afterSequence, int maxCount, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentOutOfRangeException.ThrowIfNegative(afterSequence);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        return await _database.ExecuteAsync(
            "message read",
            idempotent: true,
            async (connection, _, token) =>
            {
                using var command = new NpgsqlCommand(ReadMessagesSql, connection);
                command.Parameters.Value(key.ProjectId).Value(key.ConversationId).Value(afterSequence).Value(maxCount);
                var reader = await command.ExecuteReaderAsync(token).ConfigureAwait(false);
                await using var readerScope = reader.ConfigureAwait(false);
                var messages = ImmutableArray.CreateBuilder<ConversationMessage>();
                while (await reader.ReadAsync(token).ConfigureAwait(false))
                {
                    messages.Add(ReadMessage(reader, 0));
                }

                return messages.ToImmutable();
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask CommitAsync(ConversationKey key, ConversationCommit commit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(commit);
        cancellationToken.ThrowIfCancellationRequested();
        CommitValidation.Validate(commit);
        var snapshot = commit.Snapshot;
        var state = JsonSerializer.Serialize(snapshot, ContextJsonContext.Default.ConversationSnapshot);
        var messages = commit.AppendedMessages.IsDefault ? [] : commit.AppendedMessages;
        var payload = StorageNotification.ConversationChanged(_database.InstanceId, key, snapshot.Version);
        try
        {
            await _database.ExecuteAsync(
                "conversation commit",
                idempotent: true,
                async (connection, attempt, token) =>
                {
                    using var command = new NpgsqlCommand(commit.ExpectedVersion == 0 ? InsertSql : UpdateSql, connection);
                    command.Parameters
                        .Value(key.ProjectId)
                        .Value(key.ConversationId)
                        .Value(commit.ExpectedVersion)
                        .Value(snapshot.Version)
                        .Value(snapshot.LastSequence)
                        .Value(snapshot.LastTurn)
                        .Value(snapshot.Summary.CoveredThroughSequence)
                        .Value(state, NpgsqlDbType.Json)
                        .Value(snapshot.UpdatedAt?.ToUniversalTime(), NpgsqlDbType.TimestampTz)
                        .Value(messages.Select(m => m.Sequence).ToArray())
                        .Value(messages.Select(m => m.Turn).ToArray())
                        .Value(messages.Select(m => RoleName(m.Role)).ToArray())
                        .Value(messages.Select(m => JsonSerializer.Serialize(m, ContextJsonContext.Default.ConversationMessage)).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Json)
                        .Value(messages.Select(m => StoredText.HasLoneSurrogate(m.Text) ? StoredText.ToUtf16(m.Text) : null).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Bytea)
                        .Value(messages.Select(m => m.Timestamp.ToUniversalTime()).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.TimestampTz)
                        .Value(_database.Channel)
                        .Value(payload);
                    var reader = await command.ExecuteReaderAsync(token).ConfigureAwait(false);
                    await using (reader.ConfigureAwait(false))
                    {
                        await reader.ReadAsync(token).ConfigureAwait(false);
                        if (reader.GetInt64(0) == 1)
                        {
                            return true;
                        }
                    }

                    // A retry after a lost connection may find its own earlier attempt committed: same version, same bytes.
                    if (attempt > 1 && await IsCommittedAsync(connection, key, snapshot.Version, state, token).ConfigureAwait(false))
                    {
                        PostgresLog.CommitReplayed(_database.Logger, key);
                        return true;
                    }

                    throw new ConcurrencyConflictException(key, commit.ExpectedVersion);
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresUniqueViolationException e) when (e.ConstraintName is "messages_pk" or "conversations_pk")
        {
            // Only a writer that bypassed the version check can get here; nothing of this commit was written.
            throw new ConcurrencyConflictException(key, commit.ExpectedVersion, e);
        }
    }

    internal static async Task<bool> IsCommittedAsync(NpgsqlConnection connection, ConversationKey key, long version, string state, CancellationToken cancellationToken)
    {
        using var command = new NpgsqlCommand(ReplaySql, connection);
        command.Parameters.Value(key.ProjectId).Value(key.ConversationId).Value(version);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string stored
            && string.Equals(stored, state, StringComparison.Ordinal);
    }

    /// <summary>A snapshot from its stored UTF-8 JSON (read as bytes: no transcoding through a string).</summary>
    internal static ConversationSnapshot ReadSnapshot(byte[] json) =>
        JsonSerializer.Deserialize(json, ContextJsonContext.Default.ConversationSnapshot)!;

    /// <summary>A message from its stored UTF-8 JSON and, when the text held a lone surrogate, its exact UTF-16 text.</summary>
    internal static ConversationMessage ReadMessage(byte[] json, byte[]? exactText)
    {
        var message = JsonSerializer.Deserialize(json, ContextJsonContext.Default.ConversationMessage)!;
        return exactText is null ? message : message with { Text = StoredText.FromUtf16(exactText) };
    }

    private static ConversationMessage ReadMessage(NpgsqlDataReader reader, int bodyOrdinal) =>
        ReadMessage(reader.GetFieldValue<byte[]>(bodyOrdinal), reader.IsDBNull(bodyOrdinal + 1) ? null : reader.GetFieldValue<byte[]>(bodyOrdinal + 1));

    private static string RoleName(MessageRole role) => role switch
    {
        MessageRole.User => "user",
        MessageRole.Assistant => "assistant",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown message role."),
    };

    internal async Task OnNotificationAsync(StorageNotification notification, CancellationToken cancellationToken)
    {
        switch (notification.Kind)
        {
            case NotificationKind.ConversationChanged when _services.GetService<IContextManager>() is { } manager:
                manager.Invalidate(notification.Conversation!);
                PostgresTelemetry.RemoteInvalidations.Add(1);
                PostgresLog.ContextInvalidated(_database.Logger, notification.Conversation!, notification.Version);
                break;
            case NotificationKind.Resumed when _services.GetService<IContextManager>() is { } manager:
                var changed = await _database.ExecuteAsync(
                    "conversation catch-up",
                    idempotent: true,
                    async (connection, _, token) =>
                    {
                        using var command = new NpgsqlCommand(TouchedSinceSql, connection);
                        command.Parameters.Value(notification.Since.ToUniversalTime());
                        var reader = await command.ExecuteReaderAsync(token).ConfigureAwait(false);
                        await using var readerScope = reader.ConfigureAwait(false);
                        var keys = new List<ConversationKey>();
                        while (await reader.ReadAsync(token).ConfigureAwait(false))
                        {
                            keys.Add(new ConversationKey(reader.GetString(0), reader.GetString(1)));
                        }

                        return keys;
                    },
                    cancellationToken).ConfigureAwait(false);
                foreach (var key in changed)
                {
                    manager.Invalidate(key);
                }

                PostgresTelemetry.RemoteInvalidations.Add(changed.Count);
                PostgresLog.ConversationsCaughtUp(_database.Logger, changed.Count, notification.Since);
                break;
        }
    }
}
