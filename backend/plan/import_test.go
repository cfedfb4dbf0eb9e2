package plan

import (
	"context"
	"errors"
	"os"
	"reflect"
	"testing"
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/store"
	"rolloutdesk/backend/store/storetest"
)

func readExample(t *testing.T) []byte {
	t.Helper()
	data, err := os.ReadFile("testdata/example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestImportSaves(t *testing.T) {
	ctx := context.Background()
	st := storetest.Open(t)
	data := readExample(t)
	imported, err := Import(ctx, st, "example.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	stored, err := st.GetPlan(ctx, "new-checkout")
	if err != nil {
		t.Fatal(err)
	}
	if imported.Release.ID != stored.Release.ID || !reflect.DeepEqual(fileOnly(stored), fileOnly(imported)) {
		t.Fatalf("stored\n%+v\nimported\n%+v", stored, imported)
	}
	if out, err := Format(stored); err != nil || string(out) != string(data) {
		t.Fatalf("export after import differs (%v):\n%s", err, out)
	}
}

func TestImportKeepsHistory(t *testing.T) {
	ctx := context.Background()
	st := storetest.Open(t)
	created := time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)
	started := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	p, err := Parse("example.yaml", readExample(t))
	if err != nil {
		t.Fatal(err)
	}
	p.Release.CreatedAt, p.Release.Demo = created, true
	p.Phases[0].StartedAt = &started
	p.Phases = append(p.Phases, domain.Phase{Name: "GA", Status: domain.PhasePlanned, StartedAt: &started})
	if _, err := st.SavePlan(ctx, p); err != nil {
		t.Fatal(err)
	}

	p.Phases[1].Status = domain.PhaseDone // a phase whose status changed starts over
	data, err := Format(p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Import(ctx, st, "plan.yaml", data); err != nil {
		t.Fatal(err)
	}
	got, err := st.GetPlan(ctx, "new-checkout")
	if err != nil {
		t.Fatal(err)
	}
	beta, ga := got.Phases[0], got.Phases[1]
	if !got.Release.CreatedAt.Equal(created) || !got.Release.Demo || beta.StartedAt == nil || !beta.StartedAt.Equal(started) || ga.StartedAt != nil {
		t.Fatalf("created %v, demo %v, Beta started %v, GA started %v", got.Release.CreatedAt, got.Release.Demo, beta.StartedAt, ga.StartedAt)
	}
}

func TestImportWritesNothingOnRejection(t *testing.T) {
	ctx := context.Background()
	st := storetest.Open(t)
	if _, err := Import(ctx, st, "example.yaml", readExample(t)); err != nil {
		t.Fatal(err)
	}
	before, err := st.GetPlan(ctx, "new-checkout")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, file string }{
		{"changed release with a bad percent", file(
			"release: new-checkout",
			"name: Renamed",
			"phases:",
			"  - name: GA",
			"    expect: {on: true, percent: 120}",
		)},
		{"new release with two active phases", withPhases("  - name: A", "    status: active", "  - name: B", "    status: active")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var perr *Error
			if _, err := Import(ctx, st, "plan.yaml", []byte(tt.file)); !errors.As(err, &perr) {
				t.Fatalf("got %v, want a *plan.Error", err)
			}
			after, err := st.GetPlan(ctx, "new-checkout")
			if err != nil || !reflect.DeepEqual(after, before) {
				t.Fatalf("the release changed (%v):\n%+v", err, after)
			}
			if _, err := st.GetPlan(ctx, "r"); !errors.Is(err, store.ErrNotFound) {
				t.Fatalf("release r was written: %v", err)
			}
		})
	}
}
