using System.Collections.Immutable;
using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace BazaarVid.Storage.Postgres;

/// <summary>
/// Holds one connection that LISTENs on the schema's channel and hands every notification from another instance to
/// the subscribed handlers, one at a time, off the connection's thread. A lost connection (network, server restart,
/// <c>pg_terminate_backend</c>) is reopened with backoff and LISTEN issued again; handlers then get a
/// <see cref="NotificationKind.Resumed"/> notification with the server time from which changes may have been missed.
/// </summary>
internal sealed class PostgresNotificationListener : IAsyncDisposable
{
    /// <summary>How long the connection may sit idle before it is checked (and the catch-up point moved forward).</summary>
    internal static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(10);

    /// <summary>Commits are stamped with their transaction's start: look back this much further when catching up.</summary>
    internal static readonly TimeSpan CatchUpMargin = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan MinReconnectDelay = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaxReconnectDelay = TimeSpan.FromSeconds(5);

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _channel;
    private readonly string _instanceId;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Channel<StorageNotification> _inbox = Channel.CreateUnbounded<StorageNotification>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _firstAttempt = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();
    private ImmutableArray<Func<StorageNotification, CancellationToken, Task>> _handlers = [];
    private Task? _loop;
    private Task? _dispatcher;
    private int _processId;
    private int _connections;
    private bool _disposed;

    public PostgresNotificationListener(NpgsqlDataSource dataSource, string channel, string instanceId, TimeProvider timeProvider, ILogger logger)
    {
        _dataSource = dataSource;
        _channel = channel;
        _instanceId = instanceId;
        _time = timeProvider;
        _logger = logger;
    }

    /// <summary>The backend process id of the listening connection, or 0 while disconnected.</summary>
    public int ProcessId => Volatile.Read(ref _processId);

    /// <summary>How many times a LISTEN connection was established (1 after the first, +1 per reconnection).</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Adds a handler; handlers run one notification at a time, in arrival order.</summary>
    public void Subscribe(Func<StorageNotification, CancellationToken, Task> handler)
    {
        lock (_gate)
        {
            _handlers = _handlers.Add(handler);
        }
    }

    /// <summary>Starts listening (once) and waits until the first connection attempt has finished, successful or not.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_loop is null && !_disposed)
            {
                using (ExecutionContext.SuppressFlow())
                {
                    _dispatcher = Task.Run(DispatchAsync, CancellationToken.None);
                    _loop = Task.Run(ListenAsync, CancellationToken.None);
                }
            }
        }

        return _firstAttempt.Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Task? loop;
        Task? dispatcher;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            loop = _loop;
            dispatcher = _dispatcher;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        if (loop is not null)
        {
            await loop.ConfigureAwait(false);
        }

        _inbox.Writer.TryComplete();
        if (dispatcher is not null)
        {
            await dispatcher.ConfigureAwait(false);
        }

        _stop.Dispose();
    }

    private async Task ListenAsync()
    {
        var token = _stop.Token;
        var started = Stopwatch.GetTimestamp();
        var delay = MinReconnectDelay;
        DateTimeOffset? aliveAt = null;
        var missedFirst = false;
        while (!token.IsCancellationRequested)
        {
            NpgsqlConnection? connection = null;
            try
            {
                connection = await _dataSource.OpenConnectionAsync(token).ConfigureAwait(false);
                connection.Notification += OnNotification;
                using (var listen = connection.CreateCommand())
                {
                    listen.CommandText = $"LISTEN \"{_channel}\"";
                    await listen.ExecuteNonQueryAsync(token).ConfigureAwait(false);
                }

                var now = await ServerNowAsync(connection, token).ConfigureAwait(false);
                var since = aliveAt is { } previous ? previous
                    : missedFirst ? now - Stopwatch.GetElapsedTime(started)
                    : (DateTimeOffset?)null;
                aliveAt = now;
                Volatile.Write(ref _processId, connection.ProcessID);
                if (Interlocked.Increment(ref _connections) > 1)
                {
                    PostgresTelemetry.ListenerReconnects.Add(1);
                }

                PostgresLog.ListenerConnected(_logger, _channel, connection.ProcessID);
                _firstAttempt.TrySetResult();
                if (since is { } from)
                {
                    _inbox.Writer.TryWrite(new StorageNotification(NotificationKind.Resumed, _instanceId, Since: from - CatchUpMargin));
                }

                delay = MinReconnectDelay;
                while (true)
                {
                    if (!await connection.WaitAsync(KeepAlive, token).ConfigureAwait(false))
                    {
                        aliveAt = await ServerNowAsync(connection, token).ConfigureAwait(false);
                    }
                }
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                Volatile.Write(ref _processId, 0);
                missedFirst |= aliveAt is null;
                _firstAttempt.TrySetResult();
                PostgresLog.ListenerLost(_logger, delay.TotalMilliseconds, e);
                try
                {
                    await Task.Delay(delay, _time, token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxReconnectDelay.Ticks));
            }
            finally
            {
                if (connection is not null)
                {
                    connection.Notification -= OnNotification;
                    await connection.DisposeAsync().ConfigureAwait(false);
                }
            }
        }

        Volatile.Write(ref _processId, 0);
        _firstAttempt.TrySetResult();
    }

    private static async Task<DateTimeOffset> ServerNowAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT now()";
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var readerScope = reader.ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return reader.GetFieldValue<DateTimeOffset>(0);
    }

    private void OnNotification(object sender, NpgsqlNotificationEventArgs e)
    {
        var notification = StorageNotification.Parse(e.Payload);
        if (notification is null)
        {
            PostgresLog.NotificationMalformed(_logger, e.Channel);
            return;
        }

        // This instance already acted on its own changes when it made them.
        if (notification.Origin != _instanceId)
        {
            _inbox.Writer.TryWrite(notification);
        }
    }

    private async Task DispatchAsync()
    {
        await foreach (var notification in _inbox.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            ImmutableArray<Func<StorageNotification, CancellationToken, Task>> handlers;
            lock (_gate)
            {
                handlers = _handlers;
            }

            foreach (var handler in handlers)
            {
                try
                {
                    await handler(notification, _stop.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (_stop.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception e)
                {
                    PostgresLog.NotificationHandlerFailed(_logger, notification.Kind.ToString(), e);
                }
            }
        }
    }
}
