package workspace

import (
	"context"
	"errors"
	"testing"

	"rolloutdesk/backend/actions"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/drift"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/provider/fakehttp"
	"rolloutdesk/backend/provider/launchdarkly/ldfake"
	"rolloutdesk/backend/secrets"
	"rolloutdesk/backend/syncer"
)

// TestPhaseMovesThroughLaunchDarkly advances and rolls back a release whose
// flag lives in the fake LaunchDarkly, through a saved connection whose
// token is in the (in-memory) keyring, including the approval-required and
// conflict answers.
func TestPhaseMovesThroughLaunchDarkly(t *testing.T) {
	ctx := context.Background()
	fake := ldfake.New(ldfake.Options{})
	defer fake.Close()
	if err := fake.Generate(ldfake.GenerateOptions{Project: "web", Environments: []string{"staging", "production"}, Flags: 2}); err != nil {
		t.Fatal(err)
	}
	t.Setenv(secrets.EnvLaunchDarkly, "")
	w, err := Open(ctx, Options{DataDir: t.TempDir(), Secrets: &secrets.Memory{}})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	conn := domain.Connection{Name: "LD", Provider: provider.LaunchDarkly, BaseURL: fake.URL(), Project: "web", Environments: []string{"production"}}
	if err := w.Connections.Save(ctx, conn, fake.Token()); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Sync.Sync(ctx, syncer.Request{Connection: "LD"}, nil); err != nil {
		t.Fatal(err)
	}
	// flag-00001 is on in production and serves true to 60% (shape 1); the
	// plan is Beta 5% then 25%.
	link := domain.FlagLink{Provider: provider.LaunchDarkly, Project: "web", Environment: "production", FlagKey: "flag-00001", Variation: "true"}
	phase := func(name string, status domain.PhaseStatus, percent float64) domain.Phase {
		return domain.Phase{Name: name, Status: status, Expect: &domain.Expectation{On: true, Percent: percent}}
	}
	if _, err := w.Releases.Save(ctx, domain.Plan{
		Release: domain.Release{Key: "rollout", Name: "Rollout"},
		Links:   []domain.FlagLink{link},
		Phases:  []domain.Phase{phase("Beta 5%", domain.PhaseActive, 5), phase("25%", domain.PhasePlanned, 25)},
	}); err != nil {
		t.Fatal(err)
	}

	p, err := w.Actions.ProposeMove(ctx, "rollout", actions.Advance)
	if err != nil || len(p.Changes) != 1 || p.Changes[0].Before.PercentServing("true") != 60 {
		t.Fatalf("proposal = %+v, %v", p, err)
	}

	fake.SetApprovalsRequired("web", "production", true)
	if _, _, err := w.Actions.ApplyMove(ctx, actions.Move{Proposal: p, ApplyRollout: true}); !errors.Is(err, provider.ErrApprovalRequired) {
		t.Fatalf("approval required: %v", err)
	}
	fake.SetApprovalsRequired("web", "production", false)

	fake.Inject(ldfake.Fault{Kind: fakehttp.Conflict, Method: "PATCH", Times: 1})
	if _, _, err := w.Actions.ApplyMove(ctx, actions.Move{Proposal: p, ApplyRollout: true}); !actions.IsConflict(err) {
		t.Fatalf("409: %v", err)
	}

	results, changes, err := w.Actions.ApplyMove(ctx, actions.Move{Proposal: p, ApplyRollout: true, Comment: "CAB-1"})
	if err != nil {
		t.Fatal(err)
	}
	if results[0].After.PercentServing("true") != 25 || len(changes) != 1 || changes[0].Flag.Verdict != drift.OnPlan {
		t.Fatalf("after advancing: %+v, drift %+v", results, changes)
	}

	p, err = w.Actions.ProposeMove(ctx, "rollout", actions.Rollback)
	if err != nil {
		t.Fatal(err)
	}
	if results, _, err = w.Actions.ApplyMove(ctx, actions.Move{Proposal: p, ApplyRollout: true}); err != nil || results[0].After.PercentServing("true") != 5 {
		t.Fatalf("after rolling back: %+v, %v", results, err)
	}
	report, _ := w.Drift.Report(ctx, "rollout")
	if report.Phase != "Beta 5%" || report.Drifting() != 0 {
		t.Fatalf("drift after rollback: %+v", report)
	}
}
