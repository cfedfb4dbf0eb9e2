package readiness

import (
	"fmt"
	"testing"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/metrics"
)

// BenchmarkJudge50Releases judges 50 releases, each with six measured exit
// criteria over 90 days of values, three manual ones and ten drifting
// flags. The requirement is readiness for 50 releases under 100 ms.
func BenchmarkJudge50Releases(b *testing.B) {
	inputs := make([]Input, 50)
	for i := range inputs {
		plan := betaPlan()
		plan.Release.Key = fmt.Sprintf("release-%d", i)
		m := map[string][]metrics.Value{}
		for c := range 6 {
			name := fmt.Sprintf("metric_%d", c)
			plan.Phases[1].Exit = append(plan.Phases[1].Exit, domain.ChecklistItem{Text: name, Check: check(name + " < 50")})
			values := make([]float64, 90)
			for d := range values {
				values[d] = float64((d * (c + 3)) % 60)
			}
			m[name] = series(name, "2026-09-01", values...)
		}
		report := onPlan()
		for f := range 10 {
			report.Flags = append(report.Flags, report.Flags[0])
			report.Flags[f].Key = fmt.Sprintf("flag-%d", f)
		}
		inputs[i] = Input{Plan: plan, Drift: report, Metrics: m, At: date("2026-11-28")}
	}
	b.ResetTimer()
	for b.Loop() {
		for _, in := range inputs {
			Judge(in)
		}
	}
}
