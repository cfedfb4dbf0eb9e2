package viewmodel

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/plan"
)

// TestPlanDraftRoundTrips reads held-out plan files — with comments, measured
// and ticked criteria, several flags and per-flag exposures — into the
// form's draft, sends the draft through JSON as the window does, maps it
// back and renders it: the plan is the same, and so is the file.
func TestPlanDraftRoundTrips(t *testing.T) {
	files, err := filepath.Glob("../plan/testdata/*/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	more, err := filepath.Glob("../plan/testdata/*.yaml")
	if err != nil || len(more) == 0 {
		t.Fatalf("no plan files: %v", err)
	}
	for _, name := range append(files, more...) {
		t.Run(filepath.Base(name), func(t *testing.T) {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			want, err := plan.Parse(name, data)
			if err != nil {
				t.Fatal(err)
			}
			sent, err := json.Marshal(FromPlanDraft(want))
			if err != nil {
				t.Fatal(err)
			}
			var draft PlanDraft
			if err := json.Unmarshal(sent, &draft); err != nil {
				t.Fatal(err)
			}
			got := draft.Plan()
			if !reflect.DeepEqual(withoutEmpty(got), withoutEmpty(want)) {
				t.Errorf("draft maps back to\n%+v\nwant\n%+v", got, want)
			}
			text, err := plan.Render(got, data)
			if err != nil {
				t.Fatal(err)
			}
			if string(text) != string(data) {
				t.Errorf("rendered\n%s\nwant\n%s", text, data)
			}
		})
	}
}

// withoutEmpty clears the difference between an absent list and an empty
// one, which JSON and the window do not keep.
func withoutEmpty(p domain.Plan) domain.Plan {
	p.Phases = append([]domain.Phase{}, p.Phases...)
	for i := range p.Phases {
		if e := p.Phases[i].Expect; e != nil && len(e.Segments) == 0 {
			copied := *e
			copied.Segments = nil
			p.Phases[i].Expect = &copied
		}
		for j := range p.Phases[i].FlagExpects {
			if len(p.Phases[i].FlagExpects[j].Expect.Segments) == 0 {
				p.Phases[i].FlagExpects[j].Expect.Segments = nil
			}
		}
	}
	return p
}
