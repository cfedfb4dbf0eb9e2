package feedback

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/metrics"
	"rolloutdesk/backend/store"
)

// Store is the part of the workspace database feedback reads and writes.
type Store interface {
	GetPlan(ctx context.Context, key string) (domain.Plan, error)
	AddFeedback(ctx context.Context, entries []domain.FeedbackEntry, at time.Time) (store.FeedbackAdded, error)
	UpdateFeedback(ctx context.Context, e domain.FeedbackEntry) error
	DeleteFeedback(ctx context.Context, release string, id int64) error
	ListFeedback(ctx context.Context, f store.FeedbackFilter) ([]domain.FeedbackEntry, error)
	AppendAudit(ctx context.Context, e domain.AuditEvent) (int64, error)
}

// Service keeps a release's customer feedback.
type Service struct {
	Store Store
	Now   func() time.Time
	Actor func() string
	// Changed runs after feedback changes (readiness re-judges releases,
	// since feedback metrics may have moved). Optional.
	Changed func(ctx context.Context) error
}

// Add stores one entry typed in the app or given on the command line. Its
// day defaults to today and its phase must be one of the release's.
func (s *Service) Add(ctx context.Context, e domain.FeedbackEntry) (store.FeedbackAdded, error) {
	plan, err := s.checked(ctx, &e)
	if err != nil {
		return store.FeedbackAdded{}, err
	}
	res, err := s.Store.AddFeedback(ctx, []domain.FeedbackEntry{e}, s.Now())
	if err != nil {
		return res, err
	}
	if res.Added == 0 {
		return res, fmt.Errorf("release %s already has this feedback entry (same day, source, sentiment, customer, text and link)", plan.Release.Key)
	}
	return res, s.changed(ctx, e.Release, "feedback.add", fmt.Sprintf("Added %s feedback from %s", e.Sentiment, e.Source))
}

// Edit replaces an entry's fields.
func (s *Service) Edit(ctx context.Context, e domain.FeedbackEntry) error {
	if _, err := s.checked(ctx, &e); err != nil {
		return err
	}
	if err := s.Store.UpdateFeedback(ctx, e); err != nil {
		return err
	}
	return s.changed(ctx, e.Release, "feedback.edit", fmt.Sprintf("Edited feedback %d", e.ID))
}

// Delete removes an entry.
func (s *Service) Delete(ctx context.Context, release string, id int64) error {
	if err := s.Store.DeleteFeedback(ctx, release, id); err != nil {
		return err
	}
	return s.changed(ctx, release, "feedback.delete", fmt.Sprintf("Deleted feedback %d", id))
}

// Import reads a support tool's CSV export (see ReadCSV) into a release.
// A file with any problem adds nothing; entries imported before are skipped.
func (s *Service) Import(ctx context.Context, release, name string, r io.Reader) (store.FeedbackAdded, error) {
	plan, err := s.Store.GetPlan(ctx, release)
	if err != nil {
		return store.FeedbackAdded{}, fmt.Errorf("import feedback into %s: %w", release, err)
	}
	entries, err := ReadCSV(name, release, phaseNames(plan), r)
	if err != nil {
		return store.FeedbackAdded{}, err
	}
	res, err := s.Store.AddFeedback(ctx, entries, s.Now())
	if err != nil {
		return res, err
	}
	return res, s.changed(ctx, release, "feedback.import", fmt.Sprintf("Imported %s: %d entries added, %d already there", name, res.Added, res.Skipped))
}

