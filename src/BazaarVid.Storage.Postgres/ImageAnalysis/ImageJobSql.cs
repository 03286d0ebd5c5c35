namespace BazaarVid.Storage.Postgres;

/// <summary>The statements of the durable image-analysis queue (<c>image_analysis_jobs</c>).</summary>
internal static class ImageJobSql
{
    /// <summary>
    /// Queues a job, or joins the queued or running job of the same asset (adding the request once). $1 project,
    /// $2 asset id, $3 asset json, $4 request id, $5 conversation id, $6 channel, $7 payload (sent for new jobs only).
    /// </summary>
    public const string Enqueue = """
        WITH job AS (
            INSERT INTO image_analysis_jobs AS j (project_id, asset_id, asset, requests)
            VALUES ($1, $2, $3, jsonb_build_array(jsonb_build_object('requestId', $4::text, 'conversationId', $5::text)))
            ON CONFLICT (project_id, asset_id) WHERE status IN ('queued', 'running') DO UPDATE SET
                requests = CASE WHEN j.requests @> EXCLUDED.requests THEN j.requests ELSE j.requests || EXCLUDED.requests END
            RETURNING j.job_id, xmax = 0 AS inserted)
        SELECT job_id, inserted, (SELECT count(pg_notify($6, $7)) FROM job WHERE inserted) FROM job
        """;

    /// <summary>Claims the oldest due job for worker $1 with a lease of $2 seconds.</summary>
    public const string Claim = """
        WITH next AS (
            SELECT job_id FROM image_analysis_jobs
            WHERE status = 'queued' AND available_at <= now()
            ORDER BY available_at, job_id
            LIMIT 1
            FOR UPDATE SKIP LOCKED)
        UPDATE image_analysis_jobs j
        SET status = 'running', attempts = j.attempts + 1, locked_by = $1,
            locked_until = now() + make_interval(secs => $2), started_at = now()
        FROM next
        WHERE j.job_id = next.job_id
        RETURNING j.job_id, j.project_id, j.asset_id, j.asset, j.requests, j.attempts
        """;

    /// <summary>Queues again every running job whose lease ran out (its worker died); $1 channel, $2 payload.</summary>
    public const string RequeueExpired = """
        WITH expired AS (
            UPDATE image_analysis_jobs
            SET status = 'queued', locked_by = NULL, locked_until = NULL, available_at = now()
            WHERE status = 'running' AND locked_until < now()
            RETURNING job_id)
        SELECT (SELECT count(*) FROM expired), (SELECT count(pg_notify($1, $2)) FROM (SELECT 1 FROM expired LIMIT 1) any_expired)
        """;

    /// <summary>Puts job $1 of worker $2 back in the queue after $3 seconds, recording error $4.</summary>
    public const string Retry = """
        UPDATE image_analysis_jobs
        SET status = 'queued', available_at = now() + make_interval(secs => $3), last_error = $4, locked_by = NULL, locked_until = NULL
        WHERE job_id = $1 AND locked_by = $2
        """;

    /// <summary>Gives job $1 of worker $2 back to the queue without counting the attempt (shutdown); wakes other instances ($3 channel, $4 payload).</summary>
    public const string Release = """
        WITH released AS (
            UPDATE image_analysis_jobs
            SET status = 'queued', attempts = greatest(attempts - 1, 0), locked_by = NULL, locked_until = NULL, available_at = now()
            WHERE job_id = $1 AND locked_by = $2
            RETURNING 1)
        SELECT (SELECT count(*) FROM released), (SELECT count(pg_notify($3, $4)) FROM released)
        """;

    /// <summary>
    /// Finishes job $1 of worker $2 as status $4 with facts $5 and error $6, provided it still has exactly $3 requests
    /// (a request that joined meanwhile needs the fact in its conversation first); notifies ($7 channel, $8 payload).
    /// </summary>
    public const string Finish = """
        WITH done AS (
            UPDATE image_analysis_jobs
            SET status = $4, facts = $5, last_error = coalesce($6, last_error), finished_at = now(), locked_by = NULL, locked_until = NULL
            WHERE job_id = $1 AND locked_by = $2 AND jsonb_array_length(requests) = $3
            RETURNING 1)
        SELECT (SELECT count(*) FROM done), (SELECT count(pg_notify($7, $8)) FROM done)
        """;

    /// <summary>The requests and owner of job $1.</summary>
    public const string Owner = "SELECT requests, locked_by FROM image_analysis_jobs WHERE job_id = $1";

    /// <summary>Finished jobs among the ids $1.</summary>
    public const string FinishedByIds = """
        SELECT job_id, project_id, asset_id, requests, facts FROM image_analysis_jobs
        WHERE job_id = ANY ($1) AND status IN ('succeeded', 'failed')
        """;

    /// <summary>Jobs finished since $1.</summary>
    public const string FinishedSince = """
        SELECT job_id, project_id, asset_id, requests, facts FROM image_analysis_jobs
        WHERE status IN ('succeeded', 'failed') AND finished_at >= $1
        ORDER BY finished_at, job_id
        """;
}
