package drift

import (
	"strings"
	"testing"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
)

// limited is a Split flag: share of the default rule for "true" within a
// traffic allocation, default treatment off.
func limited(share, allocation float64, off string) domain.StoredFlag {
	f := stored("f", true, share)
	f.Provider = provider.Split
	f.TrafficAllocation = allocation
	f.OffVariation = off
	return f
}

// splitLink links Split flag key, releasing treatment "true".
func splitLink(key string) domain.FlagLink {
	l := link(key)
	l.Provider = provider.Split
	return l
}

func TestEffectiveExposure(t *testing.T) {
	tests := []struct {
		name       string
		expect     float64
		flag       domain.StoredFlag
		want       Verdict
		wantReason string
		wantActual float64
	}{
		{"limited exposure halves the share", 40, limited(40, 50, "false"), Behind,
			"Serving treatment “true” to 40% of 50% traffic allocation = 20%; the phase plans 40%.", 20},
		{"limited exposure on plan", 20, limited(40, 50, "false"), OnPlan, "40% of 50% traffic allocation = 20%, as planned", 20},
		{"traffic outside the allocation gets the default treatment", 70, limited(40, 50, "true"), OnPlan,
			"40% of 50% traffic allocation + 50% outside it as the default treatment = 70%, as planned", 70},
		{"full allocation reads plainly", 40, limited(40, 100, "false"), OnPlan, "Serving treatment “true” to 40%, as planned.", 40},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Evaluate(planWith(domain.Expectation{On: true, Percent: tt.expect}, splitLink("f")), []domain.StoredFlag{tt.flag}, now, DefaultStaleAfter)
			got := r.Flags[0]
			if got.Verdict != tt.want || !strings.Contains(got.Reason, tt.wantReason) {
				t.Errorf("verdict %s %q, want %s containing %q", got.Verdict, got.Reason, tt.want, tt.wantReason)
			}
			if !strings.HasPrefix(got.ActualText, "On, ") || !strings.Contains(got.Reason, got.ActualText[len("On, "):]) {
				t.Errorf("actual text %q does not match the reason %q", got.ActualText, got.Reason)
			}
			if got.Actual.Percent != tt.wantActual || got.Actual.TrafficAllocation != tt.flag.TrafficAllocation {
				t.Errorf("actual = %+v, want %v%% within %v%%", got.Actual, tt.wantActual, tt.flag.TrafficAllocation)
			}
		})
	}
}

func TestPrerequisitesAndArchivedFlags(t *testing.T) {
	dependent := stored("f", true, 100)
	dependent.Prerequisites = []provider.Prerequisite{{Key: "api", Variation: "true"}}
	prereq := func(on bool, percent float64) domain.StoredFlag { return stored("api", on, percent) }
	archivedPrereq := prereq(true, 100)
	archivedPrereq.Archived = true
	archived := stored("f", true, 100)
	archived.Archived = true
	all := domain.Expectation{On: true, Percent: 100}
	tests := []struct {
		name       string
		expect     domain.Expectation
		latest     []domain.StoredFlag
		want       Verdict
		wantReason string
	}{
		{"prerequisite met", all, []domain.StoredFlag{dependent, prereq(true, 100)}, OnPlan, "as planned"},
		{"prerequisite off", all, []domain.StoredFlag{dependent, prereq(false, 100)}, Blocked,
			"requires api to serve “true” and it is off, so contexts that fail it get the off variation “false”"},
		{"prerequisite partial", all, []domain.StoredFlag{dependent, prereq(true, 40)}, Blocked, "it serves that to only 40%"},
		{"prerequisite not synced", all, []domain.StoredFlag{dependent}, Blocked, "it is not in the synced state"},
		{"prerequisite archived", all, []domain.StoredFlag{dependent, archivedPrereq}, Blocked, "it is archived"},
		{"off as planned ignores prerequisites", domain.Expectation{}, []domain.StoredFlag{stored("f", false, 0)}, OnPlan, "Off, as planned."},
		{"archived linked flag", all, []domain.StoredFlag{archived}, Archived,
			"f is archived in launchdarkly default/production: SDKs no longer receive it"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Evaluate(planWith(tt.expect, link("f")), tt.latest, now, DefaultStaleAfter)
			got := r.Flags[0]
			if got.Verdict != tt.want || !strings.Contains(got.Reason, tt.wantReason) {
				t.Errorf("verdict %s %q, want %s containing %q", got.Verdict, got.Reason, tt.want, tt.wantReason)
			}
		})
	}
}
