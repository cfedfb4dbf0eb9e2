-- Communications follow the release. A template says what sends it
-- (trigger: phase, incident or rollback); templates named like incident
-- notices, which the old rule sent on demand, become incident templates,
-- their front matter saying so too. The notices drafted when a kill switch
-- is used or a phase is rolled back are kept until someone exports, sends or
-- dismisses them. Each calendar event exported is remembered, so a later
-- export raises its SEQUENCE when it changed, and so is the text of each
-- phase communication exported, so a reschedule can show what changed.

-- +goose Up
ALTER TABLE templates ADD COLUMN trigger TEXT NOT NULL DEFAULT 'phase'
    CHECK (trigger IN ('phase', 'incident', 'rollback'));
UPDATE templates
   SET trigger = 'incident',
       source = CASE WHEN substr(source, 1, 4) = '---' || char(10)
                     THEN '---' || char(10) || 'trigger: incident' || substr(source, 4)
                     ELSE source END
 WHERE lower(name) LIKE '%incident%' AND substr(name, 1, 1) <> '_';

CREATE TABLE comms_drafts (
    id         INTEGER PRIMARY KEY,
    release    TEXT    NOT NULL,
    trigger    TEXT    NOT NULL CHECK (trigger IN ('incident', 'rollback')),
    event      TEXT    NOT NULL, -- JSON: the phase, and the kill or the rollback
    template   TEXT    NOT NULL,
    state      TEXT    NOT NULL DEFAULT 'drafted'
               CHECK (state IN ('drafted', 'exported', 'sent', 'dismissed')),
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL
);
CREATE INDEX comms_drafts_release ON comms_drafts (release, created_at);

CREATE TABLE calendar_events (
    uid         TEXT    NOT NULL PRIMARY KEY,
    release     TEXT    NOT NULL,
    fingerprint TEXT    NOT NULL, -- of what the event said when last exported
    sequence    INTEGER NOT NULL,
    exported_at TEXT    NOT NULL
) WITHOUT ROWID;

CREATE TABLE comms_exports (
    release     TEXT NOT NULL,
    phase       TEXT NOT NULL,
    template    TEXT NOT NULL,
    channel     TEXT NOT NULL,
    title       TEXT NOT NULL,
    markdown    TEXT NOT NULL,
    exported_at TEXT NOT NULL,
    PRIMARY KEY (release, phase, template)
) WITHOUT ROWID;

-- +goose Down
DROP TABLE comms_exports;
DROP TABLE calendar_events;
DROP TABLE comms_drafts;
UPDATE templates
   SET source = '---' || char(10) || substr(source, length('---' || char(10) || 'trigger: incident') + 2)
 WHERE trigger = 'incident' AND substr(source, 1, 22) = '---' || char(10) || 'trigger: incident' || char(10);
ALTER TABLE templates DROP COLUMN trigger;
