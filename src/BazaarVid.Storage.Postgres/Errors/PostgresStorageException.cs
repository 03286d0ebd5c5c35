using BazaarVid.Context;

namespace BazaarVid.Storage.Postgres;

/// <summary>
/// A PostgreSQL operation of the BazaarVid stores failed. <see cref="SqlState"/> is the server's five-character error
/// code when the server reported one (null for client-side failures such as a refused connection);
/// <see cref="BazaarVidException.Code"/> is the SDK's stable code. Specific failures have their own subclasses.
/// </summary>
public class PostgresStorageException : BazaarVidException
{
    /// <summary>Creates the exception with the SDK code, a message, the SqlState (when known) and the original error.</summary>
    public PostgresStorageException(string code, string message, string? sqlState, Exception? innerException = null)
        : base(code, message, innerException)
    {
        SqlState = sqlState;
    }

    /// <summary>The PostgreSQL error code (for example <c>23505</c>), or null for failures without one.</summary>
    public string? SqlState { get; }

    /// <summary>True when the same operation may succeed if tried again (the stores already retried it a bounded number of times).</summary>
    public virtual bool IsTransient => false;
}

/// <summary>A unique constraint refused a write (SqlState <c>23505</c>); nothing was written.</summary>
public sealed class PostgresUniqueViolationException : PostgresStorageException
{
    /// <summary>Creates the exception for the violated constraint.</summary>
    public PostgresUniqueViolationException(string message, string? constraintName, Exception? innerException = null)
        : base("postgres-unique-violation", message, "23505", innerException)
    {
        ConstraintName = constraintName;
    }

    /// <summary>The violated constraint or unique index, when the server named it.</summary>
    public string? ConstraintName { get; }
}

/// <summary>
/// The server aborted the transaction because of a concurrent one: a serialization failure (<c>40001</c>) or a
/// deadlock (<c>40P01</c>). Nothing was written; the stores retry these a bounded number of times first.
/// </summary>
public sealed class PostgresSerializationFailureException : PostgresStorageException
{
    /// <summary>Creates the exception with the SqlState reported.</summary>
    public PostgresSerializationFailureException(string message, string sqlState, Exception? innerException = null)
        : base("postgres-serialization-failure", message, sqlState, innerException)
    {
    }

    /// <inheritdoc />
    public override bool IsTransient => true;
}

/// <summary>
/// The database could not be reached or the connection was lost (connection refused or reset, server shutting down,
/// too many connections: SqlState class <c>08</c>, <c>57P01</c>–<c>57P03</c>, <c>53300</c>). A write that failed this way may
/// or may not have been committed; the stores make their writes safe to repeat where the contract allows.
/// </summary>
public sealed class PostgresConnectionException : PostgresStorageException
{
    /// <summary>Creates the exception with the SqlState reported, if any.</summary>
    public PostgresConnectionException(string message, string? sqlState, Exception? innerException = null)
        : base("postgres-connection-failure", message, sqlState, innerException)
    {
    }

    /// <inheritdoc />
    public override bool IsTransient => true;
}

/// <summary>A command ran longer than <see cref="PostgresStorageOptions.CommandTimeout"/> or was cancelled by the server (<c>57014</c>).</summary>
public sealed class PostgresTimeoutException : PostgresStorageException
{
    /// <summary>Creates the exception with the SqlState reported, if any.</summary>
    public PostgresTimeoutException(string message, string? sqlState, Exception? innerException = null)
        : base("postgres-timeout", message, sqlState, innerException)
    {
    }
}

/// <summary>
/// The database schema is not ready for this version of the stores: migrations are missing while
/// <see cref="PostgresStorageOptions.MigrationMode"/> is <see cref="PostgresMigrationMode.VerifyOnly"/>, or an applied
/// migration differs from the one shipped in this assembly.
/// </summary>
public sealed class PostgresSchemaNotReadyException : PostgresStorageException
{
    /// <summary>Creates the exception listing the migrations that are missing or differ.</summary>
    public PostgresSchemaNotReadyException(string schema, IReadOnlyList<string> missing, IReadOnlyList<string> changed)
        : base("postgres-schema-not-ready", Describe(schema, missing, changed), null)
    {
        ArgumentNullException.ThrowIfNull(missing);
        ArgumentNullException.ThrowIfNull(changed);
        Schema = schema;
        MissingMigrations = [.. missing];
        ChangedMigrations = [.. changed];
    }

    /// <summary>The schema that was checked.</summary>
    public string Schema { get; }

    /// <summary>Migrations (file names) not applied yet.</summary>
    public IReadOnlyList<string> MissingMigrations { get; }

    /// <summary>Applied migrations whose recorded checksum differs from the shipped file.</summary>
    public IReadOnlyList<string> ChangedMigrations { get; }

    private static string Describe(string schema, IReadOnlyList<string> missing, IReadOnlyList<string> changed)
    {
        var parts = new List<string>(2);
        if (missing.Count > 0)
        {
            parts.Add($"missing migrations: {string.Join(", ", missing)}");
        }

        if (changed.Count > 0)
        {
            parts.Add($"applied migrations that differ from this version: {string.Join(", ", changed)}");
        }

        return $"The BazaarVid schema '{schema}' is not ready ({string.Join("; ", parts)}). Apply the migrations (MigrationMode = Apply, or IBazaarVidMigrator.MigrateAsync from a deployment step).";
    }
}
