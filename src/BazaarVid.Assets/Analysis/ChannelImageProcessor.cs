using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using BazaarVid.Context;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BazaarVid.Assets;

/// <summary>
/// The default <see cref="IAsyncImageProcessor"/>: a bounded <see cref="Channel{T}"/> read by
/// <see cref="ImageAnalysisOptions.Workers"/> worker tasks. Each job is bounded by <see cref="ImageAnalysisOptions.JobTimeout"/>
/// (an analyzer that ignores its token is abandoned, and its late exception is observed). Duplicate jobs for an asset
/// still queued or running are merged. Disposal stops accepting jobs, lets the queue drain for
/// <see cref="ImageAnalysisOptions.DrainTimeout"/>, then cancels what is left (those jobs get failed facts) and ends every
/// subscription. Reports the queue length as <c>bazaarvid.assets.image_queue_length</c> and one activity per job.
/// </summary>
public sealed class ChannelImageProcessor : IAsyncImageProcessor, IAsyncDisposable, IDisposable
{
    private const int MaxReasonLength = 300;
    private const string ShutdownReason = "cancelled: the image processor shut down before the analysis finished";

    private readonly IContextManager _context;
    private readonly IImageAnalyzer _analyzer;
    private readonly ImageAnalysisOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Channel<AnalysisJob> _queue;
    private readonly ConcurrentQueue<AnalysisJob> _dropped = new();
    private readonly Lock _gate = new();
    private readonly Dictionary<(string ProjectId, string AssetId), AnalysisJob> _inFlight = [];
    private readonly Dictionary<string, RequestState> _requests = new(StringComparer.Ordinal);
    private readonly Queue<(string RequestId, RequestState State, int Generation)> _finished = new();
    private readonly ConcurrentDictionary<Task, bool> _background = new();
    private readonly CancellationTokenSource _shutdown = new();
    private readonly Task _workers;
    private ImmutableArray<Channel<ImageAnalysisCompleted>> _subscribers = [];
    private int _queueLength;
    private bool _disposed;

    /// <summary>Creates the processor and starts its workers (normally through dependency injection).</summary>
    public ChannelImageProcessor(
        IContextManager contextManager,
        IImageAnalyzer analyzer,
        IOptions<ImageAnalysisOptions> options,
        TimeProvider timeProvider,
        ILogger<ChannelImageProcessor>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(contextManager);
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _context = contextManager;
        _analyzer = analyzer;
        _options = options.Value;
        _time = timeProvider;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        var channelOptions = new BoundedChannelOptions(_options.QueueCapacity)
        {
            FullMode = _options.QueueFullMode,
            SingleReader = _options.Workers == 1,
            SingleWriter = false,
        };
        _queue = Channel.CreateBounded<AnalysisJob>(channelOptions, _dropped.Enqueue);

        // Workers must not inherit the constructing caller's activity or logging scope for the rest of the process.
        using (ExecutionContext.SuppressFlow())
        {
            _workers = Task.WhenAll(Enumerable.Range(0, _options.Workers).Select(_ => Task.Run(RunWorkerAsync)));
        }
    }

    /// <inheritdoc />
    public event EventHandler<ImageAnalysisCompleted>? FactsArrived;

    /// <summary>How many jobs are waiting for a worker (not counting running ones).</summary>
    public int QueueLength => Volatile.Read(ref _queueLength);

    /// <inheritdoc />
    public ImageAnalysisStart StartImageAnalysis(Asset asset, string requestId)
    {
        ArgumentNullException.ThrowIfNull(asset);
        ArgumentException.ThrowIfNullOrWhiteSpace(requestId);
        ArgumentException.ThrowIfNullOrWhiteSpace(asset.Id, nameof(asset));
        AssetUrl.Validate(asset.Url, nameof(asset));
        var conversation = new ConversationKey(asset.ProjectId, asset.ConversationId);

        AnalysisJob job;
        var rejected = false;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var key = (asset.ProjectId, asset.Id);
            if (_inFlight.TryGetValue(key, out var running))
            {
                if (running.Join(requestId, conversation))
                {
                    TrackRequest(requestId);
                }

                AnalysisLog.JobMerged(_logger, asset.Id, asset.ProjectId, requestId);
                return ImageAnalysisStart.Merged;
            }

            job = new AnalysisJob(asset, requestId, conversation, Activity.Current?.Context ?? default);
            TrackRequest(requestId);
            _inFlight[key] = job;
            ChangeQueueLength(+1);
            if (!_queue.Writer.TryWrite(job))
            {
                ChangeQueueLength(-1);
                _inFlight.Remove(key);
                Reject(job);
                rejected = true;
            }

            // Drop modes hand dropped jobs (counted as queued) to the callback during TryWrite.
            while (_dropped.TryDequeue(out var dropped))
            {
                ChangeQueueLength(-1);
                if (_inFlight.TryGetValue(dropped.Key, out var current) && ReferenceEquals(current, dropped))
                {
                    _inFlight.Remove(dropped.Key);
                }

                Reject(dropped);
                rejected |= ReferenceEquals(dropped, job);
            }
        }

