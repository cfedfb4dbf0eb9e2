package communications_test

import (
	"context"
	"testing"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/workspace/workspacetest"
)

func TestRefreshStarters(t *testing.T) {
	ctx := context.Background()
	w := workspacetest.OpenDemo(t)
	st := workspacetest.Store(t, w)
	current := func(name string) domain.Template {
		t.Helper()
		tpl, err := st.GetTemplate(ctx, name)
		if err != nil {
			t.Fatal(err)
		}
		return tpl
	}
	// An older app's starters: one left as installed, one a user saved.
	old := current("support-guide")
	old.Source += "\nLook the customer up in the customer lookup.\n"
	if _, err := st.SaveTemplate(ctx, old); err != nil {
		t.Fatal(err)
	}
	fresh := current("known-issues")
	mine := fresh
	mine.Source += "\nOur own words.\n"
	mine.Builtin = false
	if _, err := st.SaveTemplate(ctx, mine); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name     string
		replaced int
	}{
		{"an unedited outdated starter is replaced", 1},
		{"a second run has nothing to do", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			replaced, err := w.Comms.RefreshStarters(ctx)
			if err != nil || replaced != tt.replaced {
				t.Fatalf("RefreshStarters = %d, %v; want %d", replaced, err, tt.replaced)
			}
			if got := current("support-guide"); got.Source == old.Source || !got.Builtin {
				t.Errorf("support-guide kept the old wording (builtin %v)", got.Builtin)
			}
			if got := current("known-issues"); got.Source != mine.Source || got.Builtin {
				t.Error("a template the user saved was replaced")
			}
		})
	}
}
