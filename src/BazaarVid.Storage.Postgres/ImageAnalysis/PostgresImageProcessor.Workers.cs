using System.Globalization;
using System.Text.Json;
using BazaarVid.Assets;
using BazaarVid.Context;
using Npgsql;
using NpgsqlTypes;

namespace BazaarVid.Storage.Postgres;

/// <summary>The workers and the maintenance loop of <see cref="PostgresImageProcessor"/>.</summary>
public sealed partial class PostgresImageProcessor
{
    private static readonly TimeSpan MaxErrorDelay = TimeSpan.FromSeconds(5);

    private async Task RunWorkerAsync()
    {
        var stop = _stopClaiming.Token;
        var errorDelay = TimeSpan.FromMilliseconds(50);
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var job = await ClaimAsync(stop).ConfigureAwait(false);
                if (job is null)
                {
                    await IdleAsync(stop).ConfigureAwait(false);
                    continue;
                }

                await ProcessAsync(job).ConfigureAwait(false);
                errorDelay = TimeSpan.FromMilliseconds(50);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                PostgresLog.WorkerError(_logger, errorDelay.TotalMilliseconds, e);
                try
                {
                    await Task.Delay(errorDelay, _time, stop).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                errorDelay = TimeSpan.FromTicks(Math.Min(errorDelay.Ticks * 2, MaxErrorDelay.Ticks));
            }
        }
    }

    /// <summary>Waits until a job is queued (here or on another instance) or the poll interval has passed.</summary>
    private async Task IdleAsync(CancellationToken stop)
    {
        using var poll = new CancellationTokenSource(_jobs.PollInterval, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(poll.Token, stop);
        try
        {
            await _wake.WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            // The poll interval passed: look for retries that came due and jobs queued again.
        }
    }

    /// <summary>
    /// Makes sure the schema is ready and the listener runs (even with no workers, so this instance still hears about
    /// facts), then every poll interval: queues again jobs whose worker died, and delivers finished jobs of this
    /// instance's requests that no notification reported.
    /// </summary>
    private async Task RunMaintenanceAsync()
    {
        var stop = _stopClaiming.Token;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await _database.EnsureReadyAsync(stop).ConfigureAwait(false);
                if (_jobs.Workers > 0)
                {
                    await RequeueExpiredAsync(stop).ConfigureAwait(false);
                }

                long[] waiting;
                lock (_gate)
                {
                    waiting = [.. _inFlight.Values.SelectMany(j => j.JobIds).Distinct()];
                }

                if (waiting.Length > 0)
                {
                    await DeliverFinishedAsync(ImageJobSql.FinishedByIds, waiting, stop).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                PostgresLog.WorkerError(_logger, _jobs.PollInterval.TotalMilliseconds, e);
            }

            try
            {
                await Task.Delay(_jobs.PollInterval, _time, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private Task<ClaimedJob?> ClaimAsync(CancellationToken cancellationToken) =>
        _database.ExecuteAsync(
            "image job claim",
            idempotent: true,
            async (connection, _, token) =>
            {
                using var command = new NpgsqlCommand(ImageJobSql.Claim, connection);
                command.Parameters.Value(_database.InstanceId).Value(_jobs.Lease.TotalSeconds);
                var reader = await command.ExecuteReaderAsync(token).ConfigureAwait(false);
                await using var readerScope = reader.ConfigureAwait(false);
                if (!await reader.ReadAsync(token).ConfigureAwait(false))
                {
                    return null;
                }

                return new ClaimedJob(
                    reader.GetInt64(0),
                    reader.GetString(1),
                    reader.GetString(2),
                    JsonSerializer.Deserialize(reader.GetString(3), PostgresJsonContext.Default.Asset)!,
                    JsonSerializer.Deserialize(reader.GetString(4), PostgresJsonContext.Default.JobRequestArray) ?? [],
                    reader.GetInt32(5));
            },
            cancellationToken);

    private async Task RequeueExpiredAsync(CancellationToken cancellationToken)
    {
        var count = await _database.ExecuteAsync(
            "image job lease check",
            idempotent: true,
            async (connection, _, token) =>
            {
                using var command = new NpgsqlCommand(ImageJobSql.RequeueExpired, connection);
                command.Parameters.Value(_database.Channel).Value(StorageNotification.JobQueued(_database.InstanceId));
                return Convert.ToInt32(await command.ExecuteScalarAsync(token).ConfigureAwait(false), CultureInfo.InvariantCulture);
            },
            cancellationToken).ConfigureAwait(false);
        if (count > 0)
        {
            PostgresLog.LeasesExpired(_logger, count);
            Wake();
        }
    }

    private async Task ProcessAsync(ClaimedJob job)
    {
        PostgresLog.JobClaimed(_logger, job.JobId, job.Attempt);
        using var activity = BazaarVidTelemetry.ActivitySource.StartActivity("bazaarvid.postgres.image_job");
        activity?.SetTag("bazaarvid.project.id", job.ProjectId);
        activity?.SetTag("bazaarvid.asset.id", job.AssetId);
        activity?.SetTag("bazaarvid.image_job.attempt", job.Attempt);
        if (job.Attempt > _jobs.MaxAttempts)
        {
            // Only jobs whose earlier attempts died with their worker get here: never analyse a poison job forever.
            PostgresLog.JobGaveUp(_logger, job.JobId, job.Attempt - 1);
            var reason = string.Create(CultureInfo.InvariantCulture, $"gave up: {job.Attempt - 1} attempts did not finish");
            await FinishAsync(job, ImageAnalysis.Failed(job.Asset.Url, reason, _time.GetUtcNow()), reason).ConfigureAwait(false);
            return;
        }

        var outcome = await AnalyzeAsync(job).ConfigureAwait(false);
        switch (outcome)
        {
            case { Interrupted: true }:
                await ReleaseAsync(job).ConfigureAwait(false);
                break;
            case { Fact: { } fact }:
                await FinishAsync(job, fact, fact.FailureReason).ConfigureAwait(false);
                break;
            case { Error: { } error } when job.Attempt < _jobs.MaxAttempts:
                await RetryAsync(job, error).ConfigureAwait(false);
                break;
            default:
                var failure = Shorten($"{outcome.Error} (after {job.Attempt} attempts)");
                await FinishAsync(job, ImageAnalysis.Failed(job.Asset.Url, failure, _time.GetUtcNow()), failure).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>
    /// Runs the analyzer within <see cref="ImageAnalysisOptions.JobTimeout"/>. A result or a refusal of the asset
    /// (<see cref="BazaarVidException"/>) is final; anything else (timeouts, network, analyzer bugs) may be retried.
    /// </summary>
    private async Task<Outcome> AnalyzeAsync(ClaimedJob job)
    {
        var asset = job.Asset;
        if (_shutdown.IsCancellationRequested)
        {
            return new Outcome(null, null, Interrupted: true);
        }

        using var timeout = new CancellationTokenSource(_analysis.JobTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, _shutdown.Token);
        Task<ImageAnalysis>? analysis = null;
        try
        {
            analysis = _analyzer.AnalyzeAsync(asset, linked.Token).AsTask();

            // WaitAsync returns on cancellation even when the analyzer ignores its token.
            var result = await analysis.WaitAsync(linked.Token).ConfigureAwait(false);
            return result is null
                ? new Outcome(ImageAnalysis.Failed(asset.Url, "the analyzer returned no result", _time.GetUtcNow()), null, false)
                : new Outcome(result.ToFact(asset.Url, _time.GetUtcNow()), null, false);
        }
        catch (OperationCanceledException) when (_shutdown.IsCancellationRequested)
        {
            ObserveLater(analysis);
            return new Outcome(null, null, Interrupted: true);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            ObserveLater(analysis);
            return new Outcome(null, string.Create(CultureInfo.InvariantCulture, $"timeout: the analysis did not finish within {_analysis.JobTimeout.TotalSeconds:0.###} s"), false);
        }
        catch (BazaarVidException e)
        {
            PostgresLog.JobFailureDetail(_logger, job.JobId, e);
            return new Outcome(ImageAnalysis.Failed(asset.Url, Shorten(Describe(e)), _time.GetUtcNow()), null, false);
        }
        catch (Exception e)
        {
            PostgresLog.JobFailureDetail(_logger, job.JobId, e);
            return new Outcome(null, Shorten(Describe(e)), false);
        }
    }

    private async Task RetryAsync(ClaimedJob job, string error)
    {
        var delay = BackoffFor(job.Attempt);
        // Messages may quote user content (URLs, file names): the log gets the kind of failure, the job row the message.
        var kind = error.Split(':', 2)[0];
        PostgresLog.JobRetryScheduled(_logger, job.JobId, job.Attempt, _jobs.MaxAttempts, kind, delay.TotalMilliseconds);
        await _database.ExecuteAsync(
            "image job retry",
            idempotent: true,
            async (connection, _, token) =>
            {
                using var command = new NpgsqlCommand(ImageJobSql.Retry, connection);
                command.Parameters.Value(job.JobId).Value(_database.InstanceId).Value(delay.TotalSeconds).Value(error);
                return await command.ExecuteNonQueryAsync(token).ConfigureAwait(false);
            },
            CancellationToken.None).ConfigureAwait(false);
        _ = WakeAfterAsync(delay);
    }

    /// <summary>The wait after failed attempt <paramref name="attempt"/>: the initial backoff, doubled per attempt, capped.</summary>
    internal TimeSpan BackoffFor(int attempt)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        return TimeSpan.FromTicks((long)Math.Min(_jobs.InitialBackoff.Ticks * factor, _jobs.MaxBackoff.Ticks));
    }

    private async Task WakeAfterAsync(TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay, _time, _stopClaiming.Token).ConfigureAwait(false);
            Wake();
        }
        catch (OperationCanceledException)
        {
            // Shutting down: the job stays queued for whoever runs next.
        }
    }

    private async Task ReleaseAsync(ClaimedJob job)
    {
        try
        {
            await _database.ExecuteAsync(
                "image job release",
                idempotent: true,
                async (connection, _, token) =>
                {
                    using var command = new NpgsqlCommand(ImageJobSql.Release, connection);
                    command.Parameters.Value(job.JobId).Value(_database.InstanceId).Value(_database.Channel).Value(StorageNotification.JobQueued(_database.InstanceId));
                    return await command.ExecuteNonQueryAsync(token).ConfigureAwait(false);
                },
                CancellationToken.None).ConfigureAwait(false);
            PostgresLog.JobReleased(_logger, job.JobId);
        }
        catch (Exception e) when (e is PostgresStorageException or ObjectDisposedException)
        {
            // The lease runs out and another worker claims the job.
            PostgresLog.WorkerError(_logger, 0, e);
        }
    }

    /// <summary>
    /// Writes the fact into every requesting conversation, then finishes the job, but only if no request joined in
    /// between (otherwise the new conversations get the fact first). A lost lease means another worker owns the job.
    /// </summary>
    private async Task FinishAsync(ClaimedJob job, ImageFact fact, string? error)
    {
        var factJson = StoredText.ForJsonb(JsonSerializer.Serialize(fact, ContextJsonContext.Default.ImageFact));
        var payload = StorageNotification.FactsReady(_database.InstanceId, job.JobId);
        var written = new HashSet<string>(StringComparer.Ordinal);
        var requests = job.Requests;
        while (true)
        {
            foreach (var conversationId in requests.Select(r => r.ConversationId).Distinct(StringComparer.Ordinal))
            {
                if (written.Contains(conversationId))
                {
                    continue;
                }

                if (!await WriteFactAsync(job.JobId, new ConversationKey(job.ProjectId, conversationId), fact).ConfigureAwait(false))
                {
                    await RetryAsync(job, "the fact could not be written into the conversation").ConfigureAwait(false);
                    return;
                }

                written.Add(conversationId);
            }

            var count = requests.Length;
            var (finished, owner, current) = await _database.ExecuteAsync(
                "image job finish",
                idempotent: true,
                async (connection, _, token) =>
                {
                    using (var command = new NpgsqlCommand(ImageJobSql.Finish, connection))
                    {
                        command.Parameters
                            .Value(job.JobId)
                            .Value(_database.InstanceId)
                            .Value(count)
                            .Value(fact.Status == ImageFactStatus.Analyzed ? "succeeded" : "failed")
                            .Value(factJson, NpgsqlDbType.Jsonb)
                            .Value(error, NpgsqlDbType.Text)
                            .Value(_database.Channel)
                            .Value(payload);
                        if (Convert.ToInt64(await command.ExecuteScalarAsync(token).ConfigureAwait(false), CultureInfo.InvariantCulture) == 1)
                        {
                            return (true, (string?)null, job.Requests);
                        }
                    }

                    using var read = new NpgsqlCommand(ImageJobSql.Owner, connection);
                    read.Parameters.Value(job.JobId);
                    var reader = await read.ExecuteReaderAsync(token).ConfigureAwait(false);
                    await using var readerScope = reader.ConfigureAwait(false);
                    if (!await reader.ReadAsync(token).ConfigureAwait(false))
                    {
                        return (false, null, job.Requests);
                    }

                    return (false, reader.IsDBNull(1) ? null : reader.GetString(1), JsonSerializer.Deserialize(reader.GetString(0), PostgresJsonContext.Default.JobRequestArray) ?? []);
                },
                CancellationToken.None).ConfigureAwait(false);
            if (finished)
            {
                PostgresTelemetry.ImageJobs.Add(1, new KeyValuePair<string, object?>("status", fact.Status == ImageFactStatus.Analyzed ? "analyzed" : "failed"));
                PostgresLog.JobCompleted(_logger, job.JobId, fact.Status, requests.Length);
                Deliver(job.JobId, job.ProjectId, job.AssetId, requests, fact);
                return;
            }

            if (owner != _database.InstanceId)
            {
                // The lease ran out and another worker took the job over: it finishes it.
                return;
            }

            requests = current;
        }
    }

    /// <summary>Writes <paramref name="fact"/> into a conversation; false (logged) when it could not.</summary>
    private async Task<bool> WriteFactAsync(long jobId, ConversationKey conversation, ImageFact fact)
    {
        try
        {
            using var bound = new CancellationTokenSource(_analysis.JobTimeout, _time);
            await _context.AddImageFactAsync(conversation, fact, bound.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception e)
        {
            PostgresLog.ContextWriteFailed(_logger, jobId, conversation, e);
            return false;
        }
    }

    private static void ObserveLater(Task? abandoned)
    {
        // An abandoned analysis may still fault; observe it so it never surfaces as an unobserved task exception.
        abandoned?.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>A job this worker holds the lease of; <see cref="Attempt"/> counts this claim.</summary>
    private sealed record ClaimedJob(long JobId, string ProjectId, string AssetId, Asset Asset, JobRequest[] Requests, int Attempt);

    /// <summary>What an analysis attempt produced: a final fact, a retryable error, or an interruption by shutdown.</summary>
    private sealed record Outcome(ImageFact? Fact, string? Error, bool Interrupted);
}
