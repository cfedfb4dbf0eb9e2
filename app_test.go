package main

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"rolloutdesk/backend/demo"
	"rolloutdesk/backend/provider"
	vm "rolloutdesk/backend/viewmodel"
	"rolloutdesk/backend/workspace/workspacetest"
)

// newTestApp binds a fresh demo workspace with a fake runtime.
func newTestApp(t *testing.T) (*App, *fakeRuntime) {
	t.Helper()
	ws := workspacetest.OpenDemo(t)
	rt := &fakeRuntime{}
	return &App{ctx: t.Context(), dataDir: ws.DataDir, rt: rt, ws: ws}, rt
}

var checkout = vm.FlagID{Provider: provider.Demo, Project: demo.Project, Environment: demo.Production, Key: "new-checkout"}

func TestBindingsNeedAnOpenWorkspace(t *testing.T) {
	tests := []struct {
		name    string
		openErr error
		want    string
	}{
		{"still opening", nil, "still opening"},
		{"failed to open", errors.New("not a Rollout Desk database"), "not a Rollout Desk database"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &App{ctx: t.Context(), dataDir: t.TempDir(), rt: &fakeRuntime{}, openErr: tt.openErr}
			if _, err := a.ListReleases(); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ListReleases: %v, want %q", err, tt.want)
			}
			if err := a.LoadDemo(); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("LoadDemo: %v, want %q", err, tt.want)
			}
			if st := a.Status(); !strings.Contains(st.StartupError, tt.want) || st.DataDir == "" || st.LogFile == "" {
				t.Errorf("Status = %+v, want the startup error", st)
			}
			if problems := a.CheckPlanYAML("x.yaml", "release: x\n"); len(problems) == 0 {
				t.Error("CheckPlanYAML needs no workspace, and found no problem")
			}
			a.CancelSync()
		})
	}
}

func TestReleaseBindings(t *testing.T) {
	a, _ := newTestApp(t)
	if st := a.Status(); !st.DemoActive || st.StartupError != "" {
		t.Errorf("Status = %+v", st)
	}
	list, err := a.ListReleases()
	if err != nil || len(list) != 1 || list[0].Key != demo.ReleaseKey || list[0].ActivePhase != "Beta 5%" {
		t.Fatalf("ListReleases = %+v, %v", list, err)
	}
	plan, err := a.GetRelease(demo.ReleaseKey)
	if err != nil || plan.Release.Name != "New checkout" || len(plan.Phases) != 5 || plan.Phases[1].Expect == nil {
		t.Fatalf("GetRelease = %+v, %v", plan, err)
	}
	text, err := a.PlanYAML(demo.ReleaseKey)
	if err != nil {
		t.Fatal(err)
	}
	if problems := a.CheckPlanYAML("plan.yaml", text); problems == nil || len(problems) != 0 {
		t.Errorf("CheckPlanYAML of the exported plan = %#v, want an empty list", problems)
	}
	if _, err := a.SavePlanYAML("plan.yaml", strings.Replace(text, "name: New checkout", "name: Newer checkout", 1)); err != nil {
		t.Fatal(err)
	}
	link := vm.LinkDraft{Provider: provider.Demo, Project: demo.Project, Environment: "staging", FlagKey: "express-pay", Variation: "on"}
	if plan, err = a.LinkFlag(demo.ReleaseKey, link); err != nil || !slices.ContainsFunc(plan.Links, func(l vm.FlagLink) bool { return l.FlagKey == "express-pay" }) {
		t.Fatalf("LinkFlag = %+v, %v", plan.Links, err)
	}
	if plan, err = a.UnlinkFlag(demo.ReleaseKey, link); err != nil || plan.Release.Name != "Newer checkout" {
		t.Fatalf("UnlinkFlag = %+v, %v", plan.Release, err)
	}
	created, err := a.CreateRelease(vm.NewRelease{Key: "search", Name: "Search"})
	if err != nil || len(created.Phases) == 0 {
		t.Fatalf("CreateRelease = %+v, %v", created, err)
	}
	history, err := a.ReleaseHistory(demo.ReleaseKey)
	if err != nil || len(history) != len(plan.Links) || len(history[0].Points) == 0 {
		t.Errorf("ReleaseHistory = %d links, %v", len(history), err)
	}
}

func TestKillFlagAnnouncesDrift(t *testing.T) {
	a, rt := newTestApp(t)
	impact, err := a.KillImpact(checkout)
	if err != nil || impact.Warnings == nil {
		t.Fatalf("KillImpact = %+v, %v", impact, err)
	}
	res, err := a.KillFlag(checkout, false, "INC-1", demo.ReleaseKey)
	if err != nil || !res.Before.On || res.After.On || res.ID != checkout {
		t.Fatalf("KillFlag = %+v, %v", res, err)
	}
	if names := rt.named(); !slices.Equal(names, []string{"drift:changed"}) {
		t.Fatalf("events = %q", names)
	}
	changed := rt.events[0].(vm.DriftChanged)
	if len(changed.Changes) != 1 || changed.Changes[0].Flag.Verdict != "off" || changed.Changes[0].Before != "on_plan" ||
		changed.Title != "1 flag changed" || len(changed.Lines) != 1 {
		t.Errorf("drift:changed = %+v", changed)
	}
	want := vm.Notification{ID: "drift-changes", Title: "1 flag changed", Body: "new-checkout: new-checkout (production) is now off (was on plan)"}
	if len(rt.notices) != 1 || rt.notices[0] != want {
		t.Errorf("notifications = %+v, want %+v", rt.notices, want)
	}
}

