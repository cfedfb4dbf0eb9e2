package communications

import (
	"context"
	"slices"

	"rolloutdesk/backend/comms"
	"rolloutdesk/backend/domain"
)

// TemplatesFor lists the stored templates that go out with a phase of a
// release (its active phase, else its first, when phase is ""), only those
// for channel when it is not "": what the template pickers of a test send
// or a bundle offer. It is empty, not nil, when none applies.
func (s *Service) TemplatesFor(ctx context.Context, release, phase string, channel domain.Channel) ([]domain.Template, error) {
	plan, i, err := s.planPhase(ctx, release, phase)
	if err != nil {
		return nil, err
	}
	templates, err := s.Store.ListTemplates(ctx)
	if err != nil {
		return nil, err
	}
	return slices.DeleteFunc(templates, func(t domain.Template) bool {
		return channel != "" && t.Channel != channel || !comms.Applies(t, domain.TriggerPhase, plan.Phases, i)
	}), nil
}
