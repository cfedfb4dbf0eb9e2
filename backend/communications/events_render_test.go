package communications_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"rolloutdesk/backend/actions"
	"rolloutdesk/backend/comms"
	"rolloutdesk/backend/demo"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/workspace/workspacetest"
)

func TestWriteEventFolder(t *testing.T) {
	ctx := t.Context()
	w := workspacetest.OpenDemo(t)
	tests := []struct {
		name     string
		trigger  domain.Trigger
		flag     string
		before   func()
		wantFile string // among the paths, relative to the folder
		wantText string // in the Markdown of the customer notice
		wantErr  string
	}{
		{name: "no incident yet", trigger: domain.TriggerIncident, wantErr: "has no recorded incident: pass a flag"},
		{name: "no rollback yet", trigger: domain.TriggerRollback, wantErr: "has no recorded rollback"},
		{name: "a hypothetical incident", trigger: domain.TriggerIncident, flag: "checkout-express-pay",
			wantFile: "email-incident-customers.md", wantText: "We've paused New checkout"},
		{name: "a flag the release lacks", trigger: domain.TriggerIncident, flag: "nope", wantErr: `links no flag "nope"`},
		{name: "a flag for a rollback", trigger: domain.TriggerRollback, flag: "new-checkout", wantErr: "use it with the incident trigger"},
		{name: "not an event trigger", trigger: domain.TriggerPhase, wantErr: "render incident or rollback notices"},
		{name: "the latest recorded incident", trigger: domain.TriggerIncident, before: func() {
			if _, _, err := w.Actions.Kill(ctx, actions.KillRequest{ID: newCheckout, Comment: "Timeouts"}); err != nil {
				t.Fatal(err)
			}
		}, wantFile: "support-incident-support.md", wantText: "Reason given: Timeouts"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.before != nil {
				tt.before()
			}
			dir := t.TempDir()
			paths, err := w.Comms.WriteEventFolder(ctx, demo.ReleaseKey, tt.trigger, tt.flag, dir)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			i := slices.IndexFunc(paths, func(p string) bool { return strings.HasSuffix(p, tt.wantFile) })
			if i < 0 || !slices.Contains(paths, filepath.Join(dir, "index.html")) {
				t.Fatalf("wrote %v, want %s and index.html", paths, tt.wantFile)
			}
			for _, p := range paths {
				if rel, _ := filepath.Rel(dir, p); rel != "index.html" && !strings.HasPrefix(rel, "incident-") {
					t.Errorf("%s is outside the incident's folder", rel)
				}
			}
			if b, _ := os.ReadFile(paths[i]); !strings.Contains(string(b), tt.wantText) {
				t.Errorf("%s lacks %q:\n%s", paths[i], tt.wantText, b)
			}
		})
	}
}

func TestPreviewOfAnIncidentTemplateUsesASampleKill(t *testing.T) {
	ctx := t.Context()
	w := workspacetest.OpenDemo(t)
	preview, err := w.Comms.Preview(ctx, demo.ReleaseKey, "", "incident-support", "")
	if err != nil || !strings.Contains(preview.Markdown, "`new-checkout`") || !strings.Contains(preview.Markdown, "**Beta 5%**") {
		t.Fatalf("Preview = %q, %v", preview.Markdown, err)
	}
	vars, err := w.Comms.Variables(ctx, demo.ReleaseKey, "")
	if err != nil || !slices.ContainsFunc(vars, func(v comms.Variable) bool { return v.Name == "{{.Incident.Flag}}" }) {
		t.Errorf("Variables = %+v, %v; want the incident's", vars, err)
	}
	if _, err := w.Mail.SendTest(ctx, demo.ReleaseKey, "", "incident-customers", []string{"qa@example.com"}, nil); err == nil ||
		!strings.Contains(err.Error(), "goes out when a kill switch is used, not with a phase") {
		t.Errorf("a test send of an incident template: %v", err)
	}
}
