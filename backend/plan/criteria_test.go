package plan

import (
	"os"
	"reflect"
	"testing"
	"time"

	"rolloutdesk/backend/domain"
)

func TestParseMeasuredCriteria(t *testing.T) {
	data, err := os.ReadFile("testdata/measured.yaml")
	if err != nil {
		t.Fatal(err)
	}
	p, err := Parse("measured.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	briefed := time.Date(2026, 11, 19, 0, 0, 0, 0, time.UTC)
	wantEntry := []domain.ChecklistItem{{Text: "Support briefed", Done: true, By: "dana@example.com", At: &briefed}}
	wantExit := []domain.ChecklistItem{
		{Text: "Error rate below 0.5% for the last 3 days", Check: &domain.Check{Metric: "error_rate", Op: "<", Threshold: 0.5}, OverDays: 3},
		{Text: "Conversion holds at 3.1% or more", Check: &domain.Check{Metric: "conversion", Op: ">=", Threshold: 3.1}, Guardrail: true},
		{Text: "No P1 tickets during the phase", Check: &domain.Check{Metric: "p1_tickets", Op: "==", Threshold: 0}},
		{Text: "Docs updated", Done: true},
		{Text: "Release notes drafted"},
	}
	beta := p.Phases[0]
	if !reflect.DeepEqual(beta.Entry, wantEntry) {
		t.Errorf("entry = %+v, want %+v", beta.Entry, wantEntry)
	}
	if !reflect.DeepEqual(beta.Exit, wantExit) {
		t.Errorf("exit = %+v, want %+v", beta.Exit, wantExit)
	}
}
