-- The last drift verdict of every linked flag of a release's active phase,
-- so a sync can tell which verdicts changed.

-- +goose Up
CREATE TABLE drift_verdicts (
    release     TEXT NOT NULL,
    provider    TEXT NOT NULL,
    project     TEXT NOT NULL,
    environment TEXT NOT NULL,
    flag_key    TEXT NOT NULL,
    phase       TEXT NOT NULL,
    verdict     TEXT NOT NULL,
    reason      TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (release, provider, project, environment, flag_key)
);

-- +goose Down
DROP TABLE drift_verdicts;
