package comms

import (
	"testing"
	"time"

	"rolloutdesk/backend/demo"
)

func TestVariables(t *testing.T) {
	now := time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)
	plan := demo.Plan(now)
	vars := Variables(PanelData(plan, plan.Phases[1], now))
	got := map[string]string{}
	for _, v := range vars {
		got[v.Name] = v.Value
	}
	want := map[string]string{
		"{{.Release.Name}}":                              "New checkout",
		"{{.Phase.Name}}":                                "Beta 5%",
		"{{.Phase.Percent}}":                             "5",
		"{{date .Today}}":                                "25 Nov 2026",
		"{{(index .Flags 1).Key}}":                       "checkout-express-pay (production, demo web-store): on 5% of customers",
		"{{join .Phase.Segments \", \"}}":                "beta-testers",
		"{{date .Phase.StartedAt}}":                      "21 Nov 2026",
		"{{date .Phase.EndedAt}}":                        ToBeAnnounced,
		"{{date .Phase.PlannedStart}}":                   "21 Nov 2026",
		"{{date .Phase.PlannedEnd}}":                     "28 Nov 2026",
		"{{.Incident.Flag}}":                             "new-checkout (incident templates only)",
		"{{.Incident.Comment}}":                          sampleComment + " (incident templates only)",
		"{{date .Incident.At \"2 Jan 2006 15:04 MST\"}}": "25 Nov 2026 10:00 UTC (incident templates only)",
		"{{.Rollback.From}}":                             "Beta 5% (rollback templates only)",
		"{{.Rollback.To}}":                               "Internal (rollback templates only)",
	}
	if plain := Variables(NewData(plan, plan.Phases[1], now)); len(plain) != len(vars)-8 {
		t.Errorf("a phase's data lists %d variables, want the %d without the event ones", len(plain), len(vars)-8)
	}
	for name, value := range want {
		if got[name] != value {
			t.Errorf("%s = %q, want %q", name, got[name], value)
		}
	}
}
