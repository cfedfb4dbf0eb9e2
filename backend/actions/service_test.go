package actions

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/store"
	"rolloutdesk/backend/store/storetest"
)

// memWriter is a provider.Writer over a map, with switchable misbehaviour.
type memWriter struct {
	flags     map[string]provider.FlagState // by environment/key
	writeErr  error                         // returned by writes
	ignore    bool                          // accept writes without applying them
	readErrAt int                           // fail the Nth read (1-based), 0 never
	reads     int
}

func (m *memWriter) ReadFlag(_ context.Context, _, env, key string) (provider.FlagState, error) {
	m.reads++
	if m.reads == m.readErrAt {
		return provider.FlagState{}, errors.New("connection reset")
	}
	f, ok := m.flags[env+"/"+key]
	if !ok {
		return f, errors.New("HTTP 404: unknown flag")
	}
	return f, nil
}

func (m *memWriter) SetOn(_ context.Context, _, env, key string, on bool, _ string) error {
	if m.writeErr != nil {
		return m.writeErr
	}
	if !m.ignore {
		f := m.flags[env+"/"+key]
		f.On = on
		m.flags[env+"/"+key] = f
	}
	return nil
}

func (m *memWriter) SetServing(_ context.Context, _, env, key string, serving []provider.Allocation, _ string) error {
	if m.writeErr != nil {
		return m.writeErr
	}
	if !m.ignore {
		f := m.flags[env+"/"+key]
		f.Serving = serving
		m.flags[env+"/"+key] = f
	}
	return nil
}

func flag(env, key string, on bool, percent float64) provider.FlagState {
	return provider.FlagState{Provider: provider.LaunchDarkly, Project: "default", Environment: env, Key: key, Name: key, On: on,
		Serving:      []provider.Allocation{{Variation: "true", Percent: percent}, {Variation: "false", Percent: 100 - percent}},
		OffVariation: "false", Segments: []string{}, TrafficAllocation: 100, Prerequisites: []provider.Prerequisite{}}
}

func newService(t *testing.T) (*Service, *store.Store) {
	t.Helper()
	st := storetest.Open(t)
	return &Service{Store: st, Now: time.Now, Actor: func() string { return "dana" }}, st
}

func auditActions(t *testing.T, st *store.Store) string {
	t.Helper()
	events, err := st.ListAudit(context.Background(), domain.AuditFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var actions []string
	for _, e := range events {
		actions = append(actions, e.Action)
	}
	return strings.Join(actions, ",")
}

func TestKill(t *testing.T) {
	ctx := context.Background()
	id := provider.ID{Provider: provider.LaunchDarkly, Project: "default", Environment: "production", Key: "new-checkout"}
	tests := []struct {
		name      string
		writer    *memWriter
		on        bool
		wantErr   string
		wantAudit string
		wantOn    bool
	}{
		{"kill", &memWriter{}, false, "", "flag.kill", false},
		{"restore", &memWriter{}, true, "", "flag.restore", true},
		{"approval required", &memWriter{writeErr: provider.ErrApprovalRequired}, false, "requires an approved change request", "flag.kill.failed", true},
		{"accepted but not applied", &memWriter{ignore: true}, false, "the flag still reads on", "flag.kill.failed", true},
		{"read back fails", &memWriter{readErrAt: 2}, false, "result is unknown", "flag.kill.failed", false},
		{"first read fails", &memWriter{readErrAt: 1}, false, "read it first", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, st := newService(t)
			tt.writer.flags = map[string]provider.FlagState{"production/new-checkout": flag("production", "new-checkout", !tt.on, 5)}
			if tt.on { // restoring starts from off
				tt.writer.flags["production/new-checkout"] = flag("production", "new-checkout", false, 5)
			} else {
				tt.writer.flags["production/new-checkout"] = flag("production", "new-checkout", true, 5)
			}
			res, err := s.kill(ctx, tt.writer, id, tt.on, "INC-42", "new-checkout")
			if tt.wantErr == "" && err != nil {
				t.Fatal(err)
			}
			if tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("err = %v, want %q", err, tt.wantErr)
			}
			if got := auditActions(t, st); got != tt.wantAudit {
				t.Errorf("audit = %q, want %q", got, tt.wantAudit)
			}
			if tt.wantErr == "" {
				if res.After.On != tt.wantOn || res.Before.On == tt.wantOn {
					t.Errorf("result = %+v", res)
				}
				latest, _ := st.LatestFlags(ctx, store.FlagFilter{})
				if len(latest) != 1 || latest[0].On != tt.wantOn {
					t.Errorf("stored state not updated: %+v", latest)
				}
			}
			if errors.Is(tt.writer.writeErr, provider.ErrApprovalRequired) && !errors.Is(err, provider.ErrApprovalRequired) {
				t.Error("approval-required error lost its identity")
			}
		})
	}
}

