package main

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"rolloutdesk/backend/demo"
	vm "rolloutdesk/backend/viewmodel"
)

// TestPlanDraftBindings walks the plan editor's form: load the draft, edit a
// date, see the problem on its field, fix it, save, and find the save in the
// audit log as an edit; then read a broken plan file into the form.
func TestPlanDraftBindings(t *testing.T) {
	a, _ := newTestApp(t)
	draft, err := a.PlanDraft(demo.ReleaseKey)
	if err != nil || draft.Key != demo.ReleaseKey || len(draft.Phases) < 2 {
		t.Fatalf("PlanDraft = %+v, %v", draft, err)
	}
	base, err := a.PlanYAML(demo.ReleaseKey)
	if err != nil {
		t.Fatal(err)
	}
	last := len(draft.Phases) - 1
	start, end := time.Date(2027, 1, 10, 0, 0, 0, 0, time.UTC), time.Date(2027, 1, 5, 0, 0, 0, 0, time.UTC)
	draft.Phases[last].PlannedStart, draft.Phases[last].PlannedEnd = &start, &end
	checked, err := a.CheckPlanDraft(draft, "# reviewed by payments\n"+base)
	if err != nil {
		t.Fatal(err)
	}
	field := fmt.Sprintf("phases.%d.ends", last)
	if len(checked.Problems) != 1 || checked.Problems[0].Field != field || !strings.HasPrefix(checked.YAML, "# reviewed by payments\n") {
		t.Fatalf("CheckPlanDraft = %+v, want one problem on %s and the comment kept", checked, field)
	}
	if _, err := a.SavePlanDraft(draft, base); err == nil {
		t.Fatal("saved a phase that ends before it starts")
	}
	end = start.AddDate(0, 0, 7)
	saved, err := a.SavePlanDraft(draft, base)
	if err != nil || saved.Phases[last].PlannedEnd == nil || !saved.Phases[last].PlannedEnd.Equal(end) {
		t.Fatalf("SavePlanDraft = %+v, %v", saved.Phases[last], err)
	}
	events, err := a.ListAudit(vm.AuditFilter{Release: demo.ReleaseKey, Action: "plan.edit"})
	if err != nil || len(events) != 1 || !strings.Contains(events[0].Summary, "ends") || events[0].After == nil {
		t.Fatalf("plan.edit events = %+v, %v", events, err)
	}
	read := a.ReadPlanDraft("plan.yaml", strings.Replace(base, "phases:", "phases: [", 1))
	if len(read.Problems) == 0 || read.Problems[0].Line == 0 || read.Draft.Key != "" {
		t.Errorf("ReadPlanDraft of a broken file = %+v", read)
	}
	if read := a.ReadPlanDraft("plan.yaml", base); len(read.Problems) != 0 || read.Draft.Key != demo.ReleaseKey {
		t.Errorf("ReadPlanDraft = %+v", read)
	}
}
