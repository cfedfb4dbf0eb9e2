package communications_test

import (
	"archive/zip"
	"slices"
	"strings"
	"testing"

	"rolloutdesk/backend/actions"
	"rolloutdesk/backend/communications"
	"rolloutdesk/backend/demo"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/workspace"
	"rolloutdesk/backend/workspace/workspacetest"
)

var newCheckout = provider.ID{Provider: provider.Demo, Project: demo.Project, Environment: demo.Production, Key: "new-checkout"}

// heldOut adds releases beside the demo: one linking the demo's
// new-checkout flag that has started, one linking it that has not, and one
// linking another flag.
func heldOut(t *testing.T, w *workspace.Workspace) {
	t.Helper()
	st := workspacetest.Store(t, w)
	link := domain.FlagLink{Provider: provider.Demo, Project: demo.Project, Environment: demo.Production, FlagKey: "new-checkout", Variation: "true"}
	other := link
	other.FlagKey = "checkout-express-pay"
	phases := func(status domain.PhaseStatus) []domain.Phase {
		return []domain.Phase{{Name: "Internal", Audience: "Staff", Status: status}, {Name: "Beta", Audience: "Testers", Status: domain.PhasePlanned}}
	}
	for _, plan := range []domain.Plan{
		{Release: domain.Release{Key: "mobile", Name: "Mobile checkout"}, Links: []domain.FlagLink{link}, Phases: phases(domain.PhaseActive)},
		{Release: domain.Release{Key: "later", Name: "Later"}, Links: []domain.FlagLink{link}, Phases: phases(domain.PhasePlanned)},
		{Release: domain.Release{Key: "unrelated", Name: "Unrelated"}, Links: []domain.FlagLink{other}, Phases: phases(domain.PhaseActive)},
	} {
		if _, err := st.SavePlan(t.Context(), plan); err != nil {
			t.Fatal(err)
		}
	}
}

// templatesOf lists the templates of notices.
func templatesOf(notices []communications.Notice) []string {
	var out []string
	for _, n := range notices {
		out = append(out, n.Template)
	}
	slices.Sort(out)
	return out
}

