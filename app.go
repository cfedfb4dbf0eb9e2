package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/wailsapp/wails/v2/pkg/runtime"

	"rolloutdesk/backend/actions"
	"rolloutdesk/backend/calendar"
	"rolloutdesk/backend/comms"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/drift"
	"rolloutdesk/backend/logging"
	"rolloutdesk/backend/mail"
	"rolloutdesk/backend/plan"
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

	notifications bool // desktop notifications work
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
		return
	}
	go a.syncOnSchedule(ctx)
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

// Events the front end listens to.
const (
	SyncProgressEvent = "sync:progress" // {connection, done, total, message}
	SyncFinishedEvent = "sync:finished" // {connection, status, flags, changed, error}
	DriftChangedEvent = "drift:changed" // []workspace.DriftChange
)

// SyncConnection pulls the current flag state of one connection, emitting
// progress events, and returns the recorded run. CancelSync stops it.
func (a *App) SyncConnection(name string) (domain.SyncRun, error) {
	ws, err := a.workspace()
	if err != nil {
		return domain.SyncRun{}, err
	}
	out, err := a.syncConnection(ws, name)
	run := out.Run
	finished := map[string]any{"connection": name, "status": run.Status, "flags": run.Flags, "changed": run.Changed, "error": ""}
	if err != nil {
		finished["error"] = err.Error()
	}
	runtime.EventsEmit(a.ctx, SyncFinishedEvent, finished)
	a.announceDrift(out.DriftChanges)
	return run, err
}

// announceDrift tells the window and the desktop about changed verdicts.
func (a *App) announceDrift(changes []workspace.DriftChange) {
	if len(changes) == 0 {
		return
	}
	runtime.EventsEmit(a.ctx, DriftChangedEvent, changes)
	if !a.notifications {
		return
	}
	for _, c := range changes {
		err := runtime.SendNotification(a.ctx, runtime.NotificationOptions{
			ID:    "drift-" + c.Release + "-" + c.Flag.Environment + "-" + c.Flag.Key,
			Title: fmt.Sprintf("%s: %s is %s", c.Release, c.Flag.Key, strings.ReplaceAll(string(c.Flag.Verdict), "_", " ")),
			Body:  c.Flag.Reason,
		})
		if err != nil {
			slog.Warn("desktop notification", "error", err)
		}
	}
}

func (a *App) domReady(ctx context.Context) {
	if err := runtime.InitializeNotifications(ctx); err != nil {
		slog.Info("desktop notifications unavailable; drift changes show in the window only", "error", err)
		return
	}
	a.notifications = runtime.IsNotificationAvailable(ctx)
}

func (a *App) syncConnection(ws *workspace.Workspace, name string) (workspace.SyncOutcome, error) {
	ctx, cancel := context.WithCancel(a.ctx)
	a.mu.Lock()
	if a.cancel != nil {
		a.mu.Unlock()
		cancel()
		return workspace.SyncOutcome{}, errors.New("a sync is already running; wait for it or cancel it")
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

// syncOnSchedule syncs the connections that are due, every half minute,
// while the app is open.
func (a *App) syncOnSchedule(ctx context.Context) {
	ticker := time.NewTicker(30 * time.Second)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case now := <-ticker.C:
			ws, err := a.workspace()
			if err != nil {
				return
			}
			due, err := ws.DueConnections(ctx, now)
			if err != nil {
				slog.Error("scheduled sync", "error", err)
				continue
			}
			for _, name := range due {
				if _, err := a.SyncConnection(name); err != nil {
					slog.Warn("scheduled sync failed", "connection", name, "error", err)
				}
			}
		}
	}
}

// ConnectionInfo is a connection with where its token comes from.
type ConnectionInfo struct {
	domain.Connection
	TokenStatus string `json:"token_status"`
}

// GetDrift judges one release's linked flags against its active phase.
func (a *App) GetDrift(release string) (drift.Report, error) {
	ws, err := a.workspace()
	if err != nil {
		return drift.Report{}, err
	}
	return ws.Drift(a.ctx, release)
}

