package plan

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"rolloutdesk/backend/demo"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/store/storetest"
)

// TestFormatRoundTripsCanonicalFiles checks Format(Parse(f)) == f byte for
// byte for every file in testdata.
func TestFormatRoundTripsCanonicalFiles(t *testing.T) {
	files, err := filepath.Glob("testdata/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no canonical files: %v", err)
	}
	for _, name := range files {
		t.Run(filepath.Base(name), func(t *testing.T) {
			want, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			p, err := Parse(name, want)
			if err != nil {
				t.Fatal(err)
			}
			got, err := Format(p)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != string(want) {
				t.Fatalf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
}

// fileOnly clears what a plan file does not carry: ids, the demo mark,
// creation and update times, and when phases started and ended. Positions
// follow the order of the phases.
func fileOnly(p domain.Plan) domain.Plan {
	p.Release = domain.Release{Key: p.Release.Key, Name: p.Release.Name, Description: p.Release.Description, Owner: p.Release.Owner}
	p.Links = append([]domain.FlagLink{}, p.Links...)
	for i := range p.Links {
		p.Links[i].ID, p.Links[i].ReleaseID = 0, 0
	}
	p.Phases = append([]domain.Phase{}, p.Phases...)
	for i := range p.Phases {
		ph := &p.Phases[i]
		ph.ID, ph.ReleaseID, ph.Position, ph.StartedAt, ph.EndedAt = 0, 0, i, nil, nil
	}
	return p
}

func TestParseFormatReturnsThePlan(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 12, 4, 15, 4, 5, 0, time.UTC)
	st := storetest.Open(t)
	if _, err := st.SavePlan(ctx, demo.Plan(now)); err != nil {
		t.Fatal(err)
	}
	stored, err := st.GetPlan(ctx, demo.ReleaseKey)
	if err != nil {
		t.Fatal(err)
	}
	fromPresets := domain.Plan{
		Release: domain.Release{Key: "presets", Name: "From presets"},
		Links:   []domain.FlagLink{{Provider: "split", Project: "Web Store", Environment: "Production", FlagKey: "k", Variation: "on"}},
		Phases:  Presets(),
	}
	tests := []struct {
		name string
		plan domain.Plan
	}{
		{"demo plan", demo.Plan(now)},
		{"demo plan from the store", stored},
		{"presets", fromPresets},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := Format(tt.plan)
			if err != nil {
				t.Fatal(err)
			}
			got, err := Parse("plan.yaml", data)
			if err != nil {
				t.Fatalf("%v\n%s", err, data)
			}
			if want := fileOnly(tt.plan); !reflect.DeepEqual(got, want) {
				t.Fatalf("got\n%+v\nwant\n%+v\nfrom\n%s", got, want, data)
			}
		})
	}
}

func TestFormatOrdersPhaseFlagsLikeTheLinks(t *testing.T) {
	expect := domain.Expectation{On: true, Percent: 12.5}
	p := domain.Plan{
		Release: domain.Release{Key: "r", Name: "R"},
		Links: []domain.FlagLink{
			{Provider: "demo", Project: "demo", Environment: "production", FlagKey: "a", Variation: "true"},
			{Provider: "demo", Project: "demo", Environment: "production", FlagKey: "b", Variation: "true"},
		},
		Phases: []domain.Phase{{Name: "GA", Status: domain.PhasePlanned, FlagExpects: []domain.FlagExpectation{
			{FlagKey: "b", Environment: "production", Expect: expect},
			{FlagKey: "a", Environment: "production", Expect: expect},
		}}},
	}
	got, err := Format(p)
	if err != nil {
		t.Fatal(err)
	}
	want := file(
		"release: r",
		"name: R",
		"flags:",
		`  - {provider: demo, project: demo, environment: production, key: a, variation: "true"}`,
		`  - {provider: demo, project: demo, environment: production, key: b, variation: "true"}`,
		"phases:",
		"  - name: GA",
		"    status: planned",
		"    flags:",
		"      - {key: a, environment: production, expect: {on: true, percent: 12.5}}",
		"      - {key: b, environment: production, expect: {on: true, percent: 12.5}}",
	)
	if string(got) != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}