func releasePlan() domain.Plan {
	link := func(env string) domain.FlagLink {
		return domain.FlagLink{Provider: provider.LaunchDarkly, Project: "default", Environment: env, FlagKey: "new-checkout", Variation: "true"}
	}
	phase := func(name string, status domain.PhaseStatus, percent float64) domain.Phase {
		return domain.Phase{Name: name, Status: status, Expect: &domain.Expectation{On: true, Percent: percent},
			FlagExpects: []domain.FlagExpectation{{FlagKey: "new-checkout", Environment: "staging", Expect: domain.Expectation{On: true, Percent: 100}}}}
	}
	return domain.Plan{
		Release: domain.Release{Key: "new-checkout", Name: "New checkout"},
		Links:   []domain.FlagLink{link("production"), link("staging")},
		Phases:  []domain.Phase{phase("Beta 5%", domain.PhaseActive, 5), phase("25%", domain.PhasePlanned, 25), phase("GA", domain.PhasePlanned, 100)},
	}
}

// savedRelease stores releasePlan and returns a writer whose flags match
// its active phase: production at 5%, staging at 100%.
func savedRelease(t *testing.T) (*Service, *store.Store, domain.Plan, *memWriter) {
	t.Helper()
	s, st := newService(t)
	plan := releasePlan()
	if _, err := st.SavePlan(context.Background(), plan); err != nil {
		t.Fatal(err)
	}
	w := &memWriter{flags: map[string]provider.FlagState{
		"production/new-checkout": flag("production", "new-checkout", true, 5),
		"staging/new-checkout":    flag("staging", "new-checkout", true, 100),
	}}
	return s, st, plan, w
}

func writerOf(w provider.Writer) WriterFor {
	return func(context.Context, domain.FlagLink) (provider.Writer, error) { return w, nil }
}

func TestAdvanceAndRollBack(t *testing.T) {
	ctx := context.Background()
	s, st, plan, w := savedRelease(t)

	p, err := Propose(ctx, plan, Advance, writerOf(w))
	if err != nil {
		t.Fatal(err)
	}
	if p.From != "Beta 5%" || p.To != "25%" || len(p.Changes) != 1 || p.Changes[0].After[0].Percent != 25 {
		t.Fatalf("proposal = %+v (staging already serves 100%% and must not be listed)", p)
	}

	// Someone changes the flag between the preview and the confirmation.
	w.flags["production/new-checkout"] = flag("production", "new-checkout", true, 10)
	_, err = s.apply(ctx, plan, Move{Proposal: p, ApplyRollout: true}, writerOf(w), st)
	if !IsConflict(err) {
		t.Fatalf("err = %v, want a conflict", err)
	}
	if got, _ := st.GetPlan(ctx, "new-checkout"); got.ActivePhase().Name != "Beta 5%" {
		t.Fatal("phases moved despite the conflict")
	}

	p, err = Propose(ctx, plan, Advance, writerOf(w)) // fresh preview
	if err != nil {
		t.Fatal(err)
	}
	results, err := s.apply(ctx, plan, Move{Proposal: p, ApplyRollout: true, Comment: "CAB-7"}, writerOf(w), st)
	if err != nil {
		t.Fatal(err)
	}
	if len(results) != 1 || results[0].After.PercentServing("true") != 25 {
		t.Fatalf("results = %+v", results)
	}
	plan, _ = st.GetPlan(ctx, "new-checkout")
	if plan.ActivePhase().Name != "25%" || plan.Phases[0].Status != domain.PhaseDone || plan.Phases[0].EndedAt == nil {
		t.Fatalf("phases after advance: %+v", plan.Phases)
	}

	p, err = Propose(ctx, plan, Rollback, writerOf(w))
	if err != nil || p.To != "Beta 5%" || p.Changes[0].After[0].Percent != 5 {
		t.Fatalf("rollback proposal = %+v, %v", p, err)
	}
	if _, err := s.apply(ctx, plan, Move{Proposal: p, ApplyRollout: true}, writerOf(w), st); err != nil {
		t.Fatal(err)
	}
	plan, _ = st.GetPlan(ctx, "new-checkout")
	if plan.ActivePhase().Name != "Beta 5%" || plan.Phases[1].Status != domain.PhaseRolledBack {
		t.Fatalf("phases after rollback: %+v", plan.Phases)
	}
	if got := auditActions(t, st); got != "phase.rollback,flag.rollout,phase.advance,flag.rollout" {
		t.Errorf("audit = %s", got)
	}
	checkPhaseMoveStates(t, st)
}

