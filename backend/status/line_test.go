package status

import (
	"testing"
	"time"

	"rolloutdesk/backend/calendar"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/readiness"
)

func date(s string) *time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return &t
}

// threePhases is a plan of beta, 25% and GA whose statuses are given.
func threePhases(statuses ...domain.PhaseStatus) domain.Plan {
	names := []string{"Beta", "25%", "GA"}
	starts := []string{"2026-11-20", "2026-12-03", "2026-12-17"}
	plan := domain.Plan{Release: domain.Release{Key: "checkout", Name: "New checkout"}}
	for i, st := range statuses {
		p := domain.Phase{Name: names[i], Status: st, PlannedStart: date(starts[i])}
		if st != domain.PhasePlanned {
			p.StartedAt = date(starts[i])
		}
		plan.Phases = append(plan.Phases, p)
	}
	return plan
}

func TestCompute(t *testing.T) {
	at := time.Date(2026, 11, 30, 14, 5, 0, 0, time.UTC)
	undated := threePhases(domain.PhaseActive, domain.PhasePlanned, domain.PhasePlanned)
	for i := range undated.Phases {
		undated.Phases[i].PlannedStart, undated.Phases[i].StartedAt = nil, nil
	}
	cal := []calendar.Entry{
		{Date: *date("2026-11-20"), Release: "checkout", Phase: "Beta", Channel: "email", Template: "beta-invitation", Title: "Beta invitation", Audience: "Beta customers"},
		{Date: *date("2026-12-03"), Release: "checkout", Phase: "25%", Channel: "in_app", Template: "in-app-banner", Title: "In-app banner", Audience: "25% of customers"},
	}
	hold := readiness.Result{At: at, Verdict: readiness.Hold, Reasons: []readiness.Reason{
		{Kind: readiness.KindCriterion, Status: readiness.Open, Text: "QA sign-off"},
		{Kind: readiness.KindCriterion, Status: readiness.Fail, Text: "errors < 1%"},
		{Kind: readiness.KindCriterion, Status: readiness.Pass, Text: "NPS > 30"},
		{Kind: readiness.KindDrift, Status: readiness.Fail, Text: "express-pay is behind plan"},
	}}
	ready := readiness.Result{At: at, Verdict: readiness.Ready}
	tests := []struct {
		name              string
		in                Input
		now, next, due    string
		nextSrc, dueSrc   string
		open              int
		nextPhase, nowPhs string
	}{
		{
			name: "before the first phase",
			in:   Input{Plan: threePhases(domain.PhasePlanned, domain.PhasePlanned, domain.PhasePlanned), Verdict: ready, Calendar: cal, At: *date("2026-11-10")},
			now:  "Not started", next: "Beta due 20 Nov", due: "Beta invitation 20 Nov",
			nextSrc:   "planned date from the plan: 2026-11-20; criteria from readiness at 14:05: the phases set no criteria",
			dueSrc:    "communications calendar: beta-invitation (email) for phase Beta to Beta customers on 2026-11-20",
			nextPhase: "Beta",
		},
		{
			name: "mid phase with open criteria",
			in:   Input{Plan: threePhases(domain.PhaseActive, domain.PhasePlanned, domain.PhasePlanned), Verdict: hold, Calendar: cal, At: at},
			now:  "Beta since 20 Nov · hold", next: "25% due 3 Dec · 2 criteria open", due: "In-app banner 3 Dec", open: 2,
			nextSrc:   "planned date from the plan: 2026-12-03; criteria from readiness at 14:05: 1 open, 1 failing, 1 met",
			dueSrc:    "communications calendar: in-app-banner (in-app) for phase 25% to 25% of customers on 2026-12-03",
			nextPhase: "25%", nowPhs: "Beta",
		},
		{
			name: "last phase",
			in:   Input{Plan: threePhases(domain.PhaseDone, domain.PhaseDone, domain.PhaseActive), Verdict: ready, Calendar: cal, At: *date("2026-12-20")},
			now:  "GA since 17 Dec · ready", next: "No next phase", due: "Nothing due",
			nextSrc: "the active phase is the plan's last",
			dueSrc:  "communications calendar: no communication is dated today or later",
			nowPhs:  "GA",
		},
		{
			name: "no dates",
			in:   Input{Plan: undated, Verdict: ready, At: at},
			now:  "Beta · ready", next: "25% not scheduled", due: "Nothing due",
			nextSrc:   "the plan sets no start date for 25%; criteria from readiness at 14:05: the phases set no criteria",
			dueSrc:    "communications calendar: no communication is dated today or later",
			nextPhase: "25%", nowPhs: "Beta",
		},
		{
			name: "next phase overdue, one criterion open",
			in: Input{Plan: threePhases(domain.PhaseActive, domain.PhasePlanned, domain.PhasePlanned), At: *date("2026-12-05"),
				Verdict: readiness.Result{At: at, Verdict: readiness.Hold, Reasons: hold.Reasons[:1]}},
			now: "Beta since 20 Nov · hold", next: "25% was due 3 Dec · 1 criterion open", due: "Nothing due", open: 1,
			nextSrc:   "planned date from the plan: 2026-12-03, already passed; criteria from readiness at 14:05: 1 open",
			dueSrc:    "communications calendar: no communication is dated today or later",
			nextPhase: "25%", nowPhs: "Beta",
		},
		{
			name: "finished",
			in:   Input{Plan: threePhases(domain.PhaseDone, domain.PhaseDone, domain.PhaseDone), At: at},
			now:  "Finished", next: "No next phase", due: "Nothing due",
			nextSrc: "the active phase is the plan's last",
			dueSrc:  "communications calendar: no communication is dated today or later",
		},
		{
			name: "rolled back before any phase finished",
			in:   Input{Plan: threePhases(domain.PhaseRolledBack, domain.PhasePlanned, domain.PhasePlanned), At: at},
			now:  "Rolled back", next: "25% due 3 Dec", due: "Nothing due",
			nextSrc:   "planned date from the plan: 2026-12-03",
			dueSrc:    "communications calendar: no communication is dated today or later",
			nextPhase: "25%",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Compute(tt.in)
			if got.Now.Text != tt.now || got.Now.Phase != tt.nowPhs {
				t.Errorf("now = %q (phase %q), want %q (phase %q)", got.Now.Text, got.Now.Phase, tt.now, tt.nowPhs)
			}
			if got.Next.Text != tt.next || got.Next.Source != tt.nextSrc || got.Next.OpenCriteria != tt.open || got.Next.Phase != tt.nextPhase {
				t.Errorf("next = %+v\nwant text %q, source %q, open %d, phase %q", got.Next, tt.next, tt.nextSrc, tt.open, tt.nextPhase)
			}
			if got.Due.Text != tt.due || got.Due.Source != tt.dueSrc {
				t.Errorf("due = %q (%q), want %q (%q)", got.Due.Text, got.Due.Source, tt.due, tt.dueSrc)
			}
			if got.Now.Source == "" {
				t.Errorf("now has no source")
			}
		})
	}
}
