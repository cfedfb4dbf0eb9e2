package communications

import (
	"context"

	"rolloutdesk/backend/comms"
)

// Coverage says what a release's communications miss: every stored
// template whose phase names a phase the release lacks, and every phase no
// customer-facing (email or in-app) phase template applies to (see
// comms.CheckCoverage).
func (s *Service) Coverage(ctx context.Context, release string) (comms.Coverage, error) {
	plan, err := s.Store.GetPlan(ctx, release)
	if err != nil {
		return comms.Coverage{}, err
	}
	templates, err := s.Store.ListTemplates(ctx)
	if err != nil {
		return comms.Coverage{}, err
	}
	return comms.CheckCoverage(plan, templates), nil
}
