package feedback

import (
	"context"
	"strings"
	"testing"
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/store"
	"rolloutdesk/backend/store/storetest"
)

func date(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

func ptr(t time.Time) *time.Time { return &t }

// plan: Internal ran 10–19 Nov, Beta 5% is active since 20 Nov, 25% planned
// from 1 Dec.
func plan() domain.Plan {
	return domain.Plan{Release: domain.Release{Key: "new-checkout", Name: "New checkout"}, Phases: []domain.Phase{
		{Name: "Internal", Status: domain.PhaseDone, StartedAt: ptr(date("2026-11-10")), EndedAt: ptr(date("2026-11-19"))},
		{Name: "Beta 5%", Status: domain.PhaseActive, StartedAt: ptr(date("2026-11-20")), PlannedEnd: ptr(date("2026-11-27"))},
		{Name: "25%", Status: domain.PhasePlanned, PlannedStart: ptr(date("2026-12-01"))},
	}}
}

func newService(t *testing.T) (*Service, *store.Store, *int) {
	t.Helper()
	st := storetest.Open(t)
	if _, err := st.SavePlan(context.Background(), plan()); err != nil {
		t.Fatal(err)
	}
	changed := 0
	return &Service{Store: st, Now: func() time.Time { return date("2026-11-28").Add(9 * time.Hour) }, Actor: func() string { return "dana" },
		Changed: func(context.Context) error { changed++; return nil }}, st, &changed
}

const export = `date,source,sentiment,customer,text,link
2026-11-15,zendesk,negative,Acme,"Internal build: totals wrong",https://acme.zendesk.com/tickets/1
2026-11-21,intercom,Positive,Globex,Love the one-page checkout,
2026-11-22,zendesk,negative,Initech,"<script>alert(1)</script> card declined twice",https://acme.zendesk.com/tickets/7
2026-11-22,survey,neutral,,Fine I guess,
`

func TestImportListAndSummarise(t *testing.T) {
	ctx := context.Background()
	s, _, changed := newService(t)
	res, err := s.Import(ctx, "new-checkout", "zendesk.csv", strings.NewReader(export))
	if err != nil || res.Added != 4 || res.Skipped != 0 {
		t.Fatalf("import = %+v, %v", res, err)
	}
	res, err = s.Import(ctx, "new-checkout", "zendesk.csv", strings.NewReader(export))
	if err != nil || res.Added != 0 || res.Skipped != 4 {
		t.Fatalf("re-import = %+v, %v; want nothing added twice", res, err)
	}
	if *changed != 2 {
		t.Errorf("changed ran %d times", *changed)
	}
	beta, err := s.List(ctx, store.FeedbackFilter{Release: "new-checkout"}, "Beta 5%")
	if err != nil || len(beta) != 3 || beta[0].Day.Before(beta[2].Day) {
		t.Fatalf("beta feedback = %+v, %v", beta, err)
	}
	if beta[0].Text != "<script>alert(1)</script> card declined twice" && beta[1].Text != "<script>alert(1)</script> card declined twice" {
		t.Error("feedback text must be kept as typed (and escaped where shown)")
	}
	hits, _ := s.List(ctx, store.FeedbackFilter{Release: "new-checkout", Query: "declin"}, "")
	if len(hits) != 1 || hits[0].Customer != "Initech" {
		t.Errorf("search = %+v", hits)
	}
	negative, _ := s.List(ctx, store.FeedbackFilter{Release: "new-checkout", Sentiment: "negative", Source: "zendesk"}, "")
	if len(negative) != 2 || negative[1].InPhase != "Internal" {
		t.Errorf("negative zendesk = %+v", negative)
	}
	summary, err := s.Summary(ctx, "new-checkout")
	want := []Counts{{Phase: "Internal", Negative: 1}, {Phase: "Beta 5%", Negative: 1, Neutral: 1, Positive: 1}, {Phase: "25%"}}
	if err != nil || len(summary) != len(want) {
		t.Fatalf("summary = %+v, %v", summary, err)
	}
	for i := range want {
		if summary[i] != want[i] {
			t.Errorf("summary[%d] = %+v, want %+v", i, summary[i], want[i])
		}
	}
	m, err := s.Metrics(ctx, plan())
	if err != nil {
		t.Fatal(err)
	}
	share := m[MetricNegativeShare]
	if len(share) != 3 || share[2].Value != 50 || !share[2].Day.Equal(date("2026-11-22")) || m[MetricNegative][0].Value != 1 {
		t.Errorf("metrics = %+v", m)
	}
}

func TestImportRejectsWholeFile(t *testing.T) {
	s, st, _ := newService(t)
	bad := "date,source,sentiment,customer,text,link,phase\n" +
		"2026-11-21,zendesk,angry,Acme,Slow,,\n" +
		"someday,zendesk,negative,Acme,Slow,javascript:alert(1),\n" +
		"2026-11-21,,neutral,Acme,,,GA\n" +
		"2026-11-21,zendesk,neutral,Acme,fine,,Beta 5%\n"
	_, err := s.Import(context.Background(), "new-checkout", "bad.csv", strings.NewReader(bad))
	want := "bad.csv:2: sentiment \"angry\" is not positive, neutral or negative\n" +
		"bad.csv:3: date \"someday\" is not YYYY-MM-DD or an RFC 3339 time\n" +
		"bad.csv:3: link \"javascript:alert(1)\" is not an http(s) address such as https://support.example.com/tickets/123\n" +
		"bad.csv:4: phase \"GA\" is not a phase of new-checkout (Internal, Beta 5%, 25%)\n" +
		"bad.csv:4: text is empty: say what the customer said\n" +
		"bad.csv:4: source is empty: name where it came from (zendesk, intercom, survey, interview, …)"
	if err == nil || err.Error() != want {
		t.Fatalf("got\n%v\nwant\n%s", err, want)
	}
	if got, _ := st.ListFeedback(context.Background(), store.FeedbackFilter{Release: "new-checkout"}); len(got) != 0 {
		t.Errorf("a rejected file added %d entries", len(got))
	}
	_, err = s.Import(context.Background(), "new-checkout", "cols.csv", strings.NewReader("date,text\n"))
	if err == nil || !strings.Contains(err.Error(), "cols.csv:1: missing column source, sentiment, customer, link") {
		t.Errorf("missing columns: %v", err)
	}
}

func TestAddEditDelete(t *testing.T) {
	ctx := context.Background()
	s, st, _ := newService(t)
	e := domain.FeedbackEntry{Release: "new-checkout", Source: "interview", Sentiment: domain.Positive, Customer: "Acme", Text: "Faster"}
	if _, err := s.Add(ctx, e); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Add(ctx, e); err == nil || !strings.Contains(err.Error(), "already has this feedback entry") {
		t.Errorf("adding twice: %v", err)
	}
	bad := e
	bad.Phase, bad.Link = "GA", "ftp://x"
	if _, err := s.Add(ctx, bad); err == nil || !strings.Contains(err.Error(), `phase "GA" is not a phase`) || !strings.Contains(err.Error(), `link "ftp://x"`) {
		t.Errorf("bad entry: %v", err)
	}
	listed, _ := s.List(ctx, store.FeedbackFilter{Release: "new-checkout"}, "")
	if len(listed) != 1 || !listed[0].Day.Equal(date("2026-11-28")) || listed[0].InPhase != "Beta 5%" {
		t.Fatalf("listed = %+v", listed)
	}
	edited := listed[0].FeedbackEntry
	edited.Sentiment, edited.Text = domain.Negative, "Slower after all"
	if err := s.Edit(ctx, edited); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(ctx, "new-checkout", edited.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(ctx, "new-checkout", edited.ID); err == nil {
		t.Error("deleting twice succeeded")
	}
	events, _ := st.ListAudit(ctx, domain.AuditFilter{Release: "new-checkout"})
	if len(events) != 3 || events[0].Action != "feedback.delete" || events[0].Actor != "dana" {
		t.Errorf("audit = %+v", events)
	}
}

func TestPhaseAt(t *testing.T) {
	notStarted := plan()
	for i := range notStarted.Phases {
		notStarted.Phases[i].StartedAt, notStarted.Phases[i].EndedAt, notStarted.Phases[i].Status = nil, nil, domain.PhasePlanned
	}
	notStarted.Phases[0].PlannedStart, notStarted.Phases[0].PlannedEnd = ptr(date("2026-11-10")), ptr(date("2026-11-19"))
	if got := PhaseAt(notStarted, date("2026-12-02")); got != "25%" {
		t.Errorf("a plan nothing has started of: PhaseAt = %q, want the planned 25%%", got)
	}
	if got := PhaseAt(notStarted, date("2026-11-25")); got != "" {
		t.Errorf("between planned phases: PhaseAt = %q, want none", got)
	}
	p := plan()
	for day, want := range map[string]string{"2026-11-09": "", "2026-11-10": "Internal", "2026-11-19": "Internal",
		"2026-11-20": "Beta 5%", "2026-11-30": "Beta 5%", "2026-12-02": "Beta 5%"} {
		if got := PhaseAt(p, date(day)); got != want {
			t.Errorf("PhaseAt(%s) = %q, want %q", day, got, want)
		}
	}
}
