-- Researched styles shared by every conversation and host instance.

CREATE TABLE style_cache (
    query_key   text        NOT NULL,
    style       jsonb       NOT NULL,
    usage_count bigint      NOT NULL DEFAULT 1 CHECK (usage_count >= 0),
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL DEFAULT now() + interval '30 days',
    CONSTRAINT style_cache_pk PRIMARY KEY (query_key)
);

CREATE INDEX style_cache_expires_at ON style_cache (expires_at);
