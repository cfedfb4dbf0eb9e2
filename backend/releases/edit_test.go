package releases

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/plan"
)

func day(s string) *time.Time {
	t, _ := time.Parse(time.DateOnly, s)
	return &t
}

// TestEditIsAuditedWithWhatChanged saves edits from the app and checks each
// is audited as plan.edit, not as an import, with the changed fields'
// values before and after.
func TestEditIsAuditedWithWhatChanged(t *testing.T) {
	ctx := t.Context()
	s, st, _ := newService(t)
	created, err := s.Create(ctx, domain.Release{Key: "search-v2", Name: "Search v2"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name        string
		edit        func(p *domain.Plan)
		wantSummary string
		wantBefore  map[string]string
		wantAfter   map[string]string
	}{
		{"a date and an exposure", func(p *domain.Plan) {
			p.Phases[1].PlannedStart = day("2026-12-01")
			p.Phases[1].Expect = &domain.Expectation{On: true, Percent: 2}
		}, `Edited release search-v2 (2 changes): phase "Beta" starts, phase "Beta" expect`,
			map[string]string{`phase "Beta" starts`: "", `phase "Beta" expect`: "on, 0% + beta-testers"},
			map[string]string{`phase "Beta" starts`: "2026-12-01", `phase "Beta" expect`: "on, 2%"}},
		{"a measured criterion", func(p *domain.Plan) {
			p.Phases[0].Exit = append(p.Phases[0].Exit, domain.ChecklistItem{Text: "Errors low", Check: &domain.Check{Metric: "error_rate", Op: "<", Threshold: 0.5}, OverDays: 3})
		}, `Edited release search-v2 (1 change): phase "Internal" exit`, nil, nil},
		{"a phase removed", func(p *domain.Plan) { p.Phases = p.Phases[:len(p.Phases)-1] },
			`Edited release search-v2 (4 changes): phases, phase "GA" status, phase "GA" audience, phase "GA" expect`, nil, nil},
		{"nothing", func(*domain.Plan) {}, "Edited release search-v2: nothing changed", map[string]string{}, map[string]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := s.Get(ctx, "search-v2")
			if err != nil {
				t.Fatal(err)
			}
			tt.edit(&p)
			if _, err := s.SaveDraft(ctx, p, ""); err != nil {
				t.Fatal(err)
			}
			events, err := st.ListAudit(ctx, domain.AuditFilter{Release: "search-v2", Limit: 1})
			if err != nil || len(events) != 1 {
				t.Fatalf("audit = %+v, %v", events, err)
			}
			e := events[0]
			if e.Action != "plan.edit" || e.Summary != tt.wantSummary {
				t.Errorf("event = %s %q, want plan.edit %q", e.Action, e.Summary, tt.wantSummary)
			}
			for side, want := range map[string]map[string]string{"before": tt.wantBefore, "after": tt.wantAfter} {
				raw := map[string]json.RawMessage{"before": e.Before, "after": e.After}[side]
				var got map[string]string
				if err := json.Unmarshal(raw, &got); err != nil {
					t.Fatalf("%s is not a JSON object of fields: %s", side, raw)
				}
				if want != nil && !reflect.DeepEqual(got, want) {
					t.Errorf("%s = %v, want %v", side, got, want)
				}
			}
		})
	}
	if len(created.Phases) == 0 {
		t.Fatal("no preset phases")
	}
}

// TestCheckDraftNamesFields checks a draft as the form sends it: the file
// it renders and each problem on the form's field.
func TestCheckDraftNamesFields(t *testing.T) {
	valid := domain.Plan{
		Release: domain.Release{Key: "r", Name: "R"},
		Links:   []domain.FlagLink{{Provider: "launchdarkly", Project: "web", Environment: "production", FlagKey: "a", Variation: "true"}},
		Phases:  []domain.Phase{{Name: "Beta", Status: domain.PhasePlanned}, {Name: "GA", Status: domain.PhasePlanned}},
	}
	tests := []struct {
		name  string
		edit  func(p *domain.Plan)
		want  []plan.FieldProblem
		wantY string // a line the file must hold
	}{
		{"valid", func(*domain.Plan) {}, []plan.FieldProblem{}, "  - name: GA"},
		{"ends before starts", func(p *domain.Plan) {
			p.Phases[1].PlannedStart, p.Phases[1].PlannedEnd = day("2026-12-02"), day("2026-12-01")
		}, []plan.FieldProblem{{Field: "phases.1.ends", Line: 11, Reason: "ends 2026-12-01 is before starts 2026-12-02"}}, "    ends: 2026-12-01"},
		{"a phase without a name", func(p *domain.Plan) { p.Phases[0].Name = "" },
			[]plan.FieldProblem{{Field: "phases.0.name", Line: 6, Reason: "name is missing in phase 1 (every phase needs one, e.g. name: Beta 5%)"}}, `  - name: ""`},
		{"a flag over 100%", func(p *domain.Plan) {
			p.Phases[0].FlagExpects = []domain.FlagExpectation{{FlagKey: "a", Environment: "production", Expect: domain.Expectation{On: true, Percent: 120}}}
		}, []plan.FieldProblem{{Field: "phases.0.flags.a@production", Line: 9, Reason: "percent 120 is outside 0–100"}}, ""},
		{"a metric name with spaces", func(p *domain.Plan) {
			p.Phases[0].Exit = []domain.ChecklistItem{{Text: "Errors", Check: &domain.Check{Metric: "error rate", Op: "<", Threshold: 1}}}
		}, []plan.FieldProblem{{Field: "phases.0.exit.0", Line: 9,
			Reason: `check "error rate < 1" is not METRIC OP NUMBER (e.g. "error_rate < 0.5"; metric names are lower case with _, OP one of < <= > >= ==)`}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := valid
			p.Phases = append([]domain.Phase{}, valid.Phases...)
			tt.edit(&p)
			text, problems, err := CheckDraft(p, "")
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(problems, tt.want) {
				t.Errorf("problems = %+v, want %+v\n%s", problems, tt.want, text)
			}
			if !strings.Contains(text, tt.wantY+"\n") {
				t.Errorf("file lacks %q:\n%s", tt.wantY, text)
			}
		})
	}
}
