package demo

import (
	"context"
	"hash/fnv"
	"math"
	"time"

	"rolloutdesk/backend/provider"
)

// dailyEvaluations is about how many times a demo flag is evaluated a day in
// each environment.
var dailyEvaluations = map[string]int64{Production: 20_000, Staging: 600}

// EvaluationUsage implements provider.UsageReader: each day's evaluations
// follow what the flag served at that point of the demo story — its off
// variation while off, its default rule's shares while on — with a steady
// jitter, so the demo shows adoption next to drift.
func (s Source) EvaluationUsage(_ context.Context, project, environment, key string, from, to time.Time) ([]provider.UsageDay, error) {
	if project != Project {
		return nil, &UnknownError{What: "project", Name: project, Known: []string{Project}}
	}
	base, ok := dailyEvaluations[environment]
	if !ok {
		return nil, &UnknownError{What: "environment", Name: environment, Known: Environments}
	}
	now := s.Now()
	start := s.Anchor.Add(-stageStart[prelaunch])
	var out []provider.UsageDay
	for day := utcDay(from); day.Before(to) && !day.After(now); day = day.AddDate(0, 0, 1) {
		if day.Before(utcDay(start)) {
			continue
		}
		state, found := s.stateOn(day, environment, key)
		if !found {
			return nil, &UnknownError{What: "flag", Name: key, Known: flagKeys()}
		}
		total := jitter(base, key+environment+day.Format(time.DateOnly))
		serving := state.Serving
		if !state.On {
			serving = []provider.Allocation{{Variation: state.OffVariation, Percent: 100}}
		}
		for _, a := range serving {
			out = append(out, provider.UsageDay{Day: day, Variation: a.Variation, Evaluations: int64(math.Round(float64(total) * a.Percent / 100))})
		}
	}
	return out, nil
}

// stateOn is a flag's state at the end of day in the demo story.
func (s Source) stateOn(day time.Time, environment, key string) (provider.FlagState, bool) {
	end := day.Add(24*time.Hour - time.Second)
	at := prelaunch
	for _, st := range []stage{internal, beta} {
		if !end.Before(s.Anchor.Add(-stageStart[st])) {
			at = st
		}
	}
	for _, st := range statesAt(at, s.Anchor, s.Now()) {
		if st.Environment == environment && st.Key == key {
			if at == beta {
				st = s.Overrides.apply(st)
			}
			return st, true
		}
	}
	return provider.FlagState{}, false
}

// jitter varies n by up to ±10%, the same way for the same seed.
func jitter(n int64, seed string) int64 {
	h := fnv.New32a()
	h.Write([]byte(seed))
	return n + n*int64(h.Sum32()%21)/100 - n/10
}

// utcDay is t's date as midnight UTC.
func utcDay(t time.Time) time.Time { return *dayOf(t.UTC()) }
