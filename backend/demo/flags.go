package demo

import (
	"time"

	"rolloutdesk/backend/provider"
)

// flagDef describes one demo flag; serve returns its targeting at a stage.
type flagDef struct {
	key, name string
	off       string
	archived  bool
	serve     func(env string, at stage) targeting
}

type targeting struct {
	on       bool
	serving  []provider.Allocation
	rules    int
	targets  int
	segments []string
	changed  stage // the stage at which this targeting was last edited
}

func split(a string, pa float64, b string) []provider.Allocation {
	return []provider.Allocation{{Variation: a, Percent: pa}, {Variation: b, Percent: 100 - pa}}
}

func all(v string) []provider.Allocation { return []provider.Allocation{{Variation: v, Percent: 100}} }

var flags = []flagDef{
	{key: "new-checkout", name: "New checkout", off: "false", serve: func(env string, at stage) targeting {
		if env == Staging {
			return targeting{on: true, serving: all("true"), segments: []string{}}
		}
		switch at {
		case prelaunch:
			return targeting{on: false, serving: all("false"), segments: []string{}}
		case internal:
			return targeting{on: true, serving: all("false"), rules: 1, targets: 3, segments: []string{"employees"}, changed: internal}
		default:
			return targeting{on: true, serving: split("true", 5, "false"), rules: 2, targets: 3,
				segments: []string{"beta-testers", "employees"}, changed: beta}
		}
	}},
	{key: "checkout-express-pay", name: "Express pay in checkout", off: "off", serve: func(env string, at stage) targeting {
		if env == Staging {
			return targeting{on: true, serving: all("on"), segments: []string{}}
		}
		if at == internal {
			return targeting{on: true, serving: all("on"), rules: 1, segments: []string{"employees"}, changed: internal}
		}
		if at == prelaunch {
			return targeting{on: false, serving: all("off"), segments: []string{}}
		}
		// Someone ramped it to 2% instead of the planned 5%: the demo shows drift.
		return targeting{on: true, serving: split("on", 2, "off"), rules: 1, segments: []string{"beta-testers"}, changed: beta}
	}},
	{key: "search-v2", name: "Search ranking v2", off: "control", serve: func(env string, at stage) targeting {
		return targeting{on: true, serving: []provider.Allocation{
			{Variation: "control", Percent: 50}, {Variation: "semantic", Percent: 25}, {Variation: "hybrid", Percent: 25}},
			rules: 1, segments: []string{"internal-testers"}}
	}},
	{key: "dark-mode", name: "Dark mode", off: "false", serve: func(env string, at stage) targeting {
		return targeting{on: true, serving: all("true"), segments: []string{}}
	}},
	{key: "recommendations-ml", name: "ML recommendations", off: "legacy", serve: func(env string, at stage) targeting {
		if env == Staging {
			return targeting{on: true, serving: all("ml"), segments: []string{}}
		}
		return targeting{on: true, serving: split("ml", 30, "legacy"), rules: 2, targets: 12, segments: []string{"enterprise"}}
	}},
	{key: "pricing-banner", name: "Holiday pricing banner", off: "hidden", serve: func(env string, at stage) targeting {
		return targeting{on: env == Staging, serving: all("shown"), segments: []string{}}
	}},
	{key: "legacy-cart", name: "Legacy cart fallback", off: "false", archived: true, serve: func(env string, at stage) targeting {
		return targeting{on: false, serving: all("true"), segments: []string{}}
	}},
}

// statesAt returns every demo flag in every environment as it stood at stage
// st, for a demo anchored at anchor and read at now.
func statesAt(st stage, anchor, now time.Time) []provider.FlagState {
	var out []provider.FlagState
	for _, env := range Environments {
		for i, f := range flags {
			t := f.serve(env, st)
			modified := anchor.Add(-stageStart[t.changed]).Add(-time.Duration(i) * 37 * time.Minute).UTC().Truncate(time.Millisecond)
			version := 10 + int(t.changed)*7 + i
			state := provider.FlagState{
				Provider: provider.Demo, Project: Project, Environment: env, Key: f.key, Name: f.name,
				On: t.on, Serving: t.serving, OffVariation: f.off, Rules: t.rules, Targets: t.targets,
				Segments: t.segments, LastModified: modified, Archived: f.archived, Version: &version,
				Prerequisites: []provider.Prerequisite{}, TrafficAllocation: 100,
			}
			if t.on {
				evaluated := now.Add(-time.Duration(i+1) * 3 * time.Minute).UTC().Truncate(time.Second)
				state.LastEvaluated = &evaluated
			}
			out = append(out, state)
		}
	}
	return out
}
