-- Conversations: one versioned snapshot per (project, conversation) and an append-only message log.
-- Documents that carry user text verbatim are json, not jsonb: jsonb cannot hold the escape \u0000,
-- and a message (or a summary or preference quoting it) may contain any character.

CREATE TABLE conversations (
    project_id          text        NOT NULL,
    conversation_id     text        NOT NULL,
    version             bigint      NOT NULL CHECK (version > 0),
    last_seq            bigint      NOT NULL CHECK (last_seq >= 0),
    last_turn           integer     NOT NULL CHECK (last_turn >= 0),
    covered_through_seq bigint      NOT NULL CHECK (covered_through_seq >= 0),
    state               json        NOT NULL,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NULL,
    touched_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT conversations_pk PRIMARY KEY (project_id, conversation_id)
) WITH (fillfactor = 70);

COMMENT ON TABLE conversations IS 'The context snapshot of each conversation (ConversationSnapshot serialized with ContextJsonContext); version is the optimistic concurrency token.';
COMMENT ON COLUMN conversations.touched_at IS 'Server time of the last commit; lets a reconnected listener find what changed while it was away.';

-- No index on touched_at on purpose: every commit changes it, and an index on it would make every commit a non-HOT
-- update (new entries in every index). It is read only when a listener reconnects, by a scan. The free space left by
-- the fillfactor keeps the versioned row's updates on its page (the state itself lives in TOAST).

CREATE TABLE messages (
    project_id      text        NOT NULL,
    conversation_id text        NOT NULL,
    seq             bigint      NOT NULL CHECK (seq > 0),
    turn            integer     NOT NULL CHECK (turn >= 0),
    role            text        NOT NULL CHECK (role IN ('user', 'assistant')),
    body            json        NOT NULL,
    exact_text      bytea       NULL,
    created_at      timestamptz NOT NULL,
    CONSTRAINT messages_pk PRIMARY KEY (project_id, conversation_id, seq),
    CONSTRAINT messages_conversation_fk FOREIGN KEY (project_id, conversation_id)
        REFERENCES conversations (project_id, conversation_id) ON DELETE CASCADE
);

COMMENT ON TABLE messages IS 'Append-only message log; seq is the per-conversation total order (1, 2, 3 ... without gaps).';
COMMENT ON COLUMN messages.body IS 'ConversationMessage serialized with ContextJsonContext.';
COMMENT ON COLUMN messages.exact_text IS 'UTF-16LE text when it holds a lone surrogate, which JSON cannot carry; NULL otherwise.';

CREATE FUNCTION messages_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'messages are append-only: % is not allowed', TG_OP;
END
$$;

CREATE TRIGGER messages_append_only BEFORE UPDATE ON messages
    FOR EACH ROW EXECUTE FUNCTION messages_are_append_only();

-- The parts of the snapshot, for SQL readers.
CREATE VIEW conversation_state AS
SELECT project_id,
       conversation_id,
       version,
       last_seq,
       last_turn,
       state -> 'summary'     AS summary,
       state -> 'ledger'      AS ledger,
       state -> 'preferences' AS preferences,
       state -> 'storyboard'  AS storyboard,
       state -> 'imageFacts'  AS image_facts,
       state -> 'metadata'    AS metadata,
       created_at,
       updated_at
FROM conversations;
