package communications

import (
	"context"
	"fmt"

	"rolloutdesk/backend/comms"
)

// RefreshStarters brings the starter templates nobody edited up to this
// version of the app, so a workspace made by an older version gets the
// improved wording too (the support guide once pointed to a customer lookup
// that does not exist). A template someone saved, imported or deleted is
// left as it is. It reports how many it replaced; the support index follows.
func (s *Service) RefreshStarters(ctx context.Context) (int, error) {
	starters, err := comms.Starter()
	if err != nil {
		return 0, fmt.Errorf("refresh starter templates: %w", err)
	}
	stored, err := s.Store.ListTemplates(ctx)
	if err != nil {
		return 0, fmt.Errorf("refresh starter templates: %w", err)
	}
	unedited := map[string]string{}
	for _, t := range stored {
		if t.Builtin {
			unedited[t.Name] = t.Source
		}
	}
	replaced := 0
	for _, t := range starters {
		if source, ok := unedited[t.Name]; !ok || source == t.Source {
			continue
		}
		if _, err := s.Store.SaveTemplate(ctx, t); err != nil {
			return replaced, fmt.Errorf("refresh starter template %s: %w", t.Name, err)
		}
		replaced++
	}
	if replaced == 0 || s.Index == nil {
		return replaced, nil
	}
	s.Log.Info("starter templates refreshed", "replaced", replaced)
	return replaced, s.Index.Reindex(ctx)
}
