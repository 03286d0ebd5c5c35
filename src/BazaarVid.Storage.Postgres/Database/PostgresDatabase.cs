using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BazaarVid.Storage.Postgres;

/// <summary>
/// What every store shares: the one <see cref="NpgsqlDataSource"/> (search path set to the schema), the migrator, the
/// notification listener, this instance's id, and <see cref="ExecuteAsync{T}"/>, which makes sure the schema is ready,
/// opens a pooled connection, retries transient failures and translates errors.
/// </summary>
internal sealed class PostgresDatabase : IAsyncDisposable, IDisposable
{
    private readonly SemaphoreSlim _readyGate = new(1, 1);
    private readonly TransientRetry _retry;
    private volatile bool _ready;
    private int _disposed;

    public PostgresDatabase(IOptions<PostgresStorageOptions> options, TimeProvider timeProvider, ILoggerFactory? loggerFactory = null)
        : this(options, timeProvider, SchemaMigration.Embedded, loggerFactory)
    {
    }

    internal PostgresDatabase(IOptions<PostgresStorageOptions> options, TimeProvider timeProvider, IReadOnlyList<SchemaMigration> migrations, ILoggerFactory? loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        Options = options.Value;
        Time = timeProvider;
        loggerFactory ??= NullLoggerFactory.Instance;
        Logger = loggerFactory.CreateLogger("BazaarVid.Storage.Postgres");
        Schema = Options.Schema;
        Channel = Schema + "_events";
        InstanceId = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray().AsSpan(0, 8));
        DataSource = BuildDataSource(Options, loggerFactory);
        Migrator = new PostgresMigrator(DataSource, Schema, migrations, Options.MaxTransientRetries, timeProvider, Logger);
        Listener = new PostgresNotificationListener(DataSource, Channel, InstanceId, timeProvider, Logger);
        _retry = new TransientRetry(Options.MaxTransientRetries, timeProvider, Logger);
    }

    public PostgresStorageOptions Options { get; }

    public NpgsqlDataSource DataSource { get; }

    public TimeProvider Time { get; }

    public ILogger Logger { get; }

    public string Schema { get; }

    /// <summary>The LISTEN/NOTIFY channel of the schema.</summary>
    public string Channel { get; }

    /// <summary>Identifies this host instance in notifications, so it can ignore its own.</summary>
    public string InstanceId { get; }

    public PostgresMigrator Migrator { get; }

    public PostgresNotificationListener Listener { get; }

    /// <summary>
    /// Applies (or verifies) migrations once and starts the listener; later calls return at once. A failure is thrown to
    /// the caller and the next call tries again.
    /// </summary>
    public ValueTask EnsureReadyAsync(CancellationToken cancellationToken) =>
        _ready ? ValueTask.CompletedTask : new ValueTask(PrepareAsync(cancellationToken));

    /// <summary>Runs <paramref name="body"/> on a pooled connection with retries (see <see cref="TransientRetry"/>).</summary>
    /// <param name="operation">A short name for logs and errors ("conversation commit").</param>
    /// <param name="idempotent">True when running the body twice has the effect of running it once.</param>
    /// <param name="body">The work; receives the attempt number (1 first), so a write can recognise its own earlier success.</param>
    /// <param name="cancellationToken">Cancels waiting, opening and the commands.</param>
    public async Task<T> ExecuteAsync<T>(string operation, bool idempotent, Func<NpgsqlConnection, int, CancellationToken, Task<T>> body, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        await EnsureReadyAsync(cancellationToken).ConfigureAwait(false);
        return await _retry.RunAsync(
            operation,
            idempotent,
            async (attempt, token) =>
            {
                NpgsqlConnection connection;
                try
                {
                    connection = await DataSource.OpenConnectionAsync(token).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    throw new OpenFailedException(e);
                }

                await using (connection.ConfigureAwait(false))
                {
                    return await body(connection, attempt, token).ConfigureAwait(false);
                }
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await Listener.DisposeAsync().ConfigureAwait(false);
        await DataSource.DisposeAsync().ConfigureAwait(false);
        _readyGate.Dispose();
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await _readyGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_ready)
            {
                return;
            }

            if (Options.MigrationMode == PostgresMigrationMode.Apply)
            {
                await Migrator.MigrateAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await Migrator.VerifyAsync(cancellationToken).ConfigureAwait(false);
            }

            if (Options.Notifications)
            {
                await Listener.StartAsync(cancellationToken).ConfigureAwait(false);
            }

            _ready = true;
        }
        finally
        {
            _readyGate.Release();
        }
    }

    private static NpgsqlDataSource BuildDataSource(PostgresStorageOptions options, ILoggerFactory loggerFactory)
    {
        var builder = new NpgsqlDataSourceBuilder(options.ConnectionString);
        var connection = builder.ConnectionStringBuilder;
        connection.SearchPath = options.Schema;
        connection.CommandTimeout = (int)Math.Ceiling(options.CommandTimeout.TotalSeconds);
        if (string.IsNullOrEmpty(connection.ApplicationName))
        {
            connection.ApplicationName = "bazaarvid";
        }

        if (options.AutoPrepare && connection.MaxAutoPrepare == 0)
        {
            connection.MaxAutoPrepare = 64;
        }

        builder.UseLoggerFactory(loggerFactory);
        return builder.Build();
    }
}
