-- The durable image-analysis queue. Workers claim with FOR UPDATE SKIP LOCKED; a claim is a lease
-- (locked_until), so a job whose worker died is claimed again once its lease runs out.

CREATE TABLE image_analysis_jobs (
    job_id       bigint      GENERATED ALWAYS AS IDENTITY,
    project_id   text        NOT NULL,
    asset_id     text        NOT NULL,
    asset        json        NOT NULL,
    requests     jsonb       NOT NULL DEFAULT '[]',
    status       text        NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
    attempts     integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error   text        NULL,
    facts        jsonb       NULL,
    available_at timestamptz NOT NULL DEFAULT now(),
    locked_by    text        NULL,
    locked_until timestamptz NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    started_at   timestamptz NULL,
    finished_at  timestamptz NULL,
    CONSTRAINT image_analysis_jobs_pk PRIMARY KEY (job_id)
);

COMMENT ON COLUMN image_analysis_jobs.requests IS 'Every request that asked for this analysis: [{"requestId": ..., "conversationId": ...}], in the order they asked.';
COMMENT ON COLUMN image_analysis_jobs.facts IS 'The ImageFact written into each requesting conversation, once finished.';

-- One queued or running job per asset: later requests join it.
CREATE UNIQUE INDEX image_analysis_jobs_in_flight ON image_analysis_jobs (project_id, asset_id) WHERE status IN ('queued', 'running');
CREATE INDEX image_analysis_jobs_ready ON image_analysis_jobs (available_at, job_id) WHERE status = 'queued';
CREATE INDEX image_analysis_jobs_leases ON image_analysis_jobs (locked_until) WHERE status = 'running';
CREATE INDEX image_analysis_jobs_finished ON image_analysis_jobs (finished_at) WHERE status IN ('succeeded', 'failed');
