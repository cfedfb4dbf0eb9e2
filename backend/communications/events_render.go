package communications

import (
	"context"
	"fmt"
	"slices"

	"rolloutdesk/backend/comms"
	"rolloutdesk/backend/domain"
)

// WriteEventFolder renders on demand the templates trigger (incident or
// rollback) sends for a release, into dir as EVENT/CHANNEL-TEMPLATE.EXT
// files and an index.html, and returns the paths written. They are
// rendered for the release's latest recorded event of that trigger or,
// when flag is not "", for a hypothetical incident: the kill of the
// release's first link to flag now, during its current phase.
func (s *Service) WriteEventFolder(ctx context.Context, release string, trigger domain.Trigger, flag, dir string) ([]string, error) {
	if trigger != domain.TriggerIncident && trigger != domain.TriggerRollback {
		return nil, fmt.Errorf("trigger %q: render incident or rollback notices (phase communications render without --trigger)", trigger)
	}
	plan, err := s.Store.GetPlan(ctx, release)
	if err != nil {
		return nil, err
	}
	e, err := s.eventFor(ctx, plan, trigger, flag)
	if err != nil {
		return nil, err
	}
	r, err := s.storedRenderer(ctx)
	if err != nil {
		return nil, err
	}
	outputs, err := r.RenderEvent(plan, e)
	if err != nil {
		return nil, err
	}
	if len(outputs) == 0 {
		return nil, fmt.Errorf("no %s template applies to phase %q of release %s: add one with trigger: %s", trigger, e.Phase, plan.Release.Key, trigger)
	}
	return writeOutputs(r, outputs, dir)
}

// eventFor is the event to render trigger's notices of plan for: a
// hypothetical incident on flag, else the latest recorded one.
func (s *Service) eventFor(ctx context.Context, plan domain.Plan, trigger domain.Trigger, flag string) (comms.Event, error) {
	key := plan.Release.Key
	if flag != "" {
		if trigger != domain.TriggerIncident {
			return comms.Event{}, fmt.Errorf("a flag makes a hypothetical incident: use it with the incident trigger")
		}
		i := slices.IndexFunc(plan.Links, func(l domain.FlagLink) bool { return l.FlagKey == flag })
		if i < 0 {
			return comms.Event{}, fmt.Errorf("release %s links no flag %q (rolloutdesk plan export %s shows its links)", key, flag, key)
		}
		return comms.NewIncident(plan, plan.Links[i], s.Now(), "")
	}
	drafts, err := s.Store.ListDrafts(ctx, key)
	if err != nil {
		return comms.Event{}, err
	}
	i := slices.IndexFunc(drafts, func(d domain.Draft) bool { return d.Trigger == trigger })
	if i < 0 {
		return comms.Event{}, fmt.Errorf("release %s has no recorded %s: %s", key, trigger, noEventHint[trigger])
	}
	return comms.DraftEvent(drafts[i])
}

// noEventHint says how to render a trigger's notices without an event.
var noEventHint = map[domain.Trigger]string{
	domain.TriggerIncident: "pass a flag to render a hypothetical incident",
	domain.TriggerRollback: "its notices are drafted when a phase is rolled back",
}
