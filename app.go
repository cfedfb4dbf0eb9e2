package main

import (
	"context"
	"errors"
	"log/slog"
	"path/filepath"
	"sync"

	"github.com/wailsapp/wails/v2/pkg/runtime"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/logging"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/store"
	"rolloutdesk/backend/version"
	"rolloutdesk/backend/workspace"
)

// App is the binding layer between the window and the backend: every
// exported method is callable from the front end, and each one only
// validates, calls the workspace and returns its result.
type App struct {
	ctx     context.Context
	dataDir string

	mu      sync.Mutex
	ws      *workspace.Workspace
	openErr error
	cancel  context.CancelFunc // cancels the running sync, if any
}

// NewApp creates the binding layer for the workspace in dataDir.
func NewApp(dataDir string) *App {
	return &App{dataDir: dataDir}
}

func (a *App) startup(ctx context.Context) {
	a.ctx = ctx
	ws, err := workspace.Open(ctx, workspace.Options{DataDir: a.dataDir, OfferDemo: true})
	a.mu.Lock()
	defer a.mu.Unlock()
	a.ws, a.openErr = ws, err
	if err != nil {
		slog.Error("open workspace", "data_dir", a.dataDir, "error", err)
	}
}

func (a *App) shutdown(context.Context) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.cancel != nil {
		a.cancel()
	}
	if a.ws != nil {
		a.ws.Close()
	}
}

// workspace returns the open workspace, or the error that kept it closed.
func (a *App) workspace() (*workspace.Workspace, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.ws == nil {
		if a.openErr == nil {
			return nil, errors.New("the workspace is still opening; try again in a moment")
		}
		return nil, a.openErr
	}
	return a.ws, nil
}

// AppStatus tells the front end what it is running against.
type AppStatus struct {
	Version      string `json:"version"`
	DataDir      string `json:"data_dir"`
	LogFile      string `json:"log_file"`
	DemoActive   bool   `json:"demo_active"`
	StartupError string `json:"startup_error"`
}

// Status reports the version, data directory and whether the workspace
// opened; a startup failure is returned here, not as a blank window.
func (a *App) Status() AppStatus {
	st := AppStatus{Version: version.Version, DataDir: a.dataDir, LogFile: filepath.Join(a.dataDir, logging.FileName)}
	ws, err := a.workspace()
	if err != nil {
		st.StartupError = err.Error()
		return st
	}
	st.DemoActive, err = ws.DemoActive(a.ctx)
	if err != nil {
		st.StartupError = err.Error()
	}
	return st
}

// ListReleases lists every release with its active phase.
func (a *App) ListReleases() ([]store.ReleaseSummary, error) {
	ws, err := a.workspace()
	if err != nil {
		return nil, err
	}
	return ws.Store.ListReleases(a.ctx)
}

// GetRelease loads one release with its links and phases.
func (a *App) GetRelease(key string) (domain.Plan, error) {
	ws, err := a.workspace()
	if err != nil {
		return domain.Plan{}, err
	}
	return ws.Store.GetPlan(a.ctx, key)
}

// ListFlags lists the latest stored state of every flag matching filter.
func (a *App) ListFlags(filter store.FlagFilter) ([]domain.StoredFlag, error) {
	ws, err := a.workspace()
	if err != nil {
		return nil, err
	}
	return ws.Store.LatestFlags(a.ctx, filter)
}

// FlagHistory returns every distinct state one flag has had.
func (a *App) FlagHistory(id provider.ID) ([]domain.HistoryPoint, error) {
	ws, err := a.workspace()
	if err != nil {
		return nil, err
	}
	return ws.Store.History(a.ctx, id)
}

// ListConnections lists the provider connections.
func (a *App) ListConnections() ([]domain.Connection, error) {
	ws, err := a.workspace()
	if err != nil {
		return nil, err
	}
	return ws.Store.ListConnections(a.ctx)
}

// ListSyncs lists recent sync runs.
func (a *App) ListSyncs() ([]domain.SyncRun, error) {
	ws, err := a.workspace()
	if err != nil {
		return nil, err
	}
	return ws.Store.ListSyncs(a.ctx, 50)
}

// ListTemplates lists the communication templates.
func (a *App) ListTemplates() ([]domain.Template, error) {
	ws, err := a.workspace()
	if err != nil {
		return nil, err
	}
	return ws.Store.ListTemplates(a.ctx)
}

// ListAudit lists audit events matching filter, newest first.
func (a *App) ListAudit(filter domain.AuditFilter) ([]domain.AuditEvent, error) {
	ws, err := a.workspace()
	if err != nil {
		return nil, err
	}
	return ws.Store.ListAudit(a.ctx, filter)
}

// LoadDemo loads (or resets) the demo workspace.
func (a *App) LoadDemo() error {
	ws, err := a.workspace()
	if err != nil {
		return err
	}
	return ws.LoadDemo(a.ctx)
}

// RemoveDemo removes the demo workspace.
func (a *App) RemoveDemo() error {
	ws, err := a.workspace()
	if err != nil {
		return err
	}
	return ws.RemoveDemo(a.ctx)
}

// SyncProgressEvent is the Wails event carrying sync progress.
const SyncProgressEvent = "sync:progress"

// SyncConnection pulls the current flag state of one connection, emitting
// progress events, and returns the recorded run. CancelSync stops it.
func (a *App) SyncConnection(name string) (domain.SyncRun, error) {
	ws, err := a.workspace()
	if err != nil {
		return domain.SyncRun{}, err
	}
	ctx, cancel := context.WithCancel(a.ctx)
	a.mu.Lock()
	if a.cancel != nil {
		a.mu.Unlock()
		cancel()
		return domain.SyncRun{}, errors.New("a sync is already running; wait for it or cancel it")
	}
	a.cancel = cancel
	a.mu.Unlock()
	defer func() {
		a.mu.Lock()
		a.cancel = nil
		a.mu.Unlock()
		cancel()
	}()
	return ws.SyncConnection(ctx, name, func(p provider.Progress) {
		runtime.EventsEmit(a.ctx, SyncProgressEvent, map[string]any{"connection": name, "done": p.Done, "total": p.Total, "message": p.Message})
	})
}

// CancelSync cancels the running sync, if any.
func (a *App) CancelSync() {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.cancel != nil {
		a.cancel()
	}
}
