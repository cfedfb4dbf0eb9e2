-- Schema v1: releases and phases, flag links, provider connections (never
-- secrets), flag state history, sync runs, templates, audit events, settings.

-- +goose Up
CREATE TABLE releases (
    id          INTEGER PRIMARY KEY,
    key         TEXT    NOT NULL UNIQUE CHECK (key <> ''),
    name        TEXT    NOT NULL CHECK (name <> ''),
    description TEXT    NOT NULL DEFAULT '',
    owner       TEXT    NOT NULL DEFAULT '',
    demo        INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);

CREATE TABLE phases (
    id            INTEGER PRIMARY KEY,
    release_id    INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    name          TEXT    NOT NULL CHECK (name <> ''),
    audience      TEXT    NOT NULL DEFAULT '',
    status        TEXT    NOT NULL DEFAULT 'planned'
                  CHECK (status IN ('planned', 'active', 'done', 'rolled_back')),
    owner         TEXT    NOT NULL DEFAULT '',
    planned_start TEXT,
    planned_end   TEXT,
    started_at    TEXT,
    ended_at      TEXT,
    expect        TEXT,                        -- JSON Expectation, or NULL
    entry         TEXT    NOT NULL DEFAULT '[]', -- JSON checklist
    exit          TEXT    NOT NULL DEFAULT '[]', -- JSON checklist
    UNIQUE (release_id, position),
    UNIQUE (release_id, name)
);
CREATE UNIQUE INDEX phases_one_active ON phases (release_id) WHERE status = 'active';

CREATE TABLE flag_links (
    id          INTEGER PRIMARY KEY,
    release_id  INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    provider    TEXT    NOT NULL,
    project     TEXT    NOT NULL,
    environment TEXT    NOT NULL,
    flag_key    TEXT    NOT NULL,
    variation   TEXT    NOT NULL,
    UNIQUE (release_id, provider, project, environment, flag_key)
);

CREATE TABLE phase_flag_expectations (
    phase_id INTEGER NOT NULL REFERENCES phases (id) ON DELETE CASCADE,
    link_id  INTEGER NOT NULL REFERENCES flag_links (id) ON DELETE CASCADE,
    expect   TEXT    NOT NULL, -- JSON Expectation
    PRIMARY KEY (phase_id, link_id)
);

CREATE TABLE connections (
    id                 INTEGER PRIMARY KEY,
    name               TEXT    NOT NULL UNIQUE CHECK (name <> ''),
    provider           TEXT    NOT NULL,
    base_url           TEXT    NOT NULL DEFAULT '',
    project            TEXT    NOT NULL,
    environments       TEXT    NOT NULL DEFAULT '[]', -- JSON array
    auth               TEXT    NOT NULL DEFAULT '',   -- how the token is sent: '' (provider default) or 'x-api-key'
    sync_every_minutes INTEGER NOT NULL DEFAULT 0,
    demo               INTEGER NOT NULL DEFAULT 0,
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL
);

CREATE TABLE sync_runs (
    id          INTEGER PRIMARY KEY,
    provider    TEXT    NOT NULL,
    project     TEXT    NOT NULL,
    started_at  TEXT    NOT NULL,
    finished_at TEXT,
    status      TEXT    NOT NULL CHECK (status IN ('running', 'ok', 'failed', 'cancelled')),
    flags       INTEGER NOT NULL DEFAULT 0,
    changed     INTEGER NOT NULL DEFAULT 0,
    error       TEXT    NOT NULL DEFAULT ''
);

-- Append-only history: a row is written only when a flag's state differs
-- from its previous row (same fingerprint = unchanged).
CREATE TABLE flag_states (
    id          INTEGER PRIMARY KEY,
    provider    TEXT    NOT NULL,
    project     TEXT    NOT NULL,
    environment TEXT    NOT NULL,
    flag_key    TEXT    NOT NULL,
    observed_at TEXT    NOT NULL,
    sync_id     INTEGER REFERENCES sync_runs (id),
    fingerprint TEXT    NOT NULL,
    state       TEXT    NOT NULL -- JSON provider.FlagState without last_evaluated
);
CREATE INDEX flag_states_by_flag ON flag_states (provider, project, environment, flag_key, id);

-- The latest state of every flag still present in its provider.
CREATE TABLE flag_latest (
    provider       TEXT    NOT NULL,
    project        TEXT    NOT NULL,
    environment    TEXT    NOT NULL,
    flag_key       TEXT    NOT NULL,
    state_id       INTEGER NOT NULL REFERENCES flag_states (id),
    last_evaluated TEXT,
    checked_at     TEXT    NOT NULL,
    PRIMARY KEY (provider, project, environment, flag_key)
);

CREATE TABLE templates (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE CHECK (name <> ''),
    channel    TEXT    NOT NULL CHECK (channel IN ('email', 'in_app', 'support')),
    phase      TEXT    NOT NULL DEFAULT '*',
    title      TEXT    NOT NULL DEFAULT '',
    source     TEXT    NOT NULL,
    builtin    INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT    NOT NULL
);

CREATE TABLE audit_events (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    release TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    before  TEXT,
    after   TEXT
);
CREATE INDEX audit_events_by_time ON audit_events (at);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- +goose Down
DROP TABLE settings;
DROP TABLE audit_events;
DROP TABLE templates;
DROP TABLE flag_latest;
DROP TABLE flag_states;
DROP TABLE sync_runs;
DROP TABLE connections;
DROP TABLE phase_flag_expectations;
DROP TABLE flag_links;
DROP TABLE phases;
DROP TABLE releases;
