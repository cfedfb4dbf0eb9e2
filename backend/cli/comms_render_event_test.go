package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rolloutdesk/backend/actions"
	"rolloutdesk/backend/demo"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/workspace"
)

func TestCommsRenderEventNotices(t *testing.T) {
	dir := demoDir(t)
	out := filepath.Join(t.TempDir(), "notices")
	kill := func() {
		ctx := context.Background()
		w, err := workspace.Open(ctx, workspace.Options{DataDir: dir})
		if err != nil {
			t.Fatal(err)
		}
		defer w.Close()
		id := provider.ID{Provider: provider.Demo, Project: demo.Project, Environment: demo.Production, Key: "new-checkout"}
		if _, _, err := w.Actions.Kill(ctx, actions.KillRequest{ID: id, Comment: "INC-42"}); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name   string
		before func()
		args   []string
		fail   bool
		want   string // in stdout, or stderr when it fails
		file   string // a file written under out, by its suffix
		text   string // in that file
	}{
		{name: "no incident recorded", args: []string{"--trigger", "incident"}, fail: true, want: "has no recorded incident: pass a flag"},
		{name: "a hypothetical incident", args: []string{"--trigger", "incident", "--flag", "checkout-express-pay"},
			want: "for release new-checkout to " + out, file: "/support-incident-support.md", text: "`checkout-express-pay`"},
		{name: "the latest recorded incident", before: kill, args: []string{"--trigger", "incident"},
			want: "for release new-checkout to " + out, file: "/support-incident-support.md", text: "Reason given: INC-42"},
		{name: "not an event trigger", args: []string{"--trigger", "phase"}, fail: true, want: "use incident or rollback"},
		{name: "a phase and a trigger", args: []string{"--trigger", "incident", "--phase", "GA"}, fail: true, want: "do not go together"},
		{name: "a flag without the incident trigger", args: []string{"--flag", "new-checkout"}, fail: true, want: "add --trigger incident"},
		{name: "no rollback recorded", args: []string{"--trigger", "rollback"}, fail: true, want: "has no recorded rollback"},
		{name: "help has an example", args: []string{"--help"}, want: "--trigger incident --flag new-checkout --out incident"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.before != nil {
				tt.before()
			}
			os.RemoveAll(out)
			expect(t, dir, append([]string{"comms", "render", "new-checkout", "--out", out}, tt.args...), tt.fail, tt.want)
			if tt.file == "" {
				return
			}
			matches, _ := filepath.Glob(filepath.Join(out, "incident-*", "*"))
			var found bool
			for _, m := range matches {
				if strings.HasSuffix(m, tt.file) {
					b, _ := os.ReadFile(m)
					found = strings.Contains(string(b), tt.text)
				}
			}
			if !found {
				t.Errorf("no %s containing %q among %v", tt.file, tt.text, matches)
			}
		})
	}
}
