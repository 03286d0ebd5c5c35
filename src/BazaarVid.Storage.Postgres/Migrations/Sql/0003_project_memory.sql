-- Tiered project memory. expires_at NULL means pinned (never expires); expired rows are invisible at once
-- and deleted in batches by the sweep.

CREATE TABLE project_memory (
    project_id  text             NOT NULL,
    memory_type text             NOT NULL,
    key         text             NOT NULL,
    tier        smallint         NOT NULL CHECK (tier BETWEEN 0 AND 2),
    value       text             NOT NULL,
    confidence  double precision NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    created_at  timestamptz      NOT NULL,
    updated_at  timestamptz      NOT NULL,
    expires_at  timestamptz      NULL,
    CONSTRAINT project_memory_pk PRIMARY KEY (project_id, memory_type, key)
);

COMMENT ON COLUMN project_memory.tier IS '0 = short term, 1 = medium term, 2 = long term (a write never demotes).';
COMMENT ON COLUMN project_memory.expires_at IS 'NULL = pinned to the project, never expires.';

CREATE INDEX project_memory_expires_at ON project_memory (expires_at) WHERE expires_at IS NOT NULL;
