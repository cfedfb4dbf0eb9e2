package readiness

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"rolloutdesk/backend/domain"
)

// Ticked is a release after a criterion was ticked, and the verdicts that
// changed.
type Ticked struct {
	Plan    domain.Plan `json:"plan"`
	Changes []Change    `json:"changes"`
}

// TickCriterion marks a manual entry or exit criterion of a phase as met
// (done) or not, recording who and when. A measured criterion is judged from
// its metric and cannot be ticked.
func (s *Service) TickCriterion(ctx context.Context, release, phase, text string, done bool) (Ticked, error) {
	plan, err := s.Store.GetPlan(ctx, release)
	if err != nil {
		return Ticked{}, fmt.Errorf("tick a criterion of %s: %w", release, err)
	}
	i := slices.IndexFunc(plan.Phases, func(p domain.Phase) bool { return p.Name == phase })
	if i < 0 {
		names := make([]string, len(plan.Phases))
		for j, p := range plan.Phases {
			names[j] = p.Name
		}
		return Ticked{}, fmt.Errorf("release %s has no phase %q; its phases are %s", release, phase, strings.Join(names, ", "))
	}
	item, err := findCriterion(&plan.Phases[i], text)
	if err != nil {
		return Ticked{}, fmt.Errorf("release %s: %w", release, err)
	}
	if item.Measured() {
		return Ticked{}, fmt.Errorf("release %s, phase %q: %q is measured by %s and cannot be ticked; import or enter %s values instead",
			release, phase, text, item.Check, item.Check.Metric)
	}
	now := s.Now()
	item.Done, item.By, item.At = done, "", nil
	verb := "Unticked"
	if done {
		item.By, item.At, verb = s.Actor(), &now, "Ticked"
	}
	if _, err := s.Store.SavePlan(ctx, plan); err != nil {
		return Ticked{}, err
	}
	if err := s.audit(ctx, "criterion.tick", release, phase, fmt.Sprintf("%s %q in %s", verb, text, phase)); err != nil {
		return Ticked{}, err
	}
	changes, err := s.Recheck(ctx)
	return Ticked{Plan: plan, Changes: changes}, err
}

// findCriterion finds a phase's entry or exit criterion by its text.
func findCriterion(phase *domain.Phase, text string) (*domain.ChecklistItem, error) {
	var texts []string
	for _, list := range []*[]domain.ChecklistItem{&phase.Entry, &phase.Exit} {
		for j := range *list {
			if (*list)[j].Text == text {
				return &(*list)[j], nil
			}
			texts = append(texts, fmt.Sprintf("%q", (*list)[j].Text))
		}
	}
	if len(texts) == 0 {
		return nil, fmt.Errorf("phase %q has no entry or exit criteria", phase.Name)
	}
	return nil, fmt.Errorf("phase %q has no criterion %q; it has %s", phase.Name, text, strings.Join(texts, ", "))
}
