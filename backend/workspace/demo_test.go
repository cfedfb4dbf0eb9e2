package workspace

import (
	"context"
	"testing"

	"rolloutdesk/backend/actions"
	"rolloutdesk/backend/demo"
	"rolloutdesk/backend/drift"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/syncer"
)

func TestKillAndRestoreDemoFlag(t *testing.T) {
	ctx := context.Background()
	w := open(t, t.TempDir(), true)
	defer w.Close()
	id := provider.ID{Provider: provider.Demo, Project: demo.Project, Environment: demo.Production, Key: "new-checkout"}
	res, changes, err := w.Actions.Kill(ctx, actions.KillRequest{ID: id, Comment: "INC-1", Release: demo.ReleaseKey})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Before.On || res.After.On {
		t.Fatalf("kill result = %+v", res)
	}
	if len(changes) != 1 || changes[0].Flag.Verdict != drift.Off || changes[0].Before != drift.OnPlan {
		t.Fatalf("drift changes = %+v", changes)
	}
	// The demo provider remembers the kill: a sync keeps it off.
	if _, err := w.Sync.Sync(ctx, syncer.Request{Connection: demo.ConnectionName}, nil); err != nil {
		t.Fatal(err)
	}
	report, err := w.Drift.Report(ctx, demo.ReleaseKey)
	if err != nil {
		t.Fatal(err)
	}
	if report.Flags[0].Verdict != drift.Off {
		t.Fatalf("after sync: %+v", report.Flags[0])
	}
	if _, _, err := w.Actions.Kill(ctx, actions.KillRequest{ID: id, On: true, Release: demo.ReleaseKey}); err != nil {
		t.Fatal(err)
	}
	report, _ = w.Drift.Report(ctx, demo.ReleaseKey)
	if report.Flags[0].Verdict != drift.OnPlan {
		t.Fatalf("after restore: %+v", report.Flags[0])
	}
}

func TestAdvanceDemoRelease(t *testing.T) {
	ctx := context.Background()
	w := open(t, t.TempDir(), true)
	defer w.Close()
	p, err := w.Actions.ProposeMove(ctx, demo.ReleaseKey, actions.Advance)
	if err != nil {
		t.Fatal(err)
	}
	if p.From != "Beta 5%" || p.To != "25%" || len(p.Changes) != 2 {
		t.Fatalf("proposal = %+v (production flags move to 25%%, staging already serves 100%%)", p)
	}
	if _, _, err := w.Actions.ApplyMove(ctx, actions.Move{Proposal: p, ApplyRollout: true}); err != nil {
		t.Fatal(err)
	}
	report, err := w.Drift.Report(ctx, demo.ReleaseKey)
	if err != nil {
		t.Fatal(err)
	}
	if report.Phase != "25%" || report.Drifting() != 0 {
		t.Fatalf("after advancing: %+v", report)
	}
}
