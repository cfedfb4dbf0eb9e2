package main

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/wailsapp/wails/v2/pkg/runtime"

	"rolloutdesk/backend/viewmodel"
)

// Runtime is what the binding layer needs of the desktop runtime. The
// Wails implementation talks to the window; tests use a fake.
type Runtime interface {
	// Emit sends an event to the window under its name.
	Emit(e viewmodel.Event)
	// Notify shows a desktop notification, where they are available.
	Notify(n viewmodel.Notification)
	// SaveDialog asks where to save a file; "" means cancelled.
	SaveDialog(d SaveDialog) (string, error)
	// OpenDialog asks for a file to open; "" means cancelled.
	OpenDialog(d OpenDialog) (string, error)
}

// SaveDialog describes a save dialog.
type SaveDialog struct {
	Title    string
	Filename string // suggested
	Filter   FileFilter
}

// OpenDialog describes an open dialog.
type OpenDialog struct {
	Title  string
	Filter FileFilter
}

// FileFilter limits a dialog to files matching Pattern ("*.yaml;*.yml").
type FileFilter struct {
	Name    string
	Pattern string
}

// SaveDirEnv, when set, makes save dialogs answer at once with that folder
// and the suggested file name. It exists for automated end-to-end tests,
// which cannot click through a native dialog.
const SaveDirEnv = "ROLLOUTDESK_SAVE_DIR"

// newRuntime is the runtime of the window whose Wails context is ctx: its
// dialogs answer from $ROLLOUTDESK_SAVE_DIR when that is set.
func newRuntime(ctx context.Context) Runtime {
	rt := &wailsRuntime{ctx: ctx}
	if dir := os.Getenv(SaveDirEnv); dir != "" {
		return folderDialogs{Runtime: rt, dir: dir}
	}
	return rt
}

// wailsRuntime is the Runtime of a Wails window.
type wailsRuntime struct {
	ctx context.Context

	once          sync.Once
	notifications bool // desktop notifications work
}

// Emit implements Runtime.
func (w *wailsRuntime) Emit(e viewmodel.Event) {
	runtime.EventsEmit(w.ctx, e.EventName(), e)
}

// Notify implements Runtime.
func (w *wailsRuntime) Notify(n viewmodel.Notification) {
	w.once.Do(w.initNotifications)
	if !w.notifications {
		return
	}
	if err := runtime.SendNotification(w.ctx, runtime.NotificationOptions{ID: n.ID, Title: n.Title, Body: n.Body}); err != nil {
		slog.Warn("desktop notification", "error", err)
	}
}

// initNotifications sets up desktop notifications, the first time one is
// sent: after the page has loaded, when runtime calls are reliable.
func (w *wailsRuntime) initNotifications() {
	if err := runtime.InitializeNotifications(w.ctx); err != nil {
		slog.Info("desktop notifications unavailable; drift changes show in the window only", "error", err)
		return
	}
	w.notifications = runtime.IsNotificationAvailable(w.ctx)
}

// SaveDialog implements Runtime.
func (w *wailsRuntime) SaveDialog(d SaveDialog) (string, error) {
	home, _ := os.UserHomeDir()
	return runtime.SaveFileDialog(w.ctx, runtime.SaveDialogOptions{
		Title: d.Title, DefaultDirectory: home, DefaultFilename: d.Filename, Filters: filters(d.Filter),
	})
}

// OpenDialog implements Runtime.
func (w *wailsRuntime) OpenDialog(d OpenDialog) (string, error) {
	return runtime.OpenFileDialog(w.ctx, runtime.OpenDialogOptions{Title: d.Title, Filters: filters(d.Filter)})
}

func filters(f FileFilter) []runtime.FileFilter {
	return []runtime.FileFilter{{DisplayName: f.Name, Pattern: f.Pattern}}
}

// folderDialogs answers dialogs from dir, without asking: a save dialog with
// a file of the suggested name there, an open dialog with the newest file
// there that its filter matches ("" when none does). The rest goes to
// Runtime.
type folderDialogs struct {
	Runtime
	dir string
}

// SaveDialog implements Runtime.
func (f folderDialogs) SaveDialog(d SaveDialog) (string, error) {
	return filepath.Join(f.dir, d.Filename), nil
}

// OpenDialog implements Runtime.
func (f folderDialogs) OpenDialog(d OpenDialog) (string, error) {
	entries, err := os.ReadDir(f.dir)
	if err != nil {
		return "", err
	}
	newest, newestAt := "", time.Time{}
	for _, e := range entries {
		info, err := e.Info()
		if err != nil || e.IsDir() || !matchesFilter(d.Filter, e.Name()) || !info.ModTime().After(newestAt) {
			continue
		}
		newest, newestAt = filepath.Join(f.dir, e.Name()), info.ModTime()
	}
	return newest, nil
}

// matchesFilter reports whether name matches one of the filter's patterns
// ("*.yaml;*.yml").
func matchesFilter(f FileFilter, name string) bool {
	for _, pattern := range strings.Split(f.Pattern, ";") {
		if ok, _ := filepath.Match(strings.TrimSpace(pattern), name); ok {
			return true
		}
	}
	return false
}
