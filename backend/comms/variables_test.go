package comms

import (
	"testing"
	"time"

	"rolloutdesk/backend/demo"
)

func TestVariables(t *testing.T) {
	now := time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)
	plan := demo.Plan(now)
	vars := Variables(NewData(plan, plan.Phases[1], now))
	got := map[string]string{}
	for _, v := range vars {
		got[v.Name] = v.Value
	}
	want := map[string]string{
		"{{.Release.Name}}":               "New checkout",
		"{{.Phase.Name}}":                 "Beta 5%",
		"{{.Phase.Percent}}":              "5",
		"{{date .Today}}":                 "25 Nov 2026",
		"{{(index .Flags 1).Key}}":        "checkout-express-pay (production, demo web-store): on 5% of customers",
		"{{join .Phase.Segments \", \"}}": "beta-testers",
	}
	for name, value := range want {
		if got[name] != value {
			t.Errorf("%s = %q, want %q", name, got[name], value)
		}
	}
}