func TestIncidentNoticesComeOnlyFromTheKill(t *testing.T) {
	ctx := t.Context()
	w := workspacetest.OpenDemo(t)
	heldOut(t, w)
	notices := func(release string) []communications.Notice {
		t.Helper()
		n, err := w.Comms.Notices(ctx, release)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	p, err := w.Actions.ProposeMove(ctx, demo.ReleaseKey, actions.Advance)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := w.Actions.ApplyMove(ctx, actions.Move{Proposal: p}); err != nil {
		t.Fatal(err)
	}
	if got := notices(demo.ReleaseKey); got == nil || len(got) != 0 {
		t.Fatalf("an advance drafted %+v", got)
	}
	if _, _, err := w.Actions.Kill(ctx, actions.KillRequest{ID: newCheckout, Comment: "Card payments time out", Release: demo.ReleaseKey}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		release string
		want    []string
		phase   string
	}{
		{demo.ReleaseKey, []string{"incident-customers", "incident-support"}, "25%"},
		{"mobile", []string{"incident-customers", "incident-support"}, "Internal"},
		{"later", nil, ""},     // nobody has it yet
		{"unrelated", nil, ""}, // links another flag
	}
	for _, tt := range tests {
		t.Run(tt.release, func(t *testing.T) {
			got := notices(tt.release)
			if !slices.Equal(templatesOf(got), tt.want) {
				t.Fatalf("notices %v, want %v", templatesOf(got), tt.want)
			}
			for _, n := range got {
				if n.State != domain.DraftDrafted || n.Trigger != domain.TriggerIncident || n.Event.Phase != tt.phase || n.Problem != "" ||
					n.What != "kill switch on new-checkout in production" || n.At.IsZero() || n.Title == "" || n.Audience == "" {
					t.Errorf("notice %+v", n)
				}
			}
		})
	}
	customer := notices(demo.ReleaseKey)[slices.IndexFunc(notices(demo.ReleaseKey), func(n communications.Notice) bool { return n.Channel == domain.ChannelEmail })]
	preview, err := w.Comms.NoticePreview(ctx, customer.ID)
	if err != nil || preview.Title != "We've paused New checkout while we fix a problem" || !strings.Contains(preview.Markdown, customer.At.Format("2 Jan 2006 at 15:04")) {
		t.Errorf("NoticePreview = %q %q, %v", preview.Title, preview.Markdown, err)
	}
	if eml, release, err := w.Comms.NoticeEmail(ctx, customer.ID); err != nil || release != demo.ReleaseKey || !strings.Contains(string(eml), "Subject: ") {
		t.Errorf("NoticeEmail = %d bytes, %q, %v", len(eml), release, err)
	}
	support := notices(demo.ReleaseKey)[slices.IndexFunc(notices(demo.ReleaseKey), func(n communications.Notice) bool { return n.Channel == domain.ChannelSupport })]
	if _, _, err := w.Comms.NoticeEmail(ctx, support.ID); err == nil || !strings.Contains(err.Error(), "only email notices can be sent") {
		t.Errorf("NoticeEmail of a support notice: %v", err)
	}
}

func TestRollbackDraftsItsNotices(t *testing.T) {
	ctx := t.Context()
	w := workspacetest.OpenDemo(t)
	p, err := w.Actions.ProposeMove(ctx, demo.ReleaseKey, actions.Rollback)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := w.Actions.ApplyMove(ctx, actions.Move{Proposal: p, Comment: "Conversion dropped"}); err != nil {
		t.Fatal(err)
	}
	got, err := w.Comms.Notices(ctx, demo.ReleaseKey)
	if err != nil || !slices.Equal(templatesOf(got), []string{"rollback-customers", "rollback-support"}) {
		t.Fatalf("Notices = %v, %v", templatesOf(got), err)
	}
	for _, n := range got {
		if rb := n.Event.Rollback; rb == nil || rb.From != "Beta 5%" || rb.To != "Internal" || rb.Comment != "Conversion dropped" || n.Event.Phase != "Beta 5%" {
			t.Errorf("notice %+v of %+v", n, n.Event.Rollback)
		}
	}
}

func TestNoticeStates(t *testing.T) {
	ctx := t.Context()
	w := workspacetest.OpenDemo(t)
	heldOut(t, w)
	if _, _, err := w.Actions.Kill(ctx, actions.KillRequest{ID: newCheckout}); err != nil {
		t.Fatal(err)
	}
	list, _ := w.Comms.Notices(ctx, demo.ReleaseKey)
	mobile, _ := w.Comms.Notices(ctx, "mobile")
	customer, support := list[0].ID, list[1].ID
	if list[0].Channel != domain.ChannelEmail {
		customer, support = support, customer
	}
	path := t.TempDir() + "/notices.zip"
	if err := w.Comms.ExportNoticesFile(ctx, demo.ReleaseKey, []int64{customer, mobile[0].ID}, path); err == nil ||
		!strings.Contains(err.Error(), "belongs to release mobile") {
		t.Fatalf("export with another release's notice: %v", err)
	}
	if err := w.Comms.ExportNoticesFile(ctx, demo.ReleaseKey, nil, path); err == nil {
		t.Fatal("exported no notice")
	}
	if err := w.Comms.ExportNoticesFile(ctx, demo.ReleaseKey, []int64{customer, support}, path); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
	}
	zr.Close()
	if !slices.Contains(names, "index.html") || !slices.ContainsFunc(names, func(n string) bool {
		return strings.HasPrefix(n, "incident-") && strings.HasSuffix(n, "/email-incident-customers.eml")
	}) || !slices.ContainsFunc(names, func(n string) bool { return strings.HasSuffix(n, "/support-incident-support.html") }) {
		t.Errorf("the zip holds %v", names)
	}
	steps := []struct {
		name string
		do   func() error
		want map[int64]domain.DraftState
	}{
		{"an export marks both", func() error { return nil },
			map[int64]domain.DraftState{customer: domain.DraftExported, support: domain.DraftExported}},
		{"a send marks one sent", func() error { return w.Comms.MarkNoticeSent(ctx, customer) },
			map[int64]domain.DraftState{customer: domain.DraftSent, support: domain.DraftExported}},
		{"a sent notice stays sent", func() error { return w.Comms.DismissNotice(ctx, customer) },
			map[int64]domain.DraftState{customer: domain.DraftSent, support: domain.DraftExported}},
		{"a dismissal", func() error { return w.Comms.DismissNotice(ctx, support) },
			map[int64]domain.DraftState{customer: domain.DraftSent, support: domain.DraftDismissed}},
		{"a dismissed notice exported stays dismissed", func() error {
			return w.Comms.ExportNoticesFile(ctx, demo.ReleaseKey, []int64{support}, path)
		}, map[int64]domain.DraftState{customer: domain.DraftSent, support: domain.DraftDismissed}},
	}
	for _, step := range steps {
		if err := step.do(); err != nil {
			t.Fatalf("%s: %v", step.name, err)
		}
		list, err := w.Comms.Notices(ctx, demo.ReleaseKey)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range list {
			if n.State != step.want[n.ID] {
				t.Errorf("%s: notice %d (%s) is %s, want %s", step.name, n.ID, n.Template, n.State, step.want[n.ID])
			}
		}
	}
	if err := w.Comms.DismissNotice(ctx, 999); err == nil {
		t.Error("dismissed a notice that does not exist")
	}
}

func TestNoticeOfAChangedTemplateSaysWhy(t *testing.T) {
	ctx := t.Context()
	w := workspacetest.OpenDemo(t)
	if _, _, err := w.Actions.Kill(ctx, actions.KillRequest{ID: newCheckout}); err != nil {
		t.Fatal(err)
	}
	workspacetest.EditDemo(t, w, func(plan *domain.Plan) { plan.Phases[1].Name = "Beta" })
	list, err := w.Comms.Notices(ctx, demo.ReleaseKey)
	if err != nil || len(list) != 2 || !strings.Contains(list[0].Problem, `no longer has phase "Beta 5%"`) {
		t.Fatalf("Notices = %+v, %v; want each saying its phase is gone", list, err)
	}
	if err := w.Comms.ExportNoticesFile(ctx, demo.ReleaseKey, []int64{list[0].ID}, t.TempDir()+"/n.zip"); err == nil {
		t.Error("exported a notice that does not render")
	}
}