func TestSyncConnectionReportsProgress(t *testing.T) {
	a, rt := newTestApp(t)
	run, err := a.SyncConnection(demo.ConnectionName)
	if err != nil || run.Status != "ok" || run.Flags == 0 {
		t.Fatalf("SyncConnection = %+v, %v", run, err)
	}
	names := rt.named()
	if len(names) < 2 || names[0] != "sync:progress" || names[len(names)-1] != "sync:finished" {
		t.Fatalf("events = %q, want progress, then finished", names)
	}
	finished := rt.events[len(rt.events)-1].(vm.SyncFinished)
	if finished.Connection != demo.ConnectionName || finished.Status != "ok" || finished.Error != "" {
		t.Errorf("sync:finished = %+v", finished)
	}
	if _, err := a.SyncConnection("nope"); err == nil {
		t.Fatal("synced an unknown connection")
	}
	if last := rt.events[len(rt.events)-1].(vm.SyncFinished); !strings.Contains(last.Error, `no connection named "nope"`) {
		t.Errorf("sync:finished of a failed sync = %+v", last)
	}
	runs, err := a.ListSyncs()
	if err != nil || len(runs) == 0 {
		t.Errorf("ListSyncs = %+v, %v", runs, err)
	}
}

func TestMoveRoundTripsTheProposal(t *testing.T) {
	a, rt := newTestApp(t)
	p, err := a.ProposeMove(demo.ReleaseKey, "advance")
	if err != nil || p.To != "25%" || len(p.Changes) == 0 {
		t.Fatalf("ProposeMove = %+v, %v", p, err)
	}
	results, err := a.ApplyMove(p, true, "CAB-1")
	if err != nil || len(results) != len(p.Changes) {
		t.Fatalf("ApplyMove = %+v, %v", results, err)
	}
	if plan, _ := a.GetRelease(demo.ReleaseKey); plan.Phases[2].Status != "active" {
		t.Errorf("phase 25%% is %s after the move", plan.Phases[2].Status)
	}
	if _, err := a.ApplyMove(p, true, ""); err == nil {
		t.Error("applied the same proposal twice")
	}
	if len(rt.events) == 0 {
		t.Error("the move changed no verdict")
	}
}

func TestExportsAskWhereToSave(t *testing.T) {
	a, rt := newTestApp(t)
	exports := []struct {
		name   string
		export func() (string, error)
		file   string
	}{
		{"plan", func() (string, error) { return a.ExportPlanFile(demo.ReleaseKey) }, "new-checkout.yaml"},
		{"bundle of a phase", func() (string, error) { return a.ExportBundleFile(demo.ReleaseKey, "Beta 5%") }, "new-checkout-beta-5.zip"},
		{"bundle", func() (string, error) { return a.ExportBundleFile(demo.ReleaseKey, "") }, "new-checkout.zip"},
		{"calendar", func() (string, error) { return a.ExportCalendarFile(demo.ReleaseKey) }, "new-checkout-communications.ics"},
	}
	for _, tt := range exports {
		t.Run(tt.name, func(t *testing.T) {
			rt.saveDir = ""
			if path, err := tt.export(); path != "" || err != nil {
				t.Errorf("cancelled: %q, %v", path, err)
			}
			rt.saveDir = t.TempDir()
			path, err := tt.export()
			if err != nil || path != filepath.Join(rt.saveDir, tt.file) {
				t.Fatalf("export = %q, %v; want %s", path, err, tt.file)
			}
			if info, err := os.Stat(path); err != nil || info.Size() == 0 {
				t.Errorf("exported file: %v", err)
			}
		})
	}
	rt.saveDir = t.TempDir()
	rt.openFile = filepath.Join(rt.saveDir, "new-checkout.yaml")
	if _, err := a.ExportPlanFile(demo.ReleaseKey); err != nil {
		t.Fatal(err)
	}
	if key, err := a.ImportPlanFile(); err != nil || key != demo.ReleaseKey {
		t.Errorf("ImportPlanFile = %q, %v", key, err)
	}
}

