using BazaarVid.Storage.Postgres.Testing;
using Npgsql;

namespace BazaarVid.Storage.Postgres.Tests.TestSupport;

/// <summary>
/// The one database server of the test run: <c>BAZAARVID_TEST_POSTGRES</c> when set, otherwise a throwaway cluster
/// started on first use and removed when the test process exits. Under CI=true a server that cannot start fails the run.
/// </summary>
public static class PostgresServer
{
    private static readonly Lazy<string> Connection = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private static ThrowawayPostgres? _cluster;

    /// <summary>The connection string of the server (starting it on first use).</summary>
    public static string ConnectionString => Connection.Value;

    /// <summary>True when a server is configured or PostgreSQL binaries are installed.</summary>
    public static bool IsConfigured =>
        !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("BAZAARVID_TEST_POSTGRES")) || ThrowawayPostgres.FindBinDirectory() is not null;

    /// <summary>True on CI, where a missing database is a failure, never a skip.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Runs one statement as the superuser.</summary>
    public static async Task ExecuteAsync(string sql)
    {
        await using var dataSource = NpgsqlDataSource.Create(ConnectionString);
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Runs one query as the superuser and returns its first column.</summary>
    public static async Task<T> ScalarAsync<T>(string sql)
    {
        await using var dataSource = NpgsqlDataSource.Create(ConnectionString);
        await using var command = dataSource.CreateCommand(sql);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default! : (T)value;
    }

    private static string Start()
    {
        var configured = Environment.GetEnvironmentVariable("BAZAARVID_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        _cluster = ThrowawayPostgres.Start();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => _cluster.Dispose();
        return _cluster.ConnectionString;
    }
}

/// <summary>A fact that needs PostgreSQL: skipped only outside CI when no server is configured and none is installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!PostgresServer.IsConfigured && !PostgresServer.IsCi)
        {
            Skip = "PostgreSQL is not installed; run scripts/prerequisites/postgres.sh or set BAZAARVID_TEST_POSTGRES.";
        }
    }
}

/// <summary>A theory that needs PostgreSQL (see <see cref="PostgresFactAttribute"/>).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (!PostgresServer.IsConfigured && !PostgresServer.IsCi)
        {
            Skip = "PostgreSQL is not installed; run scripts/prerequisites/postgres.sh or set BAZAARVID_TEST_POSTGRES.";
        }
    }
}
