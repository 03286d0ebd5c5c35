using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading.Channels;
using BazaarVid.Assets;
using BazaarVid.Context;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace BazaarVid.Storage.Postgres;

/// <summary>
/// <see cref="IAsyncImageProcessor"/> on a durable PostgreSQL queue (<c>image_analysis_jobs</c>).
/// <see cref="StartImageAnalysis"/> returns at once and writes the job in the background (<see cref="FlushAsync"/> waits
/// until every job started so far is durably queued); from then on the job survives crashes and restarts of any host.
/// Workers on every instance claim jobs with <c>FOR UPDATE SKIP LOCKED</c> under a lease, retry failures with exponential
/// backoff up to <see cref="PostgresImageJobOptions.MaxAttempts"/>, write each fact into every requesting conversation
/// (<see cref="IContextManager.AddImageFactAsync"/>), then finish the job and notify the other instances, whose
/// subscribers and waiting requests get the same <see cref="ImageAnalysisCompleted"/>. A job for an asset that is still
/// queued or running (on any instance) is joined, not repeated.
/// </summary>
public sealed partial class PostgresImageProcessor : IAsyncImageProcessor, IAsyncDisposable, IDisposable
{
    private const int RecentJobCapacity = 10_000;

    private readonly PostgresDatabase _database;
    private readonly IContextManager _context;
    private readonly IImageAnalyzer _analyzer;
    private readonly ImageAnalysisOptions _analysis;
    private readonly PostgresImageJobOptions _jobs;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private readonly ImageRequests _requests;
    private readonly Dictionary<(string ProjectId, string AssetId), LocalJob> _inFlight = [];
    private readonly HashSet<long> _delivered = [];
    private readonly Queue<long> _deliveredOrder = new();
    private readonly ConcurrentDictionary<Task, bool> _enqueues = new();
    private readonly SemaphoreSlim _wake = new(0, int.MaxValue);
    private readonly CancellationTokenSource _stopClaiming = new();
    private readonly CancellationTokenSource _shutdown = new();
    private readonly Task _background;
    private ImmutableArray<Channel<ImageAnalysisCompleted>> _subscribers = [];
    private bool _disposed;

    internal PostgresImageProcessor(
        PostgresDatabase database,
        IContextManager contextManager,
        IImageAnalyzer analyzer,
        IOptions<ImageAnalysisOptions> analysisOptions,
        TimeProvider timeProvider,
        ILogger<PostgresImageProcessor> logger)
    {
        ArgumentNullException.ThrowIfNull(contextManager);
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(analysisOptions);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _database = database;
        _context = contextManager;
        _analyzer = analyzer;
        _analysis = analysisOptions.Value;
        _jobs = database.Options.ImageJobs;
        _time = timeProvider;
        _logger = logger;
        _requests = new ImageRequests(_analysis.MaxRetainedRequests);
        database.Listener.Subscribe(OnNotificationAsync);

        // Workers must not inherit the constructing caller's activity or logging scope for the rest of the process.
        using (ExecutionContext.SuppressFlow())
        {
            _background = Task.WhenAll(
                Enumerable.Range(0, _jobs.Workers).Select(_ => Task.Run(RunWorkerAsync)).Append(Task.Run(RunMaintenanceAsync)));
        }
    }

    /// <inheritdoc />
    public event EventHandler<ImageAnalysisCompleted>? FactsArrived;

