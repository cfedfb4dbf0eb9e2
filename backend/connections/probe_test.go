package connections

import (
	"context"
	"strings"
	"testing"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/provider/split/splitfake"
)

// TestConnectionWithAFlagsOnlySplitKey checks that "Test connection" works
// the way the sync will: by names a flags-only key fails on the admin-only
// workspace list, by ids it reads the definitions and says what it found.
func TestConnectionWithAFlagsOnlySplitKey(t *testing.T) {
	sp := splitfake.New(splitfake.Options{})
	defer sp.Close()
	ws := sp.Generate(splitfake.Synthetic{Workspace: "Web Store", Environments: []string{"Production"}, Flags: 4, Seed: 2})
	envID := sp.Environments(ws.ID)[0].ID
	s := newService(t)
	byName := domain.Connection{Name: "split", Provider: provider.Split, Project: "Web Store", BaseURL: sp.URL()}
	if _, err := s.Test(context.Background(), byName, sp.FlagsOnlyToken()); err == nil || !strings.Contains(err.Error(), "403") {
		t.Fatalf("by name: err = %v, want the 403 of the workspace list", err)
	}
	byID := byName
	byID.WorkspaceID, byID.EnvironmentIDs = ws.ID, []string{envID}
	sp.ResetStats()
	got, err := s.Test(context.Background(), byID, sp.FlagsOnlyToken())
	if err != nil {
		t.Fatal(err)
	}
	if want := "Connected to Split workspace " + ws.ID + " by id, without admin-only listings: Production (4 flags)."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	for path := range sp.Stats().ByPath {
		if strings.HasSuffix(path, "/workspaces") || strings.HasSuffix(path, "/environments") {
			t.Errorf("made an admin-only request: %s", path)
		}
	}
}
