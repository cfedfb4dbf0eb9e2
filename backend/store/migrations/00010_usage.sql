-- What the providers observe of traffic: LaunchDarkly's flag status moves
-- with evaluations, not configuration, so it is kept with the latest state
-- like last_evaluated (a change of it is not a change of the flag). Daily
-- evaluation counts per variation of linked flags are kept so their history
-- outlives the provider's 30-day window.

-- +goose Up
ALTER TABLE flag_latest ADD COLUMN evaluation_status TEXT NOT NULL DEFAULT '';
CREATE TABLE flag_usage (
    provider    TEXT    NOT NULL,
    project     TEXT    NOT NULL,
    environment TEXT    NOT NULL,
    flag_key    TEXT    NOT NULL,
    day         TEXT    NOT NULL, -- YYYY-MM-DD
    variation   TEXT    NOT NULL,
    evaluations INTEGER NOT NULL,
    PRIMARY KEY (provider, project, environment, flag_key, day, variation)
) WITHOUT ROWID;

-- +goose Down
DROP TABLE flag_usage;
ALTER TABLE flag_latest DROP COLUMN evaluation_status;