func TestCommsBindings(t *testing.T) {
	a, _ := newTestApp(t)
	templates, err := a.ListTemplates()
	if err != nil || len(templates) == 0 {
		t.Fatalf("ListTemplates = %d, %v", len(templates), err)
	}
	preview, err := a.PreviewTemplate(demo.ReleaseKey, "", "beta-invitation", "")
	if err != nil || preview.Phase != "Beta 5%" || len(preview.Files) != 3 || preview.Channel != "email" {
		t.Fatalf("PreviewTemplate = %+v, %v", preview.Phase, err)
	}
	vars, err := a.TemplateVariables(demo.ReleaseKey, "GA")
	if err != nil || len(vars) == 0 {
		t.Errorf("TemplateVariables = %+v, %v", vars, err)
	}
	entries, err := a.Calendar(demo.ReleaseKey)
	if err != nil || len(entries) == 0 {
		t.Errorf("Calendar = %+v, %v", entries, err)
	}
	settings := vm.SMTPSettings{Host: "127.0.0.1", Port: 2525, Security: "none", From: "releases@example.com", Timeout: time.Second}
	if err := a.SaveSMTPSettings(settings, ""); err != nil {
		t.Fatal(err)
	}
	if got, err := a.SMTPSettings(); err != nil || got != settings {
		t.Errorf("SMTPSettings = %+v, %v; want %+v", got, err, settings)
	}
	if _, err := a.SendTest(demo.ReleaseKey, "GA", "ga-announcement", nil); err == nil || !strings.Contains(err.Error(), "no recipients") {
		t.Errorf("SendTest without recipients: %v", err)
	}
	hits, err := a.SearchSupport("sign out")
	if err != nil || len(hits) == 0 || !strings.Contains(hits[0].Snippet, "[[") {
		t.Errorf("SearchSupport = %+v, %v", hits, err)
	}
	view, err := a.SupportView(demo.ReleaseKey, "")
	if err != nil || view.Phase != "Beta 5%" || len(view.Guides) == 0 || view.PrintHTML == "" {
		t.Errorf("SupportView = %+v, %v", view.Phase, err)
	}
}

func TestAuditAndFlagBindings(t *testing.T) {
	a, _ := newTestApp(t)
	events, err := a.ListAudit(vm.AuditFilter{Action: "demo.load"})
	if err != nil || len(events) != 1 {
		t.Fatalf("ListAudit(demo.load) = %+v, %v", events, err)
	}
	tests := []struct {
		since   string
		want    int
		wantErr string
	}{
		{time.Now().Add(time.Hour).Format(time.RFC3339), 0, ""},
		{time.Now().Add(-time.Hour).Format(time.RFC3339), 1, ""},
		{"yesterday", 0, `since "yesterday" is not an RFC 3339 time`},
	}
	for _, tt := range tests {
		got, err := a.ListAudit(vm.AuditFilter{Action: "demo.load", Since: tt.since})
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("since %q: %v, want %q", tt.since, err, tt.wantErr)
			}
			continue
		}
		if err != nil || len(got) != tt.want {
			t.Errorf("since %q: %d events, %v; want %d", tt.since, len(got), err, tt.want)
		}
	}
	flags, err := a.ListFlags(vm.FlagFilter{Environment: demo.Production})
	if err != nil || len(flags) == 0 || flags[0].Environment != demo.Production {
		t.Fatalf("ListFlags = %+v, %v", flags, err)
	}
	history, err := a.FlagHistory(checkout)
	if err != nil || len(history.Points) == 0 || history.Released.Variation != "true" {
		t.Errorf("FlagHistory = %d points releasing %q, %v", len(history.Points), history.Released.Variation, err)
	}
	summaries, err := a.ListDriftSummaries()
	if err != nil || len(summaries) != 1 || summaries[0].Judged == 0 {
		t.Errorf("ListDriftSummaries = %+v, %v", summaries, err)
	}
	if report, err := a.GetDrift(demo.ReleaseKey); err != nil || report.Phase != "Beta 5%" {
		t.Errorf("GetDrift = %+v, %v", report, err)
	}
}

func TestConnectionBindings(t *testing.T) {
	a, _ := newTestApp(t)
	draft := vm.ConnectionDraft{Name: "LD", Provider: provider.LaunchDarkly, Project: "web", Environments: []string{"production"}}
	if _, err := a.TestConnection(vm.ConnectionDraft{Name: "bad"}, ""); err == nil {
		t.Error("tested an invalid connection")
	}
	if err := a.SaveConnection(draft, ""); err != nil {
		t.Fatal(err)
	}
	infos, err := a.ListConnectionInfo()
	if err != nil || !slices.ContainsFunc(infos, func(c vm.ConnectionInfo) bool { return c.Name == "LD" && c.TokenStatus != "" }) {
		t.Fatalf("ListConnectionInfo = %+v, %v", infos, err)
	}
	if err := a.DeleteConnection("LD"); err != nil {
		t.Fatal(err)
	}
	if err := a.RemoveDemo(); err != nil {
		t.Fatal(err)
	}
	if err := a.LoadDemo(); err != nil {
		t.Fatal(err)
	}
}

func TestFolderDialogsAnswerFromTheFolder(t *testing.T) {
	dir := t.TempDir()
	t.Setenv(SaveDirEnv, dir)
	rt := newRuntime(t.Context())
	path, err := rt.SaveDialog(SaveDialog{Title: "Export", Filename: "plan.yaml"})
	if err != nil || path != filepath.Join(dir, "plan.yaml") {
		t.Errorf("SaveDialog = %q, %v", path, err)
	}
	t.Setenv(SaveDirEnv, "")
	if _, ok := newRuntime(t.Context()).(*wailsRuntime); !ok {
		t.Error("without the folder, dialogs are not the window's")
	}
}
