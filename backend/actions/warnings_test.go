package actions

import (
	"context"
	"strings"
	"testing"

	"rolloutdesk/backend/domain"
)

func TestProposeWarns(t *testing.T) {
	tests := []struct {
		name string
		edit func(*domain.Plan, *memWriter)
		want []string
	}{
		{"nothing to say", func(*domain.Plan, *memWriter) {}, nil},
		{"exposure goes down", func(p *domain.Plan, w *memWriter) {
			w.flags["production/new-checkout"] = flag("production", "new-checkout", true, 60)
		}, []string{"new-checkout in production goes down from 60% to 25% of traffic: fewer customers get \"true\"."}},
		{"a required segment is dropped", func(p *domain.Plan, _ *memWriter) {
			p.Phases[0].Expect.Segments = []string{"beta-testers"}
		}, []string{"\"25%\" no longer requires segment beta-testers for new-checkout in production."}},
		{"planned off but on", func(p *domain.Plan, _ *memWriter) {
			p.Phases[1].Expect = &domain.Expectation{On: false}
		}, []string{"new-checkout in production is on, but \"25%\" plans it off: the move does not turn it off; use the kill switch if it must be."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, plan, w := savedRelease(t)
			tt.edit(&plan, w)
			p, err := Propose(context.Background(), plan, Advance, writerOf(w))
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(p.Warnings, "|") != strings.Join(tt.want, "|") {
				t.Errorf("warnings = %q, want %q", p.Warnings, tt.want)
			}
		})
	}
}

func TestMoveAndKillCommentsAreAudited(t *testing.T) {
	ctx := context.Background()
	s, st, plan, w := savedRelease(t)
	p, err := Propose(ctx, plan, Advance, writerOf(w))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.apply(ctx, plan, Move{Proposal: p, ApplyRollout: true, Comment: "CAB-7 approved"}, writerOf(w), st); err != nil {
		t.Fatal(err)
	}
	events, err := st.ListAudit(ctx, domain.AuditFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range events {
		if e.Comment != "CAB-7 approved" {
			t.Errorf("%s: comment %q, want the one typed with the move", e.Action, e.Comment)
		}
	}
}