// DriftSummary counts, per release, the linked flags off plan and judged.
type DriftSummary struct {
	Release  string `json:"release"`
	Drifting int    `json:"drifting"`
	Judged   int    `json:"judged"`
}

// ListDriftSummaries summarises the drift of every release.
func (a *App) ListDriftSummaries() ([]DriftSummary, error) {
	ws, err := a.workspace()
	if err != nil {
		return nil, err
	}
	reports, err := ws.DriftReports(a.ctx)
	if err != nil {
		return nil, err
	}
	out := make([]DriftSummary, len(reports))
	for i, r := range reports {
		out[i] = DriftSummary{Release: r.Release, Drifting: r.Drifting(), Judged: len(r.Flags)}
	}
	return out, nil
}

// ListConnectionInfo lists the connections with their token status.
func (a *App) ListConnectionInfo() ([]ConnectionInfo, error) {
	ws, err := a.workspace()
	if err != nil {
		return nil, err
	}
	conns, err := ws.Store.ListConnections(a.ctx)
	if err != nil {
		return nil, err
	}
	out := make([]ConnectionInfo, len(conns))
	for i, c := range conns {
		out[i] = ConnectionInfo{Connection: c, TokenStatus: ws.TokenStatus(c)}
	}
	return out, nil
}

// SaveConnection saves a connection; a non-empty token goes to the system
// keyring (an empty one keeps the stored token).
func (a *App) SaveConnection(c domain.Connection, token string) error {
	ws, err := a.workspace()
	if err != nil {
		return err
	}
	return ws.SaveConnection(a.ctx, c, token)
}

// DeleteConnection removes a connection and its stored token.
func (a *App) DeleteConnection(name string) error {
	ws, err := a.workspace()
	if err != nil {
		return err
	}
	return ws.DeleteConnection(a.ctx, name)
}

// TestConnection checks that the provider answers with these settings and
// returns what it found.
func (a *App) TestConnection(c domain.Connection, token string) (string, error) {
	ws, err := a.workspace()
	if err != nil {
		return "", err
	}
	ctx, cancel := context.WithTimeout(a.ctx, 30*time.Second)
	defer cancel()
	return ws.TestConnection(ctx, c, token)
}

// CancelSync cancels the running sync, if any.
func (a *App) CancelSync() {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.cancel != nil {
		a.cancel()
	}
}

// CreateRelease starts a release from the preset phases.
func (a *App) CreateRelease(r domain.Release) (domain.Plan, error) {
	ws, err := a.workspace()
	if err != nil {
		return domain.Plan{}, err
	}
	return ws.CreateRelease(a.ctx, r)
}

// LinkFlag links a flag to a release.
func (a *App) LinkFlag(release string, link domain.FlagLink) (domain.Plan, error) {
	ws, err := a.workspace()
	if err != nil {
		return domain.Plan{}, err
	}
	return ws.LinkFlag(a.ctx, release, link)
}

// UnlinkFlag removes a linked flag from a release.
func (a *App) UnlinkFlag(release string, link domain.FlagLink) (domain.Plan, error) {
	ws, err := a.workspace()
	if err != nil {
		return domain.Plan{}, err
	}
	return ws.UnlinkFlag(a.ctx, release, link)
}

// PlanYAML returns a release's plan file.
func (a *App) PlanYAML(release string) (string, error) {
	ws, err := a.workspace()
	if err != nil {
		return "", err
	}
	data, err := ws.ExportPlan(a.ctx, release)
	return string(data), err
}

// CheckPlanYAML lists the problems of a plan file being edited; none means it
// would save.
func (a *App) CheckPlanYAML(name, text string) []plan.Problem {
	_, err := plan.Parse(name, []byte(text))
	if perr, ok := err.(*plan.Error); ok {
		return perr.Problems
	}
	if err != nil {
		return []plan.Problem{{Reason: err.Error()}}
	}
	return []plan.Problem{}
}

// SavePlanYAML saves an edited plan file.
func (a *App) SavePlanYAML(name, text string) (domain.Plan, error) {
	ws, err := a.workspace()
	if err != nil {
		return domain.Plan{}, err
	}
	return ws.ImportPlan(a.ctx, name, []byte(text))
}

