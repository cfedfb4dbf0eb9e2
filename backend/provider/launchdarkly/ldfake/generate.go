package ldfake

import (
	"encoding/json"
	"fmt"
	"time"
)

// GenerateOptions describes a synthetic project.
type GenerateOptions struct {
	// Project is the project key. Default "synthetic".
	Project string
	// Environments are its environment keys. Default production, staging,
	// development.
	Environments []string
	// Flags is how many flags to create.
	Flags int
	// Archived is how many of them, the last ones, are archived (and so
	// listed only with filter=state:archived). Default none.
	Archived int
	// Segments is how many segments each environment gets; rules refer to
	// them. Default 5.
	Segments int
}

// GeneratedAt is the lastRequested time of generated flag statuses: flag i
// was last requested i minutes before it.
var GeneratedAt = time.Date(2026, 1, 15, 12, 0, 0, 0, time.UTC)

// Generate adds a project with synthetic, deterministic flags of five
// shapes in turn (flag i has shape i%5):
//
//	0: boolean, serving true, off variation false
//	1: boolean, 60/40 rollout, two targets, a rule on a segment
//	2: three strings red/green/blue, a 33.334/33.333/33.333 rollout, a rule
//	   with a rollout, a context target
//	3: numbers 0/25/100 named Low/Mid/High, serving Mid, two rules
//	4: JSON objects, serving the first, no off variation
//
// A flag is on in environment e when (i+e) is even. In every environment,
// flags with i%3 != 2 have been requested (see GeneratedAt); the others
// report "new" with no lastRequested.
func (s *Server) Generate(o GenerateOptions) error {
	if o.Project == "" {
		o.Project = "synthetic"
	}
	if len(o.Environments) == 0 {
		o.Environments = []string{"production", "staging", "development"}
	}
	if o.Segments <= 0 {
		o.Segments = 5
	}
	if err := s.AddProject(o.Project, "Synthetic "+o.Project); err != nil {
		return err
	}
	for _, env := range o.Environments {
		if err := s.AddEnvironment(o.Project, env, env); err != nil {
			return err
		}
		segs := make([]map[string]any, o.Segments)
		for j := range segs {
			segs[j] = map[string]any{"key": segmentKey(j), "name": fmt.Sprintf("Segment %d", j),
				"included": []string{fmt.Sprintf("user-%d", j)}}
		}
		if err := addJSON(segs, func(b []byte) error { return s.AddSegmentsJSON(o.Project, env, b) }); err != nil {
			return err
		}
	}
	flags := make([]map[string]any, o.Flags)
	for i := range flags {
		flags[i] = syntheticFlag(i, o.Environments, o.Segments)
		flags[i]["archived"] = i >= o.Flags-o.Archived
	}
	if err := addJSON(flags, func(b []byte) error { return s.AddFlagsJSON(o.Project, b) }); err != nil {
		return err
	}
	for i := range o.Flags {
		if i%3 == 2 {
			continue
		}
		for _, env := range o.Environments {
			st := FlagStatus{Name: "active", LastRequested: GeneratedAt.Add(-time.Duration(i) * time.Minute)}
			if err := s.SetFlagStatus(o.Project, env, flagKey(i), st); err != nil {
				return err
			}
		}
	}
	return nil
}

// addJSON encodes v and hands it to add.
func addJSON(v any, add func([]byte) error) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return add(b)
}

func flagKey(i int) string    { return fmt.Sprintf("flag-%05d", i) }
func segmentKey(j int) string { return fmt.Sprintf("segment-%d", j) }

// syntheticFlag is flag i of Generate, configured in envs.
func syntheticFlag(i int, envs []string, segments int) map[string]any {
	type obj = map[string]any
	variation := func(v any, name string) obj {
		o := obj{"_id": fakeID("variation", flagKey(i), fmt.Sprint(v)), "value": v}
		if name != "" {
			o["name"] = name
		}
		return o
	}
	rollout := func(weights ...int) obj {
		vs := make([]obj, len(weights))
		for j, w := range weights {
			vs[j] = obj{"variation": j, "weight": w}
		}
		return obj{"rollout": obj{"variations": vs, "contextKind": "user"}}
	}
	clause := func(attribute, op string, values ...any) obj {
		return obj{"attribute": attribute, "op": op, "values": values, "contextKind": "user", "negate": false}
	}
	rule := func(serve obj, clauses ...obj) obj {
		r := obj{"_id": fakeID("rule", flagKey(i), fmt.Sprint(clauses)), "clauses": clauses, "trackEvents": false}
		for k, v := range serve {
			r[k] = v
		}
		return r
	}
	fixed := func(v int) obj { return obj{"variation": v} }
	target := func(v int, keys ...string) obj { return obj{"variation": v, "values": keys, "contextKind": "user"} }
	segment := segmentKey(i % segments)

	var variations []obj
	cfg := obj{}
	switch i % 5 {
	case 0:
		variations = []obj{variation(true, ""), variation(false, "")}
		cfg = obj{"fallthrough": fixed(0), "offVariation": 1}
	case 1:
		variations = []obj{variation(true, ""), variation(false, "")}
		cfg = obj{"fallthrough": rollout(60000, 40000), "offVariation": 1,
			"targets": []obj{target(0, "user-a", "user-b")},
			"rules":   []obj{rule(fixed(0), clause("segmentMatch", "segmentMatch", segment))}}
	case 2:
		variations = []obj{variation("red", ""), variation("green", ""), variation("blue", "")}
		cfg = obj{"fallthrough": rollout(33334, 33333, 33333), "offVariation": 0,
			"contextTargets": []obj{{"variation": 2, "values": []string{"org-1"}, "contextKind": "organization"}},
			"rules":          []obj{rule(rollout(50000, 50000, 0), clause("country", "in", "NL", "DE"))}}
	case 3:
		variations = []obj{variation(0, "Low"), variation(25, "Mid"), variation(100, "High")}
		cfg = obj{"fallthrough": fixed(1), "offVariation": 0, "rules": []obj{
			rule(fixed(2), clause("plan", "in", "enterprise")),
			rule(fixed(0), clause("email", "endsWith", "@example.com"), clause("segmentMatch", "segmentMatch", segment)),
		}}
	case 4:
		variations = []obj{variation(obj{"limit": 10}, ""), variation(obj{"limit": 100}, "")}
		cfg = obj{"fallthrough": fixed(0)}
	}
	environments := obj{}
	for e, env := range envs {
		c := obj{"on": (i+e)%2 == 0, "version": 1 + i%7, "lastModified": seedEpoch + int64(i)*1000}
		for k, v := range cfg {
			c[k] = v
		}
		environments[env] = c
	}
	return obj{
		"key":          flagKey(i),
		"name":         fmt.Sprintf("Flag %d", i),
		"variations":   variations,
		"environments": environments,
		"tags":         []string{fmt.Sprintf("team-%d", i%4)},
	}
}
