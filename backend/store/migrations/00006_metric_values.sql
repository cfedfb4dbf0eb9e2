-- Daily metric values of a release, imported from analytics and support
-- exports or entered by hand, that measured criteria are judged by. Keyed by
-- the release key: saving a plan replaces the release row, the values stay.

-- +goose Up
CREATE TABLE metric_values (
    release    TEXT NOT NULL,
    metric     TEXT NOT NULL,
    day        TEXT NOT NULL, -- YYYY-MM-DD
    value      REAL NOT NULL,
    source     TEXT NOT NULL, -- the file it came from, or 'entered in the app'
    updated_at TEXT NOT NULL,
    PRIMARY KEY (release, metric, day)
) WITHOUT ROWID;

-- +goose Down
DROP TABLE metric_values;
