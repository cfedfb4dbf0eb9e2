package split

import (
	"slices"
	"time"

	"rolloutdesk/backend/provider"
)

// allTraffic is the traffic allocation of a definition that has none.
const allTraffic = 100

// normalize reduces a definition read from env of ws to the
// provider-neutral flag state, labelled with ws's name and the
// environment's name as d reports it.
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
	allocation := float64(allTraffic)
	if d.TrafficAllocation != nil {
		allocation = *d.TrafficAllocation
	}
	return provider.FlagState{
		Provider:      provider.Split,
		Project:       ws.Name,
		Environment:   reportedEnvironment(env, d).Name,
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
		// Split has no prerequisites; a dependency on another flag is a
		// matcher of a rule.
		Prerequisites:     []provider.Prerequisite{},
		TrafficAllocation: allocation,
	}
}
