package main

import (
	"context"
	"errors"
	"log/slog"
	"path/filepath"
	"sync"
	"time"

	"rolloutdesk/backend/logging"
	"rolloutdesk/backend/version"
	"rolloutdesk/backend/viewmodel"
	"rolloutdesk/backend/workspace"
)

// App is the binding layer between the window and the backend. Its
// exported methods, in the bind_*.go files by area, are callable from the
// front end; each one only adapts: view models in, one service call, view
// models out. Runtime work (events, notifications, dialogs) goes through
// the Runtime seam.
type App struct {
	ctx     context.Context
	dataDir string
	rt      Runtime

	mu      sync.Mutex
	ws      *workspace.Workspace
	openErr error
}

// scheduleEvery is how often the app checks for connections due to sync.
const scheduleEvery = 30 * time.Second

// NewApp creates the binding layer for the workspace in dataDir.
func NewApp(dataDir string) *App {
	return &App{dataDir: dataDir}
}

func (a *App) startup(ctx context.Context) {
	a.ctx = ctx
	a.rt = newRuntime(ctx)
	ws, err := workspace.Open(ctx, workspace.Options{DataDir: a.dataDir, OfferDemo: true})
	a.mu.Lock()
	defer a.mu.Unlock()
	a.ws, a.openErr = ws, err
	if err != nil {
		slog.Error("open workspace", "data_dir", a.dataDir, "error", err)
		return
	}
	ws.Readiness.Changed = a.announceReadiness
	go ws.Sync.RunSchedule(ctx, scheduleEvery, syncEvents{a})
}

func (a *App) shutdown(context.Context) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.ws != nil {
		a.ws.Sync.Cancel()
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

// Status reports the version, data directory and whether the workspace
// opened; a startup failure is returned here, not as a blank window.
func (a *App) Status() viewmodel.AppStatus {
	build := version.Get()
	st := viewmodel.AppStatus{Version: build.Version, Commit: build.Short(), BuildDate: build.Date,
		DataDir: a.dataDir, LogFile: filepath.Join(a.dataDir, logging.FileName)}
	active, err := serve(a, func(ws *workspace.Workspace) (bool, error) { return ws.DemoActive(a.ctx) })
	st.DemoActive = active
	if err != nil {
		st.StartupError = err.Error()
	}
	return st
}
