using System.Collections.Immutable;
using System.Text;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace BazaarVid.Storage.Postgres;

/// <summary>
/// The default <see cref="IBazaarVidMigrator"/>: embedded <c>NNNN_name.sql</c> files applied in version order inside
/// one transaction that holds a transaction-scoped advisory lock derived from the schema name, recorded (with a
/// checksum) in <c>schema_migrations</c> in the same schema.
/// </summary>
internal sealed class PostgresMigrator : IBazaarVidMigrator
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _schema;
    private readonly ImmutableArray<SchemaMigration> _migrations;
    private readonly TransientRetry _retry;
    private readonly ILogger _logger;

    public PostgresMigrator(NpgsqlDataSource dataSource, string schema, IReadOnlyList<SchemaMigration> migrations, int maxRetries, TimeProvider timeProvider, ILogger logger)
    {
        _dataSource = dataSource;
        _schema = schema;
        _migrations = SchemaMigration.Ordered(migrations);
        _retry = new TransientRetry(maxRetries, timeProvider, logger);
        _logger = logger;
        LockKey = LockKeyOf(schema);
    }

    /// <summary>The advisory lock key of the schema (FNV-1a of a fixed prefix and the schema name), stable across processes and versions.</summary>
    internal long LockKey { get; }

    /// <inheritdoc />
    public Task<MigrationResult> MigrateAsync(CancellationToken cancellationToken = default) =>
        _retry.RunAsync("migration", idempotent: true, (_, token) => MigrateOnceAsync(token), cancellationToken);

    /// <inheritdoc />
    public Task VerifyAsync(CancellationToken cancellationToken = default) =>
        _retry.RunAsync(
            "schema verification",
            idempotent: true,
            async (_, token) =>
            {
                var applied = await ReadAppliedAsync(null, token).ConfigureAwait(false);
                var (missing, changed) = Compare(applied);
                if (missing.Count > 0 || changed.Count > 0)
                {
                    PostgresLog.SchemaNotReady(_logger, _schema, missing.Count, changed.Count);
                    throw new PostgresSchemaNotReadyException(_schema, [.. missing.Select(m => m.Name)], changed);
                }

                return true;
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<ImmutableArray<string>> GetPendingMigrationsAsync(CancellationToken cancellationToken = default) =>
        _retry.RunAsync(
            "schema verification",
            idempotent: true,
            async (_, token) =>
            {
                var applied = await ReadAppliedAsync(null, token).ConfigureAwait(false);
                return Compare(applied).Missing.Select(m => m.Name).ToImmutableArray();
            },
            cancellationToken);

    internal static long LockKeyOf(string schema)
    {
        // FNV-1a, 64 bit: string.GetHashCode is randomized per process and would not serialize two processes.
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes("bazaarvid.migrations." + schema))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return unchecked((long)hash);
    }

    private async Task<MigrationResult> MigrateOnceAsync(CancellationToken cancellationToken)
    {
        NpgsqlConnection connection;
        try
        {
            connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new OpenFailedException(e);
        }

        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using var transactionScope = transaction.ConfigureAwait(false);
            await ExecuteAsync(connection, "SELECT pg_advisory_xact_lock($1)", cancellationToken, LockKey).ConfigureAwait(false);
            var exists = await ScalarAsync<bool>(connection, "SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1)", cancellationToken, _schema).ConfigureAwait(false);
            if (!exists)
            {
                await ExecuteAsync(connection, $"CREATE SCHEMA \"{_schema}\"", cancellationToken).ConfigureAwait(false);
            }

            await ExecuteAsync(connection, $"SET LOCAL search_path TO \"{_schema}\"", cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(
                connection,
                """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version    integer     NOT NULL PRIMARY KEY,
                    name       text        NOT NULL,
                    checksum   text        NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now())
                """,
                cancellationToken).ConfigureAwait(false);

            var applied = await ReadAppliedAsync(connection, cancellationToken).ConfigureAwait(false);
            var (missing, changed) = Compare(applied);
            if (changed.Count > 0)
            {
                PostgresLog.SchemaNotReady(_logger, _schema, missing.Count, changed.Count);
                throw new PostgresSchemaNotReadyException(_schema, [], changed);
            }

            foreach (var migration in missing)
            {
                await ExecuteAsync(connection, migration.Sql, cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(connection, "INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)", cancellationToken, migration.Version, migration.Name, migration.Checksum).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            foreach (var migration in missing)
            {
                PostgresLog.MigrationApplied(_logger, migration.Name, _schema);
            }

            if (missing.Count == 0)
            {
                PostgresLog.MigrationsUpToDate(_logger, _schema, _migrations.Length);
            }

            return new MigrationResult(
                _schema,
                [.. missing.Select(m => m.Name)],
                [.. _migrations.Where(m => applied.ContainsKey(m.Version)).Select(m => m.Name)]);
        }
    }

    /// <summary>Applied migrations by version; empty when the schema or its <c>schema_migrations</c> table does not exist.</summary>
    private async Task<Dictionary<int, (string Name, string Checksum)>> ReadAppliedAsync(NpgsqlConnection? connection, CancellationToken cancellationToken)
    {
        var own = connection is null;
        if (own)
        {
            try
            {
                connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new OpenFailedException(e);
            }
        }

        try
        {
            var applied = new Dictionary<int, (string, string)>();
            var table = await ScalarAsync<string?>(connection!, "SELECT to_regclass(quote_ident($1) || '.schema_migrations')::text", cancellationToken, _schema).ConfigureAwait(false);
            if (table is null)
            {
                return applied;
            }

            using var command = connection!.CreateCommand();
            command.CommandText = $"SELECT version, name, checksum FROM \"{_schema}\".schema_migrations";
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using var readerScope = reader.ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                applied[reader.GetInt32(0)] = (reader.GetString(1), reader.GetString(2));
            }

            return applied;
        }
        finally
        {
            if (own)
            {
                await connection!.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private (List<SchemaMigration> Missing, List<string> Changed) Compare(Dictionary<int, (string Name, string Checksum)> applied)
    {
        var missing = new List<SchemaMigration>();
        var changed = new List<string>();
        foreach (var migration in _migrations)
        {
            if (!applied.TryGetValue(migration.Version, out var record))
            {
                missing.Add(migration);
            }
            else if (!string.Equals(record.Checksum, migration.Checksum, StringComparison.Ordinal))
            {
                changed.Add(migration.Name);
            }
        }

        foreach (var (version, record) in applied)
        {
            if (!_migrations.Any(m => m.Version == version))
            {
                PostgresLog.UnknownMigration(_logger, _schema, record.Name);
            }
        }

        return (missing, changed);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is DBNull or null ? default! : (T)value;
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, object[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return command;
    }
}
