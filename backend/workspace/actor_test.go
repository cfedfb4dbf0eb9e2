package workspace

import (
	"context"
	"encoding/json"
	"testing"

	"rolloutdesk/backend/actions"
	"rolloutdesk/backend/audit"
	"rolloutdesk/backend/demo"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
)

// TestActorOfAuditedActions: every audited action, a kill through the
// actions service and a record through the audit log, names the actor the
// workspace was wired with: the --actor override, else the name set in
// Settings, else the OS user. A kill also records before and after.
func TestActorOfAuditedActions(t *testing.T) {
	tests := []struct {
		name     string
		override string
		setName  string
		want     string
	}{
		{name: "OS user by default", want: audit.OSUser()},
		{name: "name from Settings", setName: "Dana Release", want: "Dana Release"},
		{name: "--actor wins", override: "ci-bot", setName: "Dana Release", want: "ci-bot"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			w, err := Open(ctx, Options{DataDir: t.TempDir(), OfferDemo: true, Actor: tt.override})
			if err != nil {
				t.Fatal(err)
			}
			defer w.Close()
			if tt.setName != "" {
				if _, err := w.Actors.SetDisplayName(ctx, tt.setName); err != nil {
					t.Fatal(err)
				}
			}
			id := provider.ID{Provider: provider.Demo, Project: demo.Project, Environment: demo.Production, Key: "new-checkout"}
			if _, _, err := w.Actions.Kill(ctx, actions.KillRequest{ID: id, Comment: "INC-9", Release: demo.ReleaseKey}); err != nil {
				t.Fatal(err)
			}
			if err := w.Audit.Record(ctx, "test.record", "", "recorded"); err != nil {
				t.Fatal(err)
			}
			for _, action := range []string{"flag.kill", "test.record"} {
				events, err := w.Audit.List(ctx, domain.AuditFilter{Action: action})
				if err != nil || len(events) != 1 {
					t.Fatalf("%s events = %+v, %v", action, events, err)
				}
				if events[0].Actor != tt.want {
					t.Errorf("%s actor = %q, want %q", action, events[0].Actor, tt.want)
				}
			}
			kill, _ := w.Audit.List(ctx, domain.AuditFilter{Action: "flag.kill"})
			var before, after struct {
				On bool `json:"on"`
			}
			if json.Unmarshal(kill[0].Before, &before) != nil || json.Unmarshal(kill[0].After, &after) != nil || !before.On || after.On || kill[0].Comment != "INC-9" {
				t.Errorf("kill event = %+v, want on → off with the comment", kill[0])
			}
		})
	}
}
