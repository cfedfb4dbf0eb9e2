package split

import (
	"slices"
	"time"

	"rolloutdesk/backend/provider"
)

// normalize reduces a definition to the provider-neutral flag state.
func normalize(ws Workspace, env Environment, d Definition) provider.FlagState {
	serving := make([]provider.Allocation, len(d.DefaultRule))
	for i, b := range d.DefaultRule {
		serving[i] = provider.Allocation{Variation: b.Treatment, Percent: b.Size}
	}
	targets := 0
	segments := []string{}
	for _, t := range d.Treatments {
		targets += len(t.Keys)
		segments = append(segments, t.Segments...)
	}
	for _, r := range d.Rules {
		for _, m := range r.Condition.Matchers {
			if m.Type == "IN_SEGMENT" {
				if m.String != "" {
					segments = append(segments, m.String)
				}
				segments = append(segments, m.Strings...)
			}
		}
	}
	slices.Sort(segments)
	var lastEvaluated *time.Time
	if d.LastTrafficReceivedAt != 0 {
		t := time.UnixMilli(d.LastTrafficReceivedAt).UTC()
		lastEvaluated = &t
	}
	return provider.FlagState{
		Provider:      provider.Split,
		Project:       ws.Name,
		Environment:   env.Name,
		Key:           d.Name,
		Name:          d.Name,
		On:            !d.Killed,
		Serving:       serving,
		OffVariation:  d.DefaultTreatment,
		Rules:         len(d.Rules),
		Targets:       targets,
		Segments:      slices.Compact(segments),
		LastModified:  time.UnixMilli(d.LastUpdateTime).UTC(),
		LastEvaluated: lastEvaluated,
	}
}
