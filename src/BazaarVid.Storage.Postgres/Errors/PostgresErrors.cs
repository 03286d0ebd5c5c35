using System.Net.Sockets;
using System.Text;
using BazaarVid.Context;
using Npgsql;

namespace BazaarVid.Storage.Postgres;

/// <summary>Classifies Npgsql and PostgreSQL failures and translates them into the SDK's typed exceptions.</summary>
internal static class PostgresErrors
{
    /// <summary>How a failure may be retried.</summary>
    public enum Retry
    {
        /// <summary>Not transient.</summary>
        Never,

        /// <summary>The server rolled the work back (serialization failure, deadlock): always safe to run again.</summary>
        RolledBack,

        /// <summary>The connection failed: safe to run again only when nothing was sent or the operation is idempotent.</summary>
        Connection,
    }

    /// <summary>How <paramref name="exception"/> may be retried.</summary>
    public static Retry Classify(Exception exception) => exception switch
    {
        PostgresException { SqlState: "40001" or "40P01" } => Retry.RolledBack,
        PostgresException postgres => IsConnectionState(postgres.SqlState) ? Retry.Connection : Retry.Never,
        NpgsqlException { InnerException: TimeoutException } => Retry.Never,
        NpgsqlException npgsql when npgsql.IsTransient || npgsql.InnerException is IOException or SocketException => Retry.Connection,
        _ => Retry.Never,
    };

    /// <summary>
    /// The typed exception for <paramref name="exception"/>, or the exception itself when it is not a database failure
    /// (cancellation, SDK errors and programming errors pass through unchanged).
    /// </summary>
    public static Exception Translate(Exception exception, string operation)
    {
        ArgumentNullException.ThrowIfNull(exception);
        switch (exception)
        {
            case OperationCanceledException or BazaarVidException:
                return exception;
            case PostgresException postgres:
                return TranslateServerError(postgres, operation);
            case NpgsqlException { InnerException: TimeoutException } timeout:
                return new PostgresTimeoutException($"PostgreSQL {operation} timed out.", null, timeout);
            case NpgsqlException npgsql when Classify(npgsql) == Retry.Connection:
                return new PostgresConnectionException($"PostgreSQL {operation} failed: the database could not be reached or the connection was lost ({npgsql.Message}).", null, npgsql);
            case NpgsqlException npgsql:
                return new PostgresStorageException("postgres-error", $"PostgreSQL {operation} failed: {npgsql.Message}", null, npgsql);
            case EncoderFallbackException encoding:
                return new PostgresStorageException("postgres-invalid-text", $"PostgreSQL {operation} failed: a text value holds a lone surrogate, which PostgreSQL text cannot store.", null, encoding);
            default:
                return exception;
        }
    }

    private static PostgresStorageException TranslateServerError(PostgresException postgres, string operation)
    {
        var message = $"PostgreSQL {operation} failed: {postgres.SqlState} {postgres.MessageText}";
        return postgres.SqlState switch
        {
            PostgresErrorCodes.UniqueViolation => new PostgresUniqueViolationException(message, postgres.ConstraintName, postgres),
            PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected => new PostgresSerializationFailureException(message, postgres.SqlState, postgres),
            PostgresErrorCodes.QueryCanceled => new PostgresTimeoutException(message, postgres.SqlState, postgres),
            PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter => new PostgresStorageException("postgres-invalid-text", message, postgres.SqlState, postgres),
            var state when IsConnectionState(state) => new PostgresConnectionException(message, state, postgres),
            _ => new PostgresStorageException("postgres-error", message, postgres.SqlState, postgres),
        };
    }

    private static bool IsConnectionState(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal)
        || sqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
            or PostgresErrorCodes.TooManyConnections;
}