var planFilters = []runtime.FileFilter{{DisplayName: "Plan files (*.yaml, *.yml)", Pattern: "*.yaml;*.yml"}}

// ImportPlanFile asks for a plan file and imports it. It returns the release
// key, or "" when the dialog was cancelled.
func (a *App) ImportPlanFile() (string, error) {
	ws, err := a.workspace()
	if err != nil {
		return "", err
	}
	path, err := runtime.OpenFileDialog(a.ctx, runtime.OpenDialogOptions{Title: "Import a release plan", Filters: planFilters})
	if err != nil || path == "" {
		return "", err
	}
	p, err := ws.ImportPlanFile(a.ctx, path)
	return p.Release.Key, err
}

// ExportPlanFile asks where to save a release's plan file and writes it. It
// returns the path, or "" when the dialog was cancelled.
func (a *App) ExportPlanFile(release string) (string, error) {
	ws, err := a.workspace()
	if err != nil {
		return "", err
	}
	path, err := a.saveDialog("Export the release plan", release+".yaml", planFilters[0].DisplayName, planFilters[0].Pattern)
	if err != nil || path == "" {
		return "", err
	}
	return path, ws.ExportPlanFile(a.ctx, release, path)
}

// KillFlag turns a flag off (on=false) or restores it (on=true) through its
// provider and returns the state read back afterwards.
func (a *App) KillFlag(id provider.ID, on bool, comment, release string) (actions.Result, error) {
	ws, err := a.workspace()
	if err != nil {
		return actions.Result{}, err
	}
	writer, err := ws.Writer(a.ctx, id.Provider, id.Project)
	if err != nil {
		return actions.Result{ID: id}, err
	}
	res, changes, err := ws.Kill(a.ctx, writer, id, on, comment, release)
	a.announceDrift(changes)
	return res, err
}

// ProposeMove previews advancing ("advance") or rolling back ("rollback") a
// release.
func (a *App) ProposeMove(release string, direction string) (actions.Proposal, error) {
	ws, err := a.workspace()
	if err != nil {
		return actions.Proposal{}, err
	}
	return ws.ProposeMove(a.ctx, release, actions.Direction(direction))
}

// ApplyMove performs a previewed move.
func (a *App) ApplyMove(m actions.Move) ([]actions.Result, error) {
	ws, err := a.workspace()
	if err != nil {
		return nil, err
	}
	results, changes, err := ws.ApplyMove(a.ctx, m)
	a.announceDrift(changes)
	return results, err
}

// ReleaseHistory returns every linked flag's state history, for the
// release timeline.
func (a *App) ReleaseHistory(release string) ([]LinkHistory, error) {
	ws, err := a.workspace()
	if err != nil {
		return nil, err
	}
	p, err := ws.Store.GetPlan(a.ctx, release)
	if err != nil {
		return nil, err
	}
	out := make([]LinkHistory, 0, len(p.Links))
	for _, l := range p.Links {
		points, err := ws.Store.History(a.ctx, provider.ID{Provider: l.Provider, Project: l.Project, Environment: l.Environment, Key: l.FlagKey})
		if err != nil {
			return nil, err
		}
		out = append(out, LinkHistory{Link: l, Points: points})
	}
	return out, nil
}

// LinkHistory is one linked flag's state history.
type LinkHistory struct {
	Link   domain.FlagLink       `json:"link"`
	Points []domain.HistoryPoint `json:"points"`
}

// SMTPSettings returns the saved SMTP settings (never the password).
func (a *App) SMTPSettings() (mail.Settings, error) {
	ws, err := a.workspace()
	if err != nil {
		return mail.Settings{}, err
	}
	return ws.SMTPSettings(a.ctx)
}

// SaveSMTPSettings saves the SMTP settings; a non-empty password goes to the
// system keyring.
func (a *App) SaveSMTPSettings(s mail.Settings, password string) error {
	ws, err := a.workspace()
	if err != nil {
		return err
	}
	return ws.SaveSMTPSettings(a.ctx, s, password)
}