    /// <inheritdoc />
    /// <remarks>
    /// Returns <see cref="ImageAnalysisStart.Merged"/> when this instance already has a job in flight for the asset,
    /// otherwise <see cref="ImageAnalysisStart.Queued"/> (the database may still join it to another instance's job). The
    /// durable queue has no capacity limit, so it never returns <see cref="ImageAnalysisStart.Rejected"/>; if the job
    /// cannot be written at all, the request gets a failed fact.
    /// </remarks>
    public ImageAnalysisStart StartImageAnalysis(Asset asset, string requestId)
    {
        ArgumentNullException.ThrowIfNull(asset);
        ArgumentException.ThrowIfNullOrWhiteSpace(requestId);
        ArgumentException.ThrowIfNullOrWhiteSpace(asset.Id, nameof(asset));
        AssetUrl.Validate(asset.Url, nameof(asset));
        var conversation = new ConversationKey(asset.ProjectId, asset.ConversationId);
        Identifier.Validate(asset.Id, nameof(asset));

        bool merged;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var key = (asset.ProjectId, asset.Id);
            merged = _inFlight.TryGetValue(key, out var local);
            if (local is null)
            {
                local = new LocalJob();
                _inFlight[key] = local;
            }

            if (local.RequestIds.Add(requestId))
            {
                _requests.Track(requestId);
            }

            // Requests for one asset are written in the order they were made; different assets in parallel.
            var previous = local.LastEnqueue;
            Task enqueue;
            using (ExecutionContext.SuppressFlow())
            {
                enqueue = Task.Run(async () =>
                {
                    await previous.ConfigureAwait(false);
                    await EnqueueAsync(asset, requestId, conversation, local).ConfigureAwait(false);
                });
            }

            local.LastEnqueue = enqueue;

            _enqueues.TryAdd(enqueue, true);
            enqueue.ContinueWith(t => _enqueues.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        return merged ? ImageAnalysisStart.Merged : ImageAnalysisStart.Queued;
    }

    /// <summary>Completes when every analysis started on this instance so far is durably queued (or has failed to be).</summary>
    public Task FlushAsync(CancellationToken cancellationToken = default) =>
        Task.WhenAll(_enqueues.Keys.ToArray()).WaitAsync(cancellationToken);

    /// <inheritdoc />
    public async IAsyncEnumerable<ImageAnalysisCompleted> SubscribeAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var channel = Channel.CreateUnbounded<ImageAnalysisCompleted>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = false });
        lock (_gate)
        {
            if (_disposed)
            {
                channel.Writer.TryComplete();
            }
            else
            {
                _subscribers = _subscribers.Add(channel);
            }
        }

        try
        {
            await foreach (var completed in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return completed;
            }
        }
        finally
        {
            lock (_gate)
            {
                _subscribers = _subscribers.Remove(channel);
            }
        }
    }

    /// <inheritdoc />
    public async Task<ImmutableArray<ImageFact>> WaitForFactsAsync(string requestId, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(requestId);
        ArgumentOutOfRangeException.ThrowIfLessThan(timeout, TimeSpan.Zero);
        cancellationToken.ThrowIfCancellationRequested();
        Task? done;
        lock (_gate)
        {
            done = _requests.Completion(requestId);
        }

        if (done is null)
        {
            return [];
        }

        if (!done.IsCompleted && timeout > TimeSpan.Zero)
        {
            try
            {
                await done.WaitAsync(timeout, _time, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // Facts that arrived so far are returned; the others come later, as events and into the context.
            }
        }

        lock (_gate)
        {
            return _requests.Facts(requestId);
        }
    }

    /// <summary>
    /// Stops claiming jobs, lets running ones finish for up to <see cref="ImageAnalysisOptions.DrainTimeout"/>, then cancels
    /// them and gives them back to the queue (another instance, or this one after a restart, runs them), and ends every
    /// subscription. Jobs already queued stay queued.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (!BeginDispose())
        {
            return;
        }

        await _stopClaiming.CancelAsync().ConfigureAwait(false);
        if (!await CompletesWithinAsync(_background, _analysis.DrainTimeout).ConfigureAwait(false))
        {
            await _shutdown.CancelAsync().ConfigureAwait(false);
            if (!await CompletesWithinAsync(_background, _analysis.DrainTimeout).ConfigureAwait(false))
            {
                PostgresLog.DrainTimedOut(_logger, _analysis.DrainTimeout);
            }
        }

        await CompletesWithinAsync(Task.WhenAll(_enqueues.Keys.ToArray()), _analysis.DrainTimeout).ConfigureAwait(false);
        CompleteSubscribers();
    }

    /// <summary>Stops claiming and cancels running jobs without waiting (interrupted jobs go back to the queue, or are claimed again after their lease).</summary>
    public void Dispose()
    {
        if (!BeginDispose())
        {
            return;
        }

        _stopClaiming.Cancel();
        _shutdown.Cancel();
        _background.ContinueWith(_ => CompleteSubscribers(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private bool BeginDispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return false;
            }

            _disposed = true;
            return true;
        }
    }

    private void CompleteSubscribers()
    {
        ImmutableArray<Channel<ImageAnalysisCompleted>> subscribers;
        lock (_gate)
        {
            subscribers = _subscribers;
        }

        foreach (var subscriber in subscribers)
        {
            subscriber.Writer.TryComplete();
        }
    }

    private async Task EnqueueAsync(Asset asset, string requestId, ConversationKey conversation, LocalJob local)
    {
        try
        {
            var assetJson = JsonSerializer.Serialize(asset, PostgresJsonContext.Default.Asset);
            var (jobId, inserted) = await _database.ExecuteAsync(
                "image job enqueue",
                idempotent: true,
                async (connection, _, token) =>
                {
                    using var command = new NpgsqlCommand(ImageJobSql.Enqueue, connection);
                    command.Parameters
                        .Value(asset.ProjectId)
                        .Value(asset.Id)
                        .Value(assetJson, NpgsqlDbType.Json)
                        .Value(requestId)
                        .Value(asset.ConversationId)
                        .Value(_database.Channel)
                        .Value(StorageNotification.JobQueued(_database.InstanceId));
                    var reader = await command.ExecuteReaderAsync(token).ConfigureAwait(false);
                    await using var readerScope = reader.ConfigureAwait(false);
                    await reader.ReadAsync(token).ConfigureAwait(false);
                    return (reader.GetInt64(0), reader.GetBoolean(1));
                },
                CancellationToken.None).ConfigureAwait(false);
            lock (_gate)
            {
                local.JobIds.Add(jobId);
            }

            if (inserted)
            {
                PostgresLog.JobEnqueued(_logger, asset.Id, asset.ProjectId, jobId, requestId);
                Wake();
            }
            else
            {
                PostgresLog.JobMerged(_logger, asset.Id, asset.ProjectId, jobId, requestId);
            }
        }
        catch (Exception e)
        {
            PostgresLog.JobEnqueueFailed(_logger, asset.Id, asset.ProjectId, requestId, e);
            var fact = ImageAnalysis.Failed(asset.Url, "not queued: " + Shorten(Describe(e)), _time.GetUtcNow());
            await WriteFactAsync(0, conversation, fact).ConfigureAwait(false);
            Deliver(0, asset.ProjectId, asset.Id, [new JobRequest(requestId, asset.ConversationId)], fact);
        }
    }

    /// <summary>
    /// Hands a finished job's fact to this instance's waiting requests, events and subscribers, once per job (the same job
    /// may be reported by the worker, a notification and a catch-up).
    /// </summary>
    private void Deliver(long jobId, string projectId, string assetId, IReadOnlyList<JobRequest> requests, ImageFact fact)
    {
        lock (_gate)
        {
            if (jobId != 0 && !_delivered.Add(jobId))
            {
                return;
            }

            if (jobId != 0)
            {
                _deliveredOrder.Enqueue(jobId);
                while (_deliveredOrder.Count > RecentJobCapacity)
                {
                    _delivered.Remove(_deliveredOrder.Dequeue());
                }
            }

            if (_inFlight.TryGetValue((projectId, assetId), out var local))
            {
                foreach (var request in requests)
                {
                    if (local.RequestIds.Remove(request.RequestId))
                    {
                        _requests.Resolve(request.RequestId, fact);
                    }
                }

                if (local.RequestIds.Count == 0)
                {
                    _inFlight.Remove((projectId, assetId));
                }
            }
        }

        var conversations = requests.Select(r => r.ConversationId).Distinct(StringComparer.Ordinal).Select(c => new ConversationKey(projectId, c)).ToImmutableArray();
        var completed = new ImageAnalysisCompleted(projectId, assetId, conversations, [.. requests.Select(r => r.RequestId).Distinct(StringComparer.Ordinal)], fact);
        if (FactsArrived is { } handlers)
        {
            foreach (var handler in handlers.GetInvocationList().Cast<EventHandler<ImageAnalysisCompleted>>())
            {
                try
                {
                    handler(this, completed);
                }
                catch (Exception e)
                {
                    PostgresLog.HandlerFailed(_logger, assetId, e);
                }
            }
        }

        ImmutableArray<Channel<ImageAnalysisCompleted>> subscribers;
        lock (_gate)
        {
            subscribers = _subscribers;
        }

        foreach (var subscriber in subscribers)
        {
            subscriber.Writer.TryWrite(completed);
        }
    }

    private async Task OnNotificationAsync(StorageNotification notification, CancellationToken cancellationToken)
    {
        switch (notification.Kind)
        {
            case NotificationKind.JobQueued:
                Wake();
                break;
            case NotificationKind.FactsReady:
                try
                {
                    await DeliverFinishedAsync(ImageJobSql.FinishedByIds, new[] { notification.JobId }, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The maintenance loop delivers it later for this instance's own requests.
                    PostgresLog.RemoteFactsFailed(_logger, notification.JobId, e);
                }

                break;
            case NotificationKind.Resumed:
                Wake();
                await DeliverFinishedAsync(ImageJobSql.FinishedSince, notification.Since.ToUniversalTime(), cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>Reads finished jobs (by ids or since a time) and delivers the ones not delivered yet.</summary>
    private async Task DeliverFinishedAsync<T>(string sql, T argument, CancellationToken cancellationToken)
    {
        var finished = await _database.ExecuteAsync(
            "image job read",
            idempotent: true,
            async (connection, _, token) =>
            {
                using var command = new NpgsqlCommand(sql, connection);
                command.Parameters.Value(argument);
                var reader = await command.ExecuteReaderAsync(token).ConfigureAwait(false);
                await using var readerScope = reader.ConfigureAwait(false);
                var jobs = new List<(long JobId, string ProjectId, string AssetId, JobRequest[] Requests, ImageFact? Fact)>();
                while (await reader.ReadAsync(token).ConfigureAwait(false))
                {
                    var requests = JsonSerializer.Deserialize(reader.GetString(3), PostgresJsonContext.Default.JobRequestArray) ?? [];
                    var fact = reader.IsDBNull(4) ? null : JsonSerializer.Deserialize(reader.GetString(4), ContextJsonContext.Default.ImageFact);
                    jobs.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), requests, fact));
                }

                return jobs;
            },
            cancellationToken).ConfigureAwait(false);
        foreach (var job in finished)
        {
            if (job.Fact is not null)
            {
                Deliver(job.JobId, job.ProjectId, job.AssetId, job.Requests, job.Fact);
            }
        }
    }

    private void Wake()
    {
        if (_jobs.Workers > 0)
        {
            _wake.Release();
        }
    }

    private async Task<bool> CompletesWithinAsync(Task task, TimeSpan bound)
    {
        try
        {
            await task.WaitAsync(bound, _time).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private static string Describe(Exception exception) => exception switch
    {
        BazaarVidException typed => $"{typed.Code}: {typed.Message}",
        _ => $"{exception.GetType().Name}: {exception.Message}",
    };

    private static string Shorten(string text) => text.Length > 300 ? text[..300] : text;

    /// <summary>This instance's requests waiting for an analysis of one asset, and the jobs they were queued in.</summary>
    private sealed class LocalJob
    {
        public HashSet<string> RequestIds { get; } = new(StringComparer.Ordinal);

        public HashSet<long> JobIds { get; } = [];

        /// <summary>The last enqueue of this asset's requests (it never faults: failures become failed facts).</summary>
        public Task LastEnqueue { get; set; } = Task.CompletedTask;
    }
}
