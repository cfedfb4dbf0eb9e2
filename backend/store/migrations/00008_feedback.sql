-- Customer feedback per release (and phase), with a full-text index of what
-- customers said. fingerprint makes a re-import of the same export add
-- nothing twice.

-- +goose Up
CREATE TABLE feedback (
    id          INTEGER PRIMARY KEY,
    release     TEXT NOT NULL,
    phase       TEXT NOT NULL DEFAULT '', -- '' = the phase running on day
    day         TEXT NOT NULL,            -- YYYY-MM-DD
    source      TEXT NOT NULL,
    sentiment   TEXT NOT NULL CHECK (sentiment IN ('positive', 'neutral', 'negative')),
    customer    TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL,
    link        TEXT NOT NULL DEFAULT '',
    fingerprint TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    UNIQUE (release, fingerprint)
);
CREATE INDEX feedback_by_release_day ON feedback (release, day);

CREATE VIRTUAL TABLE feedback_text USING fts5(
    text, customer, source,
    content = 'feedback', content_rowid = 'id',
    tokenize = 'porter unicode61'
);
-- +goose StatementBegin
CREATE TRIGGER feedback_text_insert AFTER INSERT ON feedback BEGIN
    INSERT INTO feedback_text (rowid, text, customer, source) VALUES (new.id, new.text, new.customer, new.source);
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER feedback_text_delete AFTER DELETE ON feedback BEGIN
    INSERT INTO feedback_text (feedback_text, rowid, text, customer, source) VALUES ('delete', old.id, old.text, old.customer, old.source);
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER feedback_text_update AFTER UPDATE ON feedback BEGIN
    INSERT INTO feedback_text (feedback_text, rowid, text, customer, source) VALUES ('delete', old.id, old.text, old.customer, old.source);
    INSERT INTO feedback_text (rowid, text, customer, source) VALUES (new.id, new.text, new.customer, new.source);
END;
-- +goose StatementEnd

-- +goose Down
DROP TRIGGER feedback_text_update;
DROP TRIGGER feedback_text_delete;
DROP TRIGGER feedback_text_insert;
DROP TABLE feedback_text;
DROP TABLE feedback;
