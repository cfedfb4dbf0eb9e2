package comms

import (
	"fmt"
	"regexp"
	"testing"
	"time"

	"rolloutdesk/backend/demo"
	"rolloutdesk/backend/domain"
)

// BenchmarkRenderRelease renders every output of a release with 10 phases
// and 8 templates that apply to each: 80 renders, 240 files.
func BenchmarkRenderRelease(b *testing.B) {
	starter, err := Starter()
	if err != nil {
		b.Fatal(err)
	}
	everyPhase := regexp.MustCompile(`(?m)^phase: .*$`)
	templates := make([]domain.Template, 0, len(starter))
	renderable := 0
	for _, t := range starter {
		t.Source = everyPhase.ReplaceAllString(t.Source, `phase: "*"`)
		t.Phase = "*"
		templates = append(templates, t)
		if !IsPartial(t.Name) {
			renderable++
		}
	}
	if renderable != 8 {
		b.Fatalf("%d starter templates, want 8", renderable)
	}
	now := time.Date(2026, 3, 2, 9, 30, 0, 0, time.UTC)
	plan := demo.Plan(now)
	for len(plan.Phases) < 10 {
		p := plan.Phases[len(plan.Phases)%5]
		p.Name = fmt.Sprintf("%s (%d)", p.Name, len(plan.Phases))
		plan.Phases = append(plan.Phases, p)
	}
	r, err := NewRenderer(templates, Config{Now: func() time.Time { return now }})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		outputs, err := r.RenderPlan(plan, "")
		if err != nil {
			b.Fatal(err)
		}
		// Per phase: 4 emails and 1 in-app banner of 3 files, 3 support pages of 2.
		if len(outputs) != 10*(4*3+3+3*2) {
			b.Fatalf("%d outputs", len(outputs))
		}
	}
}
