package plan

import (
	"context"
	"errors"
	"fmt"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/store"
)

// Store is where Import saves; *store.Store is one. GetPlan must wrap
// store.ErrNotFound for a release that does not exist yet.
type Store interface {
	GetPlan(ctx context.Context, key string) (domain.Plan, error)
	SavePlan(ctx context.Context, p domain.Plan) (int64, error)
}

// Import parses a plan file and, only when it is valid, saves it in one
// transaction, replacing the release with the same key. A rejected file
// writes nothing and returns Parse's *Error.
//
// What a plan file does not carry is kept from the release it replaces: the
// release's creation time and demo mark, and the started and ended times of
// each phase whose name and status are unchanged. Import returns the saved
// plan with its release id.
func Import(ctx context.Context, st Store, name string, data []byte) (domain.Plan, error) {
	p, err := Parse(name, data)
	if err != nil {
		return domain.Plan{}, err
	}
	switch old, err := st.GetPlan(ctx, p.Release.Key); {
	case err == nil:
		carryOver(&p, old)
	case !errors.Is(err, store.ErrNotFound):
		return domain.Plan{}, fmt.Errorf("import %s: %w", name, err)
	}
	if p.Release.ID, err = st.SavePlan(ctx, p); err != nil {
		return domain.Plan{}, fmt.Errorf("import %s: %w", name, err)
	}
	return p, nil
}

// carryOver copies into p what its file could not say, from old.
func carryOver(p *domain.Plan, old domain.Plan) {
	p.Release.CreatedAt, p.Release.Demo = old.Release.CreatedAt, old.Release.Demo
	for i := range p.Phases {
		ph := &p.Phases[i]
		for _, was := range old.Phases {
			if was.Name == ph.Name && was.Status == ph.Status {
				ph.StartedAt, ph.EndedAt = was.StartedAt, was.EndedAt
			}
		}
	}
}
