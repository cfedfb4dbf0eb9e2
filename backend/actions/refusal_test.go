package actions

import (
	"context"
	"errors"
	"strings"
	"testing"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
)

func TestProposeRefusesWhatCannotBeWritten(t *testing.T) {
	limited := flag("production", "new-checkout", true, 10)
	limited.TrafficAllocation = 50
	limitedOnPlan := flag("production", "new-checkout", true, 50)
	limitedOnPlan.TrafficAllocation = 50 // 50% of 50% = the 25% planned
	archived := flag("production", "new-checkout", true, 5)
	archived.Archived = true
	tests := []struct {
		name        string
		production  provider.FlagState
		wantChanges int
		wantRefused string
	}{
		{"traffic allocation below 100", limited, 1, "limits new-checkout to 50% of traffic (traffic allocation)"},
		{"allocation already gives the planned exposure", limitedOnPlan, 0, ""},
		{"archived", archived, 1, "new-checkout is archived in launchdarkly: restore it there"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			s, st, plan, w := savedRelease(t)
			w.flags["production/new-checkout"] = tt.production
			p, err := Propose(ctx, plan, Advance, writerOf(w))
			if err != nil {
				t.Fatal(err)
			}
			if len(p.Changes) != tt.wantChanges {
				t.Fatalf("changes = %+v, want %d", p.Changes, tt.wantChanges)
			}
			if tt.wantChanges == 0 {
				return
			}
			if !strings.Contains(p.Changes[0].Refused, tt.wantRefused) {
				t.Errorf("refused = %q, want it to contain %q", p.Changes[0].Refused, tt.wantRefused)
			}
			_, err = s.apply(ctx, plan, Move{Proposal: p, ApplyRollout: true}, writerOf(w), st)
			if err == nil || !strings.Contains(err.Error(), "nothing was changed") {
				t.Fatalf("apply err = %v, want a refusal", err)
			}
			if w.flags["production/new-checkout"].PercentServing("true") != tt.production.PercentServing("true") {
				t.Error("the refused flag was written")
			}
			if got, _ := st.GetPlan(ctx, "new-checkout"); got.ActivePhase().Name != "Beta 5%" {
				t.Error("phases moved although a change was refused")
			}
		})
	}
}

func TestKillRefusesArchivedFlags(t *testing.T) {
	s, st := newService(t)
	archived := flag("production", "old", true, 100)
	archived.Archived = true
	w := &memWriter{flags: map[string]provider.FlagState{"production/old": archived}}
	id := provider.ID{Provider: provider.LaunchDarkly, Project: "default", Environment: "production", Key: "old"}
	_, err := s.kill(context.Background(), w, id, false, "INC-1", "")
	if !errors.Is(err, provider.ErrArchived) {
		t.Fatalf("err = %v, want ErrArchived", err)
	}
	if !w.flags["production/old"].On {
		t.Error("the archived flag was written")
	}
	if got := auditActions(t, st); got != "flag.kill.failed" {
		t.Errorf("audit = %s", got)
	}
}

func TestAssessKill(t *testing.T) {
	api := flag("production", "checkout-api", true, 100)
	requires := func(env, key string) domain.StoredFlag {
		f := flag(env, key, true, 100)
		f.Prerequisites = []provider.Prerequisite{{Key: "checkout-api", Variation: "true"}}
		return domain.StoredFlag{FlagState: f}
	}
	migration := flag("production", "db-move", true, 100)
	migration.Purpose, migration.OffVariation = provider.PurposeMigration, "off"
	tests := []struct {
		name     string
		flag     provider.FlagState
		latest   []domain.StoredFlag
		wantDeps []string
		want     []string
	}{
		{"no dependents", api, []domain.StoredFlag{{FlagState: flag("production", "other", true, 5)}}, []string{}, []string{}},
		{"two dependents, other environments ignored", api,
			[]domain.StoredFlag{requires("production", "ui"), requires("staging", "staging-only"), requires("production", "express-pay")},
			[]string{"express-pay", "ui"},
			[]string{"express-pay, ui require checkout-api as a prerequisite: killing it makes them serve their off variation too."}},
		{"one dependent", api, []domain.StoredFlag{requires("production", "ui")}, []string{"ui"},
			[]string{"ui requires checkout-api as a prerequisite: killing it makes it serve its off variation too."}},
		{"migration flag", migration, nil, []string{},
			[]string{`db-move is a migration flag: killing it sends every context back to its off stage "off".`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := AssessKill(tt.flag, tt.latest)
			if strings.Join(got.Dependents, ",") != strings.Join(tt.wantDeps, ",") || strings.Join(got.Warnings, "|") != strings.Join(tt.want, "|") {
				t.Errorf("impact = %+v, want dependents %v and warnings %q", got, tt.wantDeps, tt.want)
			}
		})
	}
}