        if (rejected)
        {
            return ImageAnalysisStart.Rejected;
        }

        AnalysisLog.JobQueued(_logger, asset.Id, asset.ProjectId, requestId);
        return ImageAnalysisStart.Queued;
    }

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
        RequestState? state;
        Task done;
        lock (_gate)
        {
            if (!_requests.TryGetValue(requestId, out state))
            {
                return [];
            }

            done = state.Done.Task;
        }

        if (!done.IsCompleted && timeout > TimeSpan.Zero)
        {
            await CompletesWithinAsync(done, timeout, cancellationToken).ConfigureAwait(false);
        }

        lock (_gate)
        {
            return [.. state.Facts.OrderBy(f => f.AssetUrl, StringComparer.Ordinal).ThenBy(f => f.ObservedAt)];
        }
    }

    /// <summary>
    /// Stops accepting jobs, lets queued and running jobs finish for up to <see cref="ImageAnalysisOptions.DrainTimeout"/>,
    /// then cancels the rest (they get failed facts), waits once more with the same bound, and ends every subscription.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (!BeginDispose())
        {
            return;
        }

        var stopped = await CompletesWithinAsync(_workers, _options.DrainTimeout, CancellationToken.None).ConfigureAwait(false);
        if (!stopped)
        {
            int pending;
            lock (_gate)
            {
                pending = _inFlight.Count;
            }

            AnalysisLog.DrainTimedOut(_logger, _options.DrainTimeout, pending);
            await _shutdown.CancelAsync().ConfigureAwait(false);
            stopped = await CompletesWithinAsync(_workers, _options.DrainTimeout, CancellationToken.None).ConfigureAwait(false);
            if (!stopped)
            {
                AnalysisLog.DisposeGaveUp(_logger, _options.DrainTimeout);
            }
        }

        await CompletesWithinAsync(Task.WhenAll(_background.Keys), _options.DrainTimeout, CancellationToken.None).ConfigureAwait(false);
        CompleteSubscribers();
        if (stopped)
        {
            _shutdown.Dispose();
        }
    }

    /// <summary>Stops accepting jobs and cancels queued and running ones without waiting (they still get failed facts).</summary>
    public void Dispose()
    {
        if (!BeginDispose())
        {
            return;
        }

        _shutdown.Cancel();
        _workers.ContinueWith(_ => CompleteSubscribers(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
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
            _queue.Writer.TryComplete();
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

    private async Task RunWorkerAsync()
    {
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (_queue.Reader.TryRead(out var job))
            {
                ChangeQueueLength(-1);
                try
                {
                    await ProcessAsync(job).ConfigureAwait(false);
                }
                catch (Exception e)
                {
                    // ProcessAsync turns every failure into a fact; this is the last guard that keeps the worker alive.
                    AnalysisLog.WorkerError(_logger, job.Asset.Id, e);
                }
            }
        }
    }

    private async Task ProcessAsync(AnalysisJob job)
    {
        using var activity = AnalysisTelemetry.StartJob(job.Asset, job.Origin);
        var fact = await AnalyzeAsync(job.Asset).ConfigureAwait(false);
        if (activity is not null)
        {
            activity.SetTag("bazaarvid.image_analysis.status", StatusName(fact.Status));
            if (fact.Status == ImageFactStatus.Failed)
            {
                activity.SetStatus(ActivityStatusCode.Error, fact.FailureReason);
            }
        }

        await CompleteAsync(job, fact).ConfigureAwait(false);
    }

    private async Task<ImageFact> AnalyzeAsync(Asset asset)
    {
        if (_shutdown.IsCancellationRequested)
        {
            return Failed(asset, ShutdownReason);
        }

        using var timeout = new CancellationTokenSource(_options.JobTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, _shutdown.Token);
        Task<ImageAnalysis>? analysis = null;
        try
        {
            analysis = _analyzer.AnalyzeAsync(asset, linked.Token).AsTask();

            // WaitAsync returns on cancellation even when the analyzer ignores its token.
            var result = await analysis.WaitAsync(linked.Token).ConfigureAwait(false);
            return result is null
                ? Failed(asset, "the analyzer returned no result")
                : result.ToFact(asset.Url, _time.GetUtcNow());
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested || _shutdown.IsCancellationRequested)
        {
            ObserveLater(analysis);
            var reason = _shutdown.IsCancellationRequested
                ? ShutdownReason
                : string.Create(CultureInfo.InvariantCulture, $"timeout: the analysis did not finish within {_options.JobTimeout.TotalSeconds:0.###} s");
            AnalysisLog.AnalysisFailed(_logger, asset.Id, asset.ProjectId, _shutdown.IsCancellationRequested ? "shutdown" : "timeout");
            return Failed(asset, reason);
        }
        catch (Exception e)
        {
            var code = e is BazaarVidException typed ? typed.Code : e.GetType().Name;
            AnalysisLog.AnalysisFailed(_logger, asset.Id, asset.ProjectId, code);
            AnalysisLog.AnalysisFailedDetail(_logger, asset.Id, e);
            return Failed(asset, $"{code}: {e.Message}");
        }
    }

    private async Task CompleteAsync(AnalysisJob job, ImageFact fact)
    {
        ImmutableArray<string> requestIds;
        ImmutableArray<ConversationKey> conversations;
        lock (_gate)
        {
            if (_inFlight.TryGetValue(job.Key, out var current) && ReferenceEquals(current, job))
            {
                _inFlight.Remove(job.Key);
            }

            // Removed from _inFlight under the same lock, so no request can join after this snapshot.
            requestIds = job.RequestIds;
            conversations = job.Conversations;
        }

        // The context first: whoever is woken by the fact below finds it in the context already.
        foreach (var conversation in conversations)
        {
            try
            {
                using var bound = new CancellationTokenSource(_options.JobTimeout, _time);
                await _context.AddImageFactAsync(conversation, fact, bound.Token).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                AnalysisLog.ContextWriteFailed(_logger, job.Asset.Id, conversation, e);
            }
        }

        lock (_gate)
        {
            foreach (var requestId in requestIds)
            {
                ResolveRequest(requestId, fact);
            }
        }

        AnalysisTelemetry.Analyses.Add(1, new KeyValuePair<string, object?>("status", StatusName(fact.Status)));
        AnalysisLog.JobCompleted(_logger, job.Asset.Id, job.Asset.ProjectId, fact.Status, requestIds.Length);
        Publish(new ImageAnalysisCompleted(job.Asset.ProjectId, job.Asset.Id, conversations, requestIds, fact));
    }

    private void Publish(ImageAnalysisCompleted completed)
    {
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
                    AnalysisLog.HandlerFailed(_logger, completed.AssetId, e);
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

    /// <summary>Fails a refused or dropped job in the background. Called under the lock, so disposal always sees its task.</summary>
    private void Reject(AnalysisJob job)
    {
        AnalysisLog.JobRejected(_logger, job.Asset.Id, job.Asset.ProjectId, "queue full");
        var fact = Failed(job.Asset, "queue full: the image analysis queue was at capacity");

        // Completing writes to the context and runs handlers: never on the caller's thread.
        var task = Task.Run(() => CompleteAsync(job, fact));
        _background.TryAdd(task, true);
        task.ContinueWith(t => _background.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private void TrackRequest(string requestId)
    {
        if (!_requests.TryGetValue(requestId, out var state))
        {
            state = new RequestState();
            _requests[requestId] = state;
        }

        if (state.Pending++ == 0 && state.Done.Task.IsCompleted)
        {
            state.Done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    private void ResolveRequest(string requestId, ImageFact fact)
    {
        if (!_requests.TryGetValue(requestId, out var state))
        {
            return;
        }

        state.Facts.RemoveAll(f => AssetUrl.AreEquivalent(f.AssetUrl, fact.AssetUrl));
        state.Facts.Add(fact);
        if (--state.Pending > 0)
        {
            return;
        }

        state.Done.TrySetResult();
        state.Generation++;
        _finished.Enqueue((requestId, state, state.Generation));
        while (_finished.Count > _options.MaxRetainedRequests)
        {
            var (oldId, oldState, generation) = _finished.Dequeue();
            if (oldState.Pending == 0 && oldState.Generation == generation
                && _requests.TryGetValue(oldId, out var current) && ReferenceEquals(current, oldState))
            {
                _requests.Remove(oldId);
            }
        }
    }

    private void ChangeQueueLength(int delta)
    {
        Interlocked.Add(ref _queueLength, delta);
        AnalysisTelemetry.QueueLength.Add(delta);
    }

    private ImageFact Failed(Asset asset, string reason) =>
        ImageAnalysis.Failed(asset.Url, reason.Length > MaxReasonLength ? reason[..MaxReasonLength] : reason, _time.GetUtcNow());

    private async Task<bool> CompletesWithinAsync(Task task, TimeSpan bound, CancellationToken cancellationToken)
    {
        try
        {
            await task.WaitAsync(bound, _time, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private static void ObserveLater(Task? abandoned)
    {
        // An abandoned analysis may still fault; observe it so it never surfaces as an unobserved task exception.
        abandoned?.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private static string StatusName(ImageFactStatus status) => status == ImageFactStatus.Analyzed ? "analyzed" : "failed";

    private sealed class RequestState
    {
        public int Pending { get; set; }

        public int Generation { get; set; }

        public List<ImageFact> Facts { get; } = [];

        public TaskCompletionSource Done { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
