package cli

import (
	"testing"

	"rolloutdesk/backend/audit"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/workspace"
)

// TestActorFlag: --actor names who did a command's changes in the audit
// log; without it, the OS user (no name is set in Settings here).
func TestActorFlag(t *testing.T) {
	tests := []struct {
		name          string
		before, after []string // flags before and after the command
		want          string
	}{
		{"--actor", []string{"--actor", "ci-bot"}, nil, "ci-bot"},
		{"after the command too", nil, []string{"--actor", "ci-bot"}, "ci-bot"},
		{"default", nil, nil, audit.OSUser()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			args := append([]string{"--data-dir", dir}, tt.before...)
			args = append(append(args, "demo", "load"), tt.after...)
			if code, _, errOut := run(t, nil, args...); code != 0 {
				t.Fatalf("demo load: %s", errOut)
			}
			w, err := workspace.Open(t.Context(), workspace.Options{DataDir: dir})
			if err != nil {
				t.Fatal(err)
			}
			defer w.Close()
			events, err := w.Audit.List(t.Context(), domain.AuditFilter{Action: "demo.load"})
			if err != nil || len(events) != 1 || events[0].Actor != tt.want {
				t.Errorf("demo.load events = %+v, %v; want one by %q", events, err, tt.want)
			}
		})
	}
}
