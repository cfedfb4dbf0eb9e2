package connections

import (
	"strings"
	"testing"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
)

// TestChangesRecordBeforeAndAfter: creating, editing and deleting a
// connection record its settings before and after, never the token.
func TestChangesRecordBeforeAndAfter(t *testing.T) {
	ctx := t.Context()
	s := newService(t)
	const token = "api-0123456789abcdef"
	c := domain.Connection{Name: "LD", Provider: provider.LaunchDarkly, Project: "web", Environments: []string{"production"}}
	if err := s.Save(ctx, c, token); err != nil {
		t.Fatal(err)
	}
	c.SyncEveryMinutes = 15
	if err := s.Save(ctx, c, ""); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(ctx, "LD"); err != nil {
		t.Fatal(err)
	}
	events, err := s.Audit.List(ctx, domain.AuditFilter{})
	if err != nil || len(events) != 3 {
		t.Fatalf("audit = %+v, %v", events, err)
	}
	state := `"auth":"","base_url":"","environment_ids":[],"environments":["production"],"project":"web","provider":"launchdarkly",`
	tests := []struct {
		action, before, after string
	}{ // newest first
		{"connection.delete", "{" + state + `"sync_every_minutes":15,"workspace_id":""}`, ""},
		{"connection.save", "{" + state + `"sync_every_minutes":0,"workspace_id":""}`, "{" + state + `"sync_every_minutes":15,"workspace_id":""}`},
		{"connection.save", "", "{" + state + `"sync_every_minutes":0,"token":"replaced","workspace_id":""}`},
	}
	for i, tt := range tests {
		e := events[i]
		if e.Action != tt.action || string(e.Before) != tt.before || string(e.After) != tt.after || e.Subject != "connection LD" {
			t.Errorf("event %d = %s %q before %s after %s; want %s before %s after %s", i, e.Action, e.Subject, e.Before, e.After, tt.action, tt.before, tt.after)
		}
		if strings.Contains(string(e.Before)+string(e.After)+e.Summary, token) {
			t.Errorf("event %d holds the token", i)
		}
	}
}
