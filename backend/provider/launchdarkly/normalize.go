package launchdarkly

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"rolloutdesk/backend/provider"
)

// draft is a FlagState whose prerequisites are not named yet: naming them
// takes the variations of other flags (see named), which a listing may
// deliver on a later page.
type draft struct {
	state         provider.FlagState
	prerequisites []Prerequisite
}

// normalize reduces flag f's configuration cfg in environment env of project
// to a draft of its FlagState. names are f's variation display names
// (variationNames).
func normalize(project, env string, f *Flag, cfg *FlagConfig, names []string) draft {
	s := provider.FlagState{
		Provider:          provider.LaunchDarkly,
		Project:           project,
		Environment:       env,
		Key:               f.Key,
		Name:              f.Name,
		On:                cfg.On,
		Serving:           serving(cfg.Fallthrough, names),
		Rules:             len(cfg.Rules),
		Targets:           targetCount(cfg),
		Segments:          segmentKeys(cfg.Rules),
		LastModified:      time.UnixMilli(cfg.LastModified).UTC(),
		Archived:          f.Archived,
		Version:           new(cfg.Version), // a copy: &cfg.Version would keep cfg's rules alive
		TrafficAllocation: 100,              // LaunchDarkly has no traffic allocation
		Purpose:           f.Purpose,
	}
	if cfg.OffVariation != nil {
		s.OffVariation = nameAt(names, *cfg.OffVariation)
	}
	return draft{state: s, prerequisites: cfg.Prerequisites}
}

// serving is the fallthrough as allocations: a fixed variation gets 100%, a
// rollout gives each variation weight/1000 percent. A summary-mode config
// has no fallthrough and serves an empty list.
func serving(ft *VariationOrRollout, names []string) []provider.Allocation {
	out := []provider.Allocation{}
	switch {
	case ft == nil:
	case ft.Rollout != nil:
		for _, wv := range ft.Rollout.Variations {
			out = append(out, provider.Allocation{Variation: nameAt(names, wv.Variation), Percent: float64(wv.Weight) / 1000})
		}
	case ft.Variation != nil:
		out = append(out, provider.Allocation{Variation: nameAt(names, *ft.Variation), Percent: 100})
	}
	return out
}

// targetCount counts the individually targeted values across targets and
// contextTargets. Values are counted, not deduplicated: LaunchDarkly lets a
// context key be targeted by only one variation per context kind, and lists
// user targets in targets while leaving their contextTargets entries empty,
// so a plain count is already the number of distinct targeted contexts.
func targetCount(cfg *FlagConfig) int {
	n := 0
	for _, t := range cfg.Targets {
		n += len(t.Values)
	}
	for _, t := range cfg.ContextTargets {
		n += len(t.Values)
	}
	return n
}

// segmentKeys returns, sorted and unique, the segments that rules refer to
// through segmentMatch clauses, negated ones included: a flag that excludes
// a segment still depends on it.
func segmentKeys(rules []Rule) []string {
	keys := []string{}
	for _, r := range rules {
		for _, cl := range r.Clauses {
			if cl.Op != "segmentMatch" {
				continue
			}
			for _, v := range cl.Values {
				var key string
				if json.Unmarshal(v, &key) == nil {
					keys = append(keys, key)
				}
			}
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// variationNames returns the display name of each variation: its name when
// set, otherwise its value as text.
func variationNames(vs []Variation) []string {
	names := make([]string, len(vs))
	for i, v := range vs {
		names[i] = v.Name
		if names[i] == "" {
			names[i] = valueText(v.Value)
		}
	}
	return names
}

// valueText renders a variation value: strings unquoted, other JSON values
// (true, 25, null, {"a":1}) as compact JSON.
func valueText(raw json.RawMessage) string {
	var s string
	if trimmed := bytes.TrimSpace(raw); len(trimmed) > 0 && trimmed[0] == '"' && json.Unmarshal(trimmed, &s) == nil {
		return s
	}
	var b bytes.Buffer
	if json.Compact(&b, raw) != nil {
		return string(raw)
	}
	return b.String()
}

// nameAt is the display name of variation index i, tolerating an index the
// flag does not have.
func nameAt(names []string, i int) string {
	if i < 0 || i >= len(names) {
		return fmt.Sprintf("variation %d", i)
	}
	return names[i]
}
