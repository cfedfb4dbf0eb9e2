package communications

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"rolloutdesk/backend/comms"
	"rolloutdesk/backend/domain"
)

// DraftNotices drafts the notices event e calls for: for each release it
// concerns, one draft per stored template with e's trigger that applies to
// the phase it happened in, kept until someone exports, sends or dismisses
// it (see Notices). For an incident, release "" means every release that
// links the killed flag. When e.Phase is "", each release's current phase
// is used (see comms.CurrentPhase); a release that never started has no
// one to tell and gets none. Each drafting is audited, and the support
// index follows, as support finds the notices of what happened.
func (s *Service) DraftNotices(ctx context.Context, release string, e comms.Event) error {
	plans, err := s.concerned(ctx, release, e)
	if err != nil {
		return err
	}
	templates, err := s.Store.ListTemplates(ctx)
	if err != nil {
		return err
	}
	drafted := 0
	for _, plan := range plans {
		n, err := s.draftFor(ctx, plan, templates, e)
		if err != nil {
			return fmt.Errorf("drafting the notices of the %s for release %s: %w", e.Describe(), plan.Release.Key, err)
		}
		drafted += n
	}
	if drafted == 0 {
		return nil
	}
	return s.Index.Reindex(ctx)
}

// concerned are the plans of the releases e concerns: the release named, or
// for an incident without one, every release linking the killed flag.
func (s *Service) concerned(ctx context.Context, release string, e comms.Event) ([]domain.Plan, error) {
	if release != "" {
		plan, err := s.Store.GetPlan(ctx, release)
		return []domain.Plan{plan}, err
	}
	if e.Incident == nil {
		return nil, fmt.Errorf("drafting the notices of a %s: name its release", e.Trigger)
	}
	summaries, err := s.Store.ListReleases(ctx)
	if err != nil {
		return nil, err
	}
	var plans []domain.Plan
	for _, r := range summaries {
		plan, err := s.Store.GetPlan(ctx, r.Key)
		if err != nil {
			return nil, err
		}
		if _, ok := killedLink(plan, e.Incident); ok {
			plans = append(plans, plan)
		}
	}
	return plans, nil
}

// killedLink is the link of plan to the flag an incident killed.
func killedLink(plan domain.Plan, in *comms.Incident) (domain.FlagLink, bool) {
	i := slices.IndexFunc(plan.Links, func(l domain.FlagLink) bool {
		return l.Provider == in.Provider && l.Project == in.Project && l.Environment == in.Environment && l.FlagKey == in.Flag
	})
	if i < 0 {
		return domain.FlagLink{}, false
	}
	return plan.Links[i], true
}

// draftFor stores the drafts of e for plan and audits them; it returns how
// many it drafted.
func (s *Service) draftFor(ctx context.Context, plan domain.Plan, templates []domain.Template, e comms.Event) (int, error) {
	if e.Incident != nil {
		if _, ok := killedLink(plan, e.Incident); !ok {
			return 0, nil
		}
	}
	if e.Phase == "" {
		p, err := comms.CurrentPhase(plan)
		if err != nil {
			return 0, nil // nobody has the release yet: nobody to tell
		}
		e.Phase = p.Name
	}
	i := comms.EventPhase(plan, e)
	var drafts []domain.Draft
	for _, t := range templates {
		if !comms.Applies(t, e.Trigger, plan.Phases, i) {
			continue
		}
		d, err := comms.NewDraft(plan.Release.Key, e, t, s.Now())
		if err != nil {
			return 0, err
		}
		drafts = append(drafts, d)
	}
	if len(drafts) == 0 {
		return 0, nil
	}
	if _, err := s.Store.AddDrafts(ctx, drafts); err != nil {
		return 0, err
	}
	names := make([]string, len(drafts))
	for i, d := range drafts {
		names[i] = d.Template
	}
	summary := fmt.Sprintf("Drafted who to tell about the %s during %s: %s", e.Describe(), e.Phase, strings.Join(names, ", "))
	return len(drafts), s.Audit.Record(ctx, "comms.draft", plan.Release.Key, summary)
}
