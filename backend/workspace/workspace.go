// Package workspace is the composition root shared by the desktop app and
// the command line: it opens a data directory (log file and database),
// wires the feature services over it, and seeds a first start. Callers use
// the services it exposes; only this package holds the store.
package workspace

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"rolloutdesk/backend/actions"
	"rolloutdesk/backend/adoption"
	"rolloutdesk/backend/audit"
	"rolloutdesk/backend/communications"
	"rolloutdesk/backend/connections"
	"rolloutdesk/backend/drift"
	"rolloutdesk/backend/feedback"
	"rolloutdesk/backend/flags"
	"rolloutdesk/backend/logging"
	"rolloutdesk/backend/mailer"
	"rolloutdesk/backend/readiness"
	"rolloutdesk/backend/releases"
	"rolloutdesk/backend/report"
	"rolloutdesk/backend/secrets"
	"rolloutdesk/backend/status"
	"rolloutdesk/backend/store"
	"rolloutdesk/backend/support"
	"rolloutdesk/backend/syncer"
	"rolloutdesk/backend/verdicts"
)

// Options configure Open.
type Options struct {
	DataDir string
	// OfferDemo seeds the demo workspace on a first start (an empty database
	// where the user has not removed the demo before). The desktop app sets
	// it; the CLI does not, so scripts never see demo data.
	OfferDemo bool
	LogLevel  slog.Level
	Now       func() time.Time
	// Secrets holds connection tokens and the SMTP password; nil means the
	// system keyring. The provider environment variables override it either
	// way.
	Secrets secrets.Store
	// Actor, when set, is who the audit log names for this session's
	// actions instead of the name in Settings or the OS user (the CLI's
	// --actor).
	Actor string
}

// Workspace is an open data directory and the services over it.
type Workspace struct {
	DataDir string

	Audit       *audit.Log
	Actors      *audit.Actors
	Connections *connections.Service
	Flags       *flags.Service
	Releases    *releases.Service
	Drift       *verdicts.Service
	Sync        *syncer.Service
	Actions     *actions.Service
	Comms       *communications.Service
	Mail        *mailer.Service
	Support     *support.Service
	Readiness   *readiness.Service
	Feedback    *feedback.Service
	Adoption    *adoption.Service
	Report      *report.Service
	Status      *status.Service

	store   *store.Store
	judges  rejudge
	now     func() time.Time
	logFile io.Closer
}

// Open opens the workspace in opts.DataDir, creating it when missing.
func Open(ctx context.Context, opts Options) (*Workspace, error) {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Secrets == nil {
		opts.Secrets = secrets.Keyring{}
	}
	if err := os.MkdirAll(opts.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("data directory %s: %w", opts.DataDir, err)
	}
	log, logFile, err := logging.Open(opts.DataDir, opts.LogLevel)
	if err != nil {
		return nil, err
	}
	st, err := store.Open(ctx, filepath.Join(opts.DataDir, store.FileName))
	if err != nil {
		log.Error("open workspace", "error", err)
		logFile.Close()
		return nil, err
	}
	w := wire(st, log, opts.Now, opts.Secrets)
	w.Actors.Override = opts.Actor
	w.DataDir, w.logFile = opts.DataDir, logFile
	if err := w.firstStart(ctx, opts.OfferDemo); err != nil {
		w.Close()
		return nil, err
	}
	log.Info("workspace open", "data_dir", opts.DataDir)
	return w, nil
}

// wire builds the services over st. Each takes the store through the small
// interface it declares, and the others it follows through theirs.
func wire(st *store.Store, log *slog.Logger, now func() time.Time, keyring secrets.Store) *Workspace {
	w := &Workspace{store: st, now: now}
	w.Actors = &audit.Actors{Store: st}
	actor := w.Actors.Func()
	w.Audit = &audit.Log{Store: st, Now: now, Actor: actor}
	w.Drift = &verdicts.Service{Store: st, Audit: w.Audit, Now: now}
	w.Connections = &connections.Service{Store: st, Secrets: secrets.Resolver{Store: keyring}, Audit: w.Audit, Log: log, Now: now}
	w.Comms = &communications.Service{Store: st, Audit: w.Audit, Log: log, Now: now}
	w.Support = &support.Service{Store: st, Templates: w.Comms, Log: log, Now: now}
	w.Comms.Index = w.Support
	w.Flags = &flags.Service{Store: st}
	w.Adoption = &adoption.Service{Store: st, Reader: w.Connections.UsageReader, Now: now}
	w.Feedback = &feedback.Service{Store: st, Now: now, Actor: actor}
	builtIns := []readiness.BuiltIn{
		{Names: []string{feedback.MetricNegative, feedback.MetricNegativeShare}, From: "customer feedback", Values: w.Feedback.Metrics},
		w.Adoption.BuiltIn(),
	}
	w.Readiness = &readiness.Service{Store: st, Drift: w.Drift.Judger, Adoption: w.Adoption.Flags, BuiltIns: builtIns, Now: now, Actor: actor}
	w.Feedback.Changed = func(ctx context.Context) error { _, err := w.Readiness.Recheck(ctx); return err }
	w.Report = &report.Service{Store: st, Feedback: w.Feedback, BuiltIns: builtIns, Adoption: w.Adoption.Flags, Now: now, Actor: actor}
	judges := rejudge{drift: w.Drift, readiness: w.Readiness}
	w.judges = judges
	w.Releases = &releases.Service{Store: st, Audit: w.Audit, Drift: judges, Index: w.Support}
	w.Sync = &syncer.Service{Store: st, Connections: w.Connections, Drift: judges, Usage: w.Adoption, Log: log, Now: now}
	w.Actions = &actions.Service{Store: st, Writers: w.Connections, Drift: judges, Index: w.Support, Notices: w.Comms, Now: now, Actor: actor}
	w.Status = &status.Service{Store: st, Readiness: w.Readiness, Comms: w.Comms, Now: now}
	w.Mail = &mailer.Service{Store: st, Secrets: keyring, Emails: w.Comms, Notices: w.Comms, Audit: w.Audit}
	return w
}

// rejudge judges releases again after new flag state, a plan change or a
// phase move: drift first, then readiness, which rests on it.
type rejudge struct {
	drift     *verdicts.Service
	readiness *readiness.Service
}

// Recompute re-judges drift and readiness; it returns the drift changes
// (readiness reports its own through readiness.Service.Changed).
func (r rejudge) Recompute(ctx context.Context) ([]drift.Change, error) {
	changes, err := r.drift.Recompute(ctx)
	if err != nil {
		return changes, err
	}
	if _, err := r.readiness.Recheck(ctx); err != nil {
		return changes, fmt.Errorf("drift was checked, but judging readiness failed: %w", err)
	}
	return changes, nil
}

// Close releases the database and log file.
func (w *Workspace) Close() error {
	return errors.Join(w.store.Close(), w.logFile.Close())
}

// Backup writes a consistent copy of the workspace database to dest, which
// must not exist yet, while the workspace stays in use.
func (w *Workspace) Backup(ctx context.Context, dest string) error {
	return w.store.Backup(ctx, dest)
}

// DatabasePath is the workspace database's file.
func (w *Workspace) DatabasePath() string { return w.store.Path() }

// SchemaVersion is the database schema version this build writes.
func SchemaVersion() int64 { return store.LatestSchemaVersion() }
