package plan

import (
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"rolloutdesk/backend/domain"
)

func day(s string) *time.Time {
	t, _ := time.Parse(time.DateOnly, s)
	return &t
}

func readCommented(t *testing.T) ([]byte, domain.Plan) {
	t.Helper()
	data, err := os.ReadFile("testdata/commented/checkout.yaml")
	if err != nil {
		t.Fatal(err)
	}
	p, err := Parse("checkout.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	return data, p
}

// TestRenderKeepsComments edits a commented plan the way the editor's form
// does and checks each comment stays with what it was written at.
func TestRenderKeepsComments(t *testing.T) {
	base, parsed := readCommented(t)
	tests := []struct {
		name  string
		edit  func(p *domain.Plan)
		base  []byte
		keep  []string // lines that must be in the output as they are
		leave []string // text that must be gone
	}{
		{"unchanged", func(*domain.Plan) {}, base, strings.Split(strings.TrimSpace(string(base)), "\n"), nil},
		{"phases swapped", func(p *domain.Plan) { p.Phases[0], p.Phases[1] = p.Phases[1], p.Phases[0] }, base,
			[]string{"  # Beta customers opted in on the settings page.\n  - name: Beta 5%", "    starts: 2026-11-20 # after the code freeze",
				`    entry: ["Beta exit criteria met"] # ticked by the release manager`}, nil},
		{"a commented criterion removed", func(p *domain.Plan) { p.Phases[0].Exit = p.Phases[0].Exit[1:] }, base,
			[]string{"# Plan for the new checkout. Reviewed by the payments team.", "owner: dana@example.com # on call for the whole rollout"},
			[]string{"Judged from the daily metrics import", "Error rate below"}},
		{"a date changed", func(p *domain.Plan) { p.Phases[0].PlannedStart = day("2026-11-21") }, base,
			[]string{"    starts: 2026-11-21 # after the code freeze"}, nil},
		{"base is not YAML", func(*domain.Plan) {}, []byte("release: [x\n"), []string{"release: new-checkout"}, []string{"#"}},
		{"no base", func(*domain.Plan) {}, nil, []string{"  - name: Beta 5%"}, []string{"#"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := fileOnly(parsed)
			p.Phases = append([]domain.Phase{}, parsed.Phases...)
			tt.edit(&p)
			out, err := Render(p, tt.base)
			if err != nil {
				t.Fatal(err)
			}
			for _, want := range tt.keep {
				if !strings.Contains(string(out), want+"\n") {
					t.Errorf("output lacks %q:\n%s", want, out)
				}
			}
			for _, gone := range tt.leave {
				if strings.Contains(string(out), gone) {
					t.Errorf("output still has %q:\n%s", gone, out)
				}
			}
			back, err := Parse("rendered.yaml", out)
			if err != nil {
				t.Fatalf("rendered plan does not parse: %v\n%s", err, out)
			}
			if !reflect.DeepEqual(fileOnly(back), fileOnly(p)) {
				t.Errorf("rendered plan reads back as\n%+v\nwant\n%+v", back, p)
			}
		})
	}
}

// TestLocateNamesTheField checks each problem is put on the field of the
// form it is about.
func TestLocateNamesTheField(t *testing.T) {
	tests := []struct {
		name  string
		file  string
		field string
	}{
		{"release key", file("release: \"\"", "name: R"), "release"},
		{"phase name used twice", withPhases("  - name: A", "  - name: A"), "phases.1.name"},
		{"ends before starts", withPhases("  - name: A", "    starts: 2026-12-02", "    ends: 2026-12-01"), "phases.0.ends"},
		{"percent out of range", withPhases("  - name: A", "    expect: {on: true, percent: 150}"), "phases.0.expect"},
		{"a flag's percent", withPhases("  - name: A", "    flags:", "      - {key: a, environment: production, expect: {on: true, percent: -1}}"),
			"phases.0.flags.a@production"},
		{"a measured criterion", withPhases("  - name: A", "    exit:", "      - Support briefed", `      - {text: Errors, check: "Error rate < 1"}`),
			"phases.0.exit.1"},
		{"a link", file("release: r", "name: R", "flags:", "  - {provider: nope, project: p, environment: e, key: k, variation: v}"), "flags.0"},
		{"two active phases", withPhases("  - name: A", "    status: active", "  - name: B", "    status: active"), "phases.1.status"},
		{"not YAML: the line only", withPhases("  - name: A: B"), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("plan.yaml", []byte(tt.file))
			perr, ok := err.(*Error)
			if !ok {
				t.Fatalf("want problems, got %v", err)
			}
			got := Locate([]byte(tt.file), perr.Problems)
			if len(got) != 1 || got[0].Field != tt.field || got[0].Reason != perr.Problems[0].Reason {
				t.Fatalf("Locate = %+v, want one problem on %s", got, tt.field)
			}
		})
	}
}