// PreviewTemplate renders a template for a phase of a release; a non-empty
// source previews unsaved edits. Its error names the file and line.
func (a *App) PreviewTemplate(release, phase, name, source string) (comms.Preview, error) {
	ws, err := a.workspace()
	if err != nil {
		return comms.Preview{}, err
	}
	return ws.RenderTemplate(a.ctx, release, phase, name, source)
}

// TemplateVariables lists what templates see for a phase of a release.
func (a *App) TemplateVariables(release, phase string) ([]comms.Variable, error) {
	ws, err := a.workspace()
	if err != nil {
		return nil, err
	}
	return ws.TemplateVariables(a.ctx, release, phase)
}

// SaveTemplate checks and saves a template file.
func (a *App) SaveTemplate(name, source string) (domain.Template, error) {
	ws, err := a.workspace()
	if err != nil {
		return domain.Template{}, err
	}
	return ws.SaveTemplate(a.ctx, name, source)
}

// ExportBundleFile asks where to save the communications bundle of a release
// (or of one phase) and writes it. It returns the path, or "" when cancelled.
func (a *App) ExportBundleFile(release, phase string) (string, error) {
	ws, err := a.workspace()
	if err != nil {
		return "", err
	}
	name := release
	if phase != "" {
		name += "-" + comms.PhaseDir(phase)
	}
	path, err := a.saveDialog("Export the communications bundle", name+".zip", "Zip files (*.zip)", "*.zip")
	if err != nil || path == "" {
		return "", err
	}
	return path, ws.ExportBundleFile(a.ctx, release, phase, path)
}

// SaveDirEnv, when set, makes save dialogs answer at once with that folder
// and the suggested file name. It exists for automated end-to-end tests,
// which cannot click through a native dialog.
const SaveDirEnv = "ROLLOUTDESK_SAVE_DIR"

// saveDialog asks where to save a file; "" means cancelled.
func (a *App) saveDialog(title, filename, filterName, pattern string) (string, error) {
	if dir := os.Getenv(SaveDirEnv); dir != "" {
		return filepath.Join(dir, filename), nil
	}
	home, _ := os.UserHomeDir()
	return runtime.SaveFileDialog(a.ctx, runtime.SaveDialogOptions{
		Title: title, DefaultDirectory: home, DefaultFilename: filename,
		Filters: []runtime.FileFilter{{DisplayName: filterName, Pattern: pattern}},
	})
}

// SendTest sends one email template, rendered for a phase, to test
// recipients through the saved SMTP server, and reports per recipient.
func (a *App) SendTest(release, phase, template string, to []string) (mail.Report, error) {
	ws, err := a.workspace()
	if err != nil {
		return mail.Report{}, err
	}
	return ws.SendTest(a.ctx, release, phase, template, to, nil)
}

// Calendar lists what goes out when for a release.
func (a *App) Calendar(release string) ([]calendar.Entry, error) {
	ws, err := a.workspace()
	if err != nil {
		return nil, err
	}
	return ws.Calendar(a.ctx, release)
}

// ExportCalendarFile asks where to save a release's communication calendar
// and writes it as .ics. It returns the path, or "" when cancelled.
func (a *App) ExportCalendarFile(release string) (string, error) {
	ws, err := a.workspace()
	if err != nil {
		return "", err
	}
	path, err := a.saveDialog("Export the communication calendar", release+"-communications.ics", "Calendar files (*.ics)", "*.ics")
	if err != nil || path == "" {
		return "", err
	}
	return path, ws.ExportCalendarFile(a.ctx, release, path)
}

// SearchSupport searches every support guide.
func (a *App) SearchSupport(query string) ([]store.SupportHit, error) {
	ws, err := a.workspace()
	if err != nil {
		return nil, err
	}
	return ws.SearchSupport(a.ctx, query)
}

// SupportView is what support needs for one phase of a release.
func (a *App) SupportView(release, phase string) (workspace.PhaseSupport, error) {
	ws, err := a.workspace()
	if err != nil {
		return workspace.PhaseSupport{}, err
	}
	return ws.SupportView(a.ctx, release, phase)
}