// checkPhaseMoveStates checks that each phase move records every phase's
// status before and after, and who moved it.
func checkPhaseMoveStates(t *testing.T, st *store.Store) {
	t.Helper()
	tests := []struct {
		action, before, after, comment string
	}{
		{"phase.advance", `{"25%":"planned","Beta 5%":"active","GA":"planned"}`, `{"25%":"active","Beta 5%":"done","GA":"planned"}`, "CAB-7"},
		{"phase.rollback", `{"25%":"active","Beta 5%":"done","GA":"planned"}`, `{"25%":"rolled_back","Beta 5%":"active","GA":"planned"}`, ""},
	}
	for _, tt := range tests {
		events, err := st.ListAudit(context.Background(), domain.AuditFilter{Action: tt.action})
		if err != nil || len(events) != 1 {
			t.Fatalf("%s events = %+v, %v", tt.action, events, err)
		}
		e := events[0]
		if string(e.Before) != tt.before || string(e.After) != tt.after || e.Comment != tt.comment || e.Actor != "dana" {
			t.Errorf("%s = before %s, after %s, comment %q, actor %q; want %s, %s, %q, dana", tt.action, e.Before, e.After, e.Comment, e.Actor, tt.before, tt.after, tt.comment)
		}
	}
}

func TestApplyRefusedKeepsPhases(t *testing.T) {
	ctx := context.Background()
	s, st, plan, w := savedRelease(t)
	p, err := Propose(ctx, plan, Advance, writerOf(w))
	if err != nil {
		t.Fatal(err)
	}
	w.writeErr = provider.ErrApprovalRequired
	if _, err := s.apply(ctx, plan, Move{Proposal: p, ApplyRollout: true}, writerOf(w), st); !errors.Is(err, provider.ErrApprovalRequired) {
		t.Fatalf("err = %v", err)
	}
	if got, _ := st.GetPlan(ctx, "new-checkout"); got.ActivePhase().Name != "Beta 5%" {
		t.Fatal("phases moved although the provider refused")
	}
	// Moving the phases alone still works.
	if _, err := s.apply(ctx, plan, Move{Proposal: p}, writerOf(w), st); err != nil {
		t.Fatal(err)
	}
}

func TestTargetEdges(t *testing.T) {
	plan := releasePlan()
	plan.Phases[0].Status = domain.PhaseDone
	plan.Phases[2].Status = domain.PhaseActive
	if _, _, err := target(plan, Advance); err == nil || !strings.Contains(err.Error(), "last phase") {
		t.Errorf("advance past the last phase: %v", err)
	}
	plan = releasePlan()
	if _, _, err := target(plan, Rollback); err == nil || !strings.Contains(err.Error(), "first phase") {
		t.Errorf("roll back before the first phase: %v", err)
	}
	plan.Phases[0].Status = domain.PhasePlanned
	if from, to, err := target(plan, Advance); err != nil || from != -1 || to != 0 {
		t.Errorf("advance with no active phase starts the first: %d %d %v", from, to, err)
	}
	if _, _, err := target(domain.Plan{}, Advance); err == nil {
		t.Error("a plan with no phases advanced")
	}
}
