-- The comment typed with an action (kill, advance, roll back) gets its own
-- column, so the audit log and the rollout report can show it apart from the
-- summary; and each release gets the notes its manager writes for the
-- rollout report's "what to carry into the next release".

-- +goose Up
ALTER TABLE audit_events ADD COLUMN comment TEXT NOT NULL DEFAULT '';
CREATE TABLE report_notes (
    release    TEXT NOT NULL PRIMARY KEY,
    notes      TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- +goose Down
DROP TABLE report_notes;
ALTER TABLE audit_events DROP COLUMN comment;
