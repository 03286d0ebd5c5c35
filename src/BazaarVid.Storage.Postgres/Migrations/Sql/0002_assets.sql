-- Assets: one row per asset of a project, listed in conversations through a link table (appends never
-- rewrite a shared document, so concurrent uploads to one conversation are all kept).

CREATE TABLE assets (
    project_id      text        NOT NULL,
    asset_id        text        NOT NULL,
    conversation_id text        NOT NULL,
    url             text        NOT NULL,
    asset_type      text        NOT NULL CHECK (asset_type IN ('image', 'svg', 'logo', 'video', 'audio', 'font', 'other')),
    mime_type       text        NOT NULL,
    width           integer     NULL,
    height          integer     NULL,
    duration        interval    NULL,
    sha256          text        NULL,
    byte_size       bigint      NULL,
    file_name       text        NULL,
    tags            text[]      NOT NULL DEFAULT '{}',
    required        boolean     NOT NULL DEFAULT false,
    usage_count     integer     NOT NULL DEFAULT 0 CHECK (usage_count >= 0),
    source          text        NOT NULL CHECK (source IN ('upload', 'reference')),
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT assets_pk PRIMARY KEY (project_id, asset_id)
);

COMMENT ON COLUMN assets.conversation_id IS 'The conversation the asset was first added in.';

-- The same bytes are one upload per project; the same URL is one reference per project. URLs may be up to
-- 8 KB, beyond a btree entry, so references are unique by the md5 of the exact URL.
CREATE UNIQUE INDEX assets_upload_sha256 ON assets (project_id, sha256) WHERE source = 'upload' AND sha256 IS NOT NULL;
CREATE UNIQUE INDEX assets_reference_url ON assets (project_id, md5(url)) WHERE source = 'reference';

CREATE TABLE asset_conversations (
    project_id      text        NOT NULL,
    conversation_id text        NOT NULL,
    asset_id        text        NOT NULL,
    position        bigint      GENERATED ALWAYS AS IDENTITY,
    added_at        timestamptz NOT NULL,
    CONSTRAINT asset_conversations_pk PRIMARY KEY (project_id, conversation_id, asset_id),
    CONSTRAINT asset_conversations_asset_fk FOREIGN KEY (project_id, asset_id)
        REFERENCES assets (project_id, asset_id) ON DELETE CASCADE
);

CREATE INDEX asset_conversations_order ON asset_conversations (project_id, conversation_id, position);

-- Every conversation's assets as one document, in the order they were added.
CREATE VIEW asset_context AS
SELECT l.conversation_id,
       l.project_id,
       jsonb_agg(jsonb_build_object(
           'id', a.asset_id,
           'projectId', a.project_id,
           'conversationId', a.conversation_id,
           'url', a.url,
           'type', a.asset_type,
           'mimeType', a.mime_type,
           'width', a.width,
           'height', a.height,
           'durationSeconds', extract(epoch FROM a.duration),
           'sha256', a.sha256,
           'byteSize', a.byte_size,
           'fileName', a.file_name,
           'tags', to_jsonb(a.tags),
           'required', a.required,
           'usageCount', a.usage_count,
           'source', a.source,
           'createdAt', a.created_at) ORDER BY l.position) AS assets,
       min(l.added_at) AS created_at,
       max(greatest(l.added_at, a.updated_at)) AS updated_at
FROM asset_conversations l
JOIN assets a ON a.project_id = l.project_id AND a.asset_id = l.asset_id
GROUP BY l.project_id, l.conversation_id;