// checked fills an entry's defaults and validates it against its release.
func (s *Service) checked(ctx context.Context, e *domain.FeedbackEntry) (domain.Plan, error) {
	plan, err := s.Store.GetPlan(ctx, e.Release)
	if err != nil {
		return plan, fmt.Errorf("feedback for %s: %w", e.Release, err)
	}
	if e.Day.IsZero() {
		e.Day = dayOf(s.Now())
	}
	e.Day = dayOf(e.Day)
	e.Source, e.Customer, e.Text, e.Link = strings.TrimSpace(e.Source), strings.TrimSpace(e.Customer), strings.TrimSpace(e.Text), strings.TrimSpace(e.Link)
	problems := e.Validate()
	if e.Phase != "" && !slices.Contains(phaseNames(plan), e.Phase) {
		problems = append(problems, fmt.Sprintf("phase %q is not a phase of %s (%s)", e.Phase, e.Release, strings.Join(phaseNames(plan), ", ")))
	}
	if len(problems) > 0 {
		return plan, fmt.Errorf("feedback for %s: %s", e.Release, strings.Join(problems, "; "))
	}
	return plan, nil
}

func (s *Service) changed(ctx context.Context, release, action, summary string) error {
	if _, err := s.Store.AppendAudit(ctx, domain.AuditEvent{At: s.Now(), Actor: s.Actor(), Action: action, Release: release, Summary: summary}); err != nil {
		return err
	}
	if s.Changed != nil {
		return s.Changed(ctx)
	}
	return nil
}

// Listed is an entry with the phase it belongs to.
type Listed struct {
	domain.FeedbackEntry
	// InPhase is the phase the entry counts for: the one it was filed
	// under, else the one running on its day; "" when none was.
	InPhase string `json:"in_phase"`
}

// List returns a release's entries matching f (and, when phase is set,
// belonging to that phase), newest first.
func (s *Service) List(ctx context.Context, f store.FeedbackFilter, phase string) ([]Listed, error) {
	plan, err := s.Store.GetPlan(ctx, f.Release)
	if err != nil {
		return nil, fmt.Errorf("feedback of %s: %w", f.Release, err)
	}
	entries, err := s.Store.ListFeedback(ctx, f)
	if err != nil {
		return nil, err
	}
	out := []Listed{}
	for _, e := range entries {
		l := Listed{FeedbackEntry: e, InPhase: PhaseOf(plan, e)}
		if phase == "" || l.InPhase == phase {
			out = append(out, l)
		}
	}
	return out, nil
}

// Summary counts a release's feedback by sentiment for each phase, in the
// plan's order, with "" for entries outside every phase when there are any.
func (s *Service) Summary(ctx context.Context, release string) ([]Counts, error) {
	listed, err := s.List(ctx, store.FeedbackFilter{Release: release}, "")
	if err != nil {
		return nil, err
	}
	plan, err := s.Store.GetPlan(ctx, release)
	if err != nil {
		return nil, err
	}
	byPhase := map[string]*Counts{}
	out := make([]Counts, 0, len(plan.Phases)+1)
	for _, name := range append(phaseNames(plan), "") {
		out = append(out, Counts{Phase: name})
	}
	for i := range out {
		byPhase[out[i].Phase] = &out[i]
	}
	for _, l := range listed {
		byPhase[l.InPhase].add(l.Sentiment)
	}
	if last := out[len(out)-1]; last.Total() == 0 {
		out = out[:len(out)-1]
	}
	return out, nil
}

// Metrics computes the built-in feedback metrics of a release, for
// readiness criteria such as check: "feedback_negative_share < 20".
func (s *Service) Metrics(ctx context.Context, plan domain.Plan) (map[string][]metrics.Value, error) {
	entries, err := s.Store.ListFeedback(ctx, store.FeedbackFilter{Release: plan.Release.Key})
	if err != nil {
		return nil, err
	}
	return Metrics(entries), nil
}

func phaseNames(plan domain.Plan) []string {
	names := make([]string, len(plan.Phases))
	for i, p := range plan.Phases {
		names[i] = p.Name
	}
	return names
}

// ImportFile is Import for the file at path.
func (s *Service) ImportFile(ctx context.Context, release, path string) (store.FeedbackAdded, error) {
	f, err := os.Open(path)
	if err != nil {
		return store.FeedbackAdded{}, fmt.Errorf("import feedback: %w", err)
	}
	defer f.Close()
	return s.Import(ctx, release, filepath.Base(path), f)
}
