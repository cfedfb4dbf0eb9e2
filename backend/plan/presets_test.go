package plan

import (
	"reflect"
	"testing"

	"rolloutdesk/backend/domain"
)

func TestPresets(t *testing.T) {
	type summary struct {
		name     string
		percent  float64
		segments []string
	}
	want := []summary{
		{"Internal", 0, []string{"employees"}},
		{"Beta", 0, []string{"beta-testers"}},
		{"5%", 5, nil},
		{"25%", 25, nil},
		{"50%", 50, nil},
		{"GA", 100, nil},
	}
	phases := Presets()
	var got []summary
	for i, ph := range phases {
		if ph.Status != domain.PhasePlanned || ph.Position != i || ph.Audience == "" || ph.Expect == nil || !ph.Expect.On {
			t.Errorf("preset %d: %+v", i, ph)
			continue
		}
		got = append(got, summary{ph.Name, ph.Expect.Percent, ph.Expect.Segments})
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	phases[0].Name, phases[0].Expect.Segments[0] = "Edited", "edited"
	if again := Presets(); again[0].Name != "Internal" || again[0].Expect.Segments[0] != "employees" {
		t.Fatal("editing presets changed the next call's")
	}
}
