// Package workspace opens a Rollout Desk workspace — data directory, log file
// and database — and offers the operations both the desktop app and the CLI
// use, so neither holds logic the other lacks.
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

	"rolloutdesk/backend/comms"
	"rolloutdesk/backend/demo"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/logging"
	"rolloutdesk/backend/secrets"
	"rolloutdesk/backend/store"
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
	// Secrets holds connection tokens; nil means the system keyring. The
	// provider environment variables override it either way.
	Secrets secrets.Store
}

// Workspace is an open data directory.
type Workspace struct {
	DataDir string
	Store   *store.Store
	Log     *slog.Logger
	Now     func() time.Time
	Secrets secrets.Resolver
	logFile io.Closer
}

const (
	settingDemoDeclined    = "demo.declined"
	settingTemplatesSeeded = "templates.seeded"
)

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
	w := &Workspace{DataDir: opts.DataDir, Store: st, Log: log, Now: opts.Now,
		Secrets: secrets.Resolver{Store: opts.Secrets}, logFile: logFile}
	if err := w.firstStart(ctx, opts.OfferDemo); err != nil {
		w.Close()
		return nil, err
	}
	log.Info("workspace open", "data_dir", opts.DataDir)
	return w, nil
}

// Close releases the database and log file.
func (w *Workspace) Close() error {
	return errors.Join(w.Store.Close(), w.logFile.Close())
}

// firstStart installs the starter templates once, and the demo when offered
// on an empty workspace whose user has not removed it before.
func (w *Workspace) firstStart(ctx context.Context, offerDemo bool) error {
	seeded, err := w.Store.Setting(ctx, settingTemplatesSeeded)
	if err != nil {
		return err
	}
	if seeded == "" {
		if err := w.installStarterTemplates(ctx); err != nil {
			return err
		}
	}
	if !offerDemo {
		return nil
	}
	empty, err := w.Store.Empty(ctx)
	if err != nil {
		return err
	}
	declined, err := w.Store.Setting(ctx, settingDemoDeclined)
	if err != nil || !empty || declined != "" {
		return err
	}
	return w.LoadDemo(ctx)
}

func (w *Workspace) installStarterTemplates(ctx context.Context) error {
	templates, err := comms.Starter()
	if err != nil {
		return err
	}
	for _, t := range templates {
		if _, err := w.Store.SaveTemplate(ctx, t); err != nil {
			return err
		}
	}
	return w.Store.SetSetting(ctx, settingTemplatesSeeded, "true")
}

// DemoSource is the demo provider for this workspace, anchored at the moment
// the demo was loaded.
func (w *Workspace) DemoSource(ctx context.Context) (demo.Source, error) {
	plan, err := w.Store.GetPlan(ctx, demo.ReleaseKey)
	if err != nil {
		return demo.Source{}, fmt.Errorf("demo provider: %w", err)
	}
	overrides, err := demo.LoadOverrides(ctx, w.Store)
	if err != nil {
		return demo.Source{}, err
	}
	return demo.Source{Anchor: plan.Release.CreatedAt, Now: w.Now, Overrides: overrides}, nil
}

// LoadDemo seeds (or reseeds) the demo workspace.
func (w *Workspace) LoadDemo(ctx context.Context) error {
	if err := demo.Load(ctx, w.Store, w.Now()); err != nil {
		return err
	}
	if err := w.Store.SetSetting(ctx, settingDemoDeclined, ""); err != nil {
		return err
	}
	if err := w.Audit(ctx, "demo.load", demo.ReleaseKey, "Loaded the demo workspace"); err != nil {
		return err
	}
	_, err := w.RecomputeDrift(ctx)
	return err
}

// RemoveDemo deletes the demo and remembers not to offer it again.
func (w *Workspace) RemoveDemo(ctx context.Context) error {
	if err := demo.Remove(ctx, w.Store); err != nil {
		return err
	}
	if err := w.Store.SetSetting(ctx, settingDemoDeclined, "true"); err != nil {
		return err
	}
	return w.Audit(ctx, "demo.remove", demo.ReleaseKey, "Removed the demo workspace")
}

// DemoActive reports whether the demo release is present.
func (w *Workspace) DemoActive(ctx context.Context) (bool, error) {
	plan, err := w.Store.GetPlan(ctx, demo.ReleaseKey)
	if errors.Is(err, store.ErrNotFound) {
		return false, nil
	}
	return err == nil && plan.Release.Demo, err
}

// Audit records an action taken in this workspace.
func (w *Workspace) Audit(ctx context.Context, action, release, summary string) error {
	_, err := w.Store.AppendAudit(ctx, domain.AuditEvent{At: w.Now(), Actor: actor, Action: action, Release: release, Summary: summary})
	return err
}
