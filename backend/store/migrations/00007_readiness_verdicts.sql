-- The last readiness verdict of every release, so a sync or an import can
-- tell which verdicts changed and audit them.

-- +goose Up
CREATE TABLE readiness_verdicts (
    release    TEXT NOT NULL PRIMARY KEY,
    phase      TEXT NOT NULL,
    verdict    TEXT NOT NULL,
    summary    TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- +goose Down
DROP TABLE readiness_verdicts;
