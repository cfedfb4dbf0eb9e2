package cli

import (
	"strings"
	"testing"

	"rolloutdesk/backend/provider/split/splitfake"
)

// TestSyncSplitByIDsWithAFlagsOnlyKey syncs and kills with a key that may not
// list workspaces or environments: given the ids, the CLI never asks for
// those lists, names the project and environments as the contract
// says, and a kill is read, write, read.
func TestSyncSplitByIDsWithAFlagsOnlyKey(t *testing.T) {
	sp := splitfake.New(splitfake.Options{})
	defer sp.Close()
	ws := sp.Generate(splitfake.Synthetic{Workspace: "Web Store", Environments: []string{"Production", "Staging"}, Flags: 12, Seed: 8})
	var prodID string
	for _, e := range sp.Environments(ws.ID) {
		if e.Name == "Production" {
			prodID = e.ID
		}
	}
	t.Setenv("SPLIT_ADMIN_API_KEY", sp.FlagsOnlyToken())
	dir := t.TempDir()

	code, _, errOut := run(t, nil, "--data-dir", dir, "sync", "split", "--workspace", "Web Store", "--base-url", sp.URL(), "--json")
	if code == 0 || !strings.Contains(errOut, "403") {
		t.Fatalf("by name a flags-only key must fail on the workspace list: code %d %q", code, errOut)
	}

	tests := []struct {
		name        string
		args        []string
		wantProject string
	}{
		{"workspace name labels the states", []string{"--workspace", "Web Store", "--workspace-id", ws.ID, "--env-id", prodID}, "Web Store"},
		{"the id labels them without a name", []string{"--workspace-id", ws.ID, "--env-id", prodID}, ws.ID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sp.ResetStats()
			args := append([]string{"--data-dir", t.TempDir(), "sync", "split", "--base-url", sp.URL(), "--json"}, tt.args...)
			code, out, errOut := run(t, nil, args...)
			if code != 0 {
				t.Fatalf("sync by ids: %s", errOut)
			}
			states := decodeFlags(t, out)
			if len(states) != 12 {
				t.Fatalf("synced %d flags, want 12", len(states))
			}
			for _, st := range states {
				if st.Project != tt.wantProject || st.Environment != "Production" || st.Prerequisites == nil || st.TrafficAllocation != 100 {
					t.Fatalf("state = %+v, want project %q, environment Production, prerequisites [] and 100%% allocation", st, tt.wantProject)
				}
			}
			assertNoAdminListings(t, sp)
		})
	}

	code, out, errOut := run(t, nil, "--data-dir", dir, "sync", "split", "--workspace", "Web Store", "--workspace-id", ws.ID,
		"--env-id", prodID, "--base-url", sp.URL(), "--json")
	if code != 0 {
		t.Fatal(errOut)
	}
	key := decodeFlags(t, out)[0].Key
	sp.ResetStats()
	code, out, errOut = run(t, nil, "--data-dir", dir, "kill", "split", "--workspace", "Web Store", "--workspace-id", ws.ID,
		"--env-id", prodID, "--env", "Production", "--flag", key, "--base-url", sp.URL(), "--comment", "INC-7", "--yes")
	if code != 0 || !strings.Contains(out, key+" is now off in Production") {
		t.Fatalf("kill by ids: code %d %q %q", code, out, errOut)
	}
	if n := sp.Stats().Requests; n != 3 {
		t.Errorf("a kill with ids made %d requests, want 3 (read, write, read): %v", n, sp.Stats().ByPath)
	}
	assertNoAdminListings(t, sp)

	code, _, errOut = run(t, nil, "--data-dir", dir, "sync", "split", "--workspace", "Web Store", "--env-id", prodID, "--base-url", sp.URL())
	if code == 0 || !strings.Contains(errOut, "--env-id needs --workspace-id") {
		t.Errorf("--env-id without --workspace-id: code %d %q", code, errOut)
	}
}

func assertNoAdminListings(t *testing.T, sp *splitfake.Server) {
	t.Helper()
	for path := range sp.Stats().ByPath {
		if strings.HasSuffix(path, "/workspaces") || strings.HasSuffix(path, "/environments") {
			t.Errorf("made an admin-only request: %s", path)
		}
	}
}
