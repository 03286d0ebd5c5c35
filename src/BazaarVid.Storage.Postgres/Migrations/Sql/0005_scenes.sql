-- Scenes: the newest version of each scene, and every version's code. Deletes are soft.

CREATE TABLE scenes (
    project_id      text        NOT NULL,
    conversation_id text        NOT NULL,
    scene_id        text        NOT NULL,
    scene_order     integer     NOT NULL CHECK (scene_order >= 1),
    name            text        NOT NULL,
    code            text        NOT NULL,
    duration_frames integer     NOT NULL CHECK (duration_frames BETWEEN 15 AND 1800),
    spec            jsonb       NULL,
    version         integer     NOT NULL CHECK (version >= 1),
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    deleted_at      timestamptz NULL,
    CONSTRAINT scenes_pk PRIMARY KEY (project_id, conversation_id, scene_id)
);

CREATE INDEX scenes_live_order ON scenes (project_id, conversation_id, scene_order) WHERE deleted_at IS NULL;

CREATE TABLE scene_versions (
    project_id      text        NOT NULL,
    conversation_id text        NOT NULL,
    scene_id        text        NOT NULL,
    version         integer     NOT NULL CHECK (version >= 1),
    scene_order     integer     NOT NULL,
    name            text        NOT NULL,
    code            text        NOT NULL,
    duration_frames integer     NOT NULL,
    spec            jsonb       NULL,
    saved_at        timestamptz NOT NULL,
    CONSTRAINT scene_versions_pk PRIMARY KEY (project_id, conversation_id, scene_id, version),
    CONSTRAINT scene_versions_scene_fk FOREIGN KEY (project_id, conversation_id, scene_id)
        REFERENCES scenes (project_id, conversation_id, scene_id) ON DELETE CASCADE
);

COMMENT ON TABLE scene_versions IS 'Every saved version of every scene (edits never overwrite code).';
