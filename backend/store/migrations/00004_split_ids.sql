-- A Split connection may name its workspace and environments by id, so a
-- least-privilege key never needs the admin-only listings.

-- +goose Up
ALTER TABLE connections ADD COLUMN workspace_id TEXT NOT NULL DEFAULT '';
ALTER TABLE connections ADD COLUMN environment_ids TEXT NOT NULL DEFAULT '[]'; -- JSON array

-- +goose Down
ALTER TABLE connections DROP COLUMN environment_ids;
ALTER TABLE connections DROP COLUMN workspace_id;
