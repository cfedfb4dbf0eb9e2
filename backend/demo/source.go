// Package demo provides the built-in demo workspace: a realistic release,
// "New checkout", and an offline provider whose flags tell a believable
// rollout story, so every screen shows something true with no credentials.
package demo

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"rolloutdesk/backend/provider"
)

// Project and environments served by the demo provider.
const (
	Project     = "web-store"
	Production  = "production"
	Staging     = "staging"
	releaseDays = 4 // the Beta 5% phase started this many days before seeding
)

// Environments the demo provider serves.
var Environments = []string{Production, Staging}

// stage is a point in the demo story.
type stage int

const (
	prelaunch stage = iota // new checkout built, off in production
	internal               // on for employees only
	beta                   // 5% of customers (the current state)
)

// stageStart is how long before now each stage began.
var stageStart = map[stage]time.Duration{
	prelaunch: 21 * 24 * time.Hour,
	internal:  14 * 24 * time.Hour,
	beta:      releaseDays * 24 * time.Hour,
}

// Source is the offline demo provider. It serves the current stage of the
// story relative to Anchor (the moment the demo was loaded).
type Source struct {
	Anchor time.Time
	Now    func() time.Time
	// Overrides are the changes made to demo flags through the app.
	Overrides Overrides
}

// Name implements provider.Source.
func (s Source) Name() string { return provider.Demo }

// Fetch implements provider.Source.
func (s Source) Fetch(ctx context.Context, scope provider.Scope, report provider.ProgressFunc) ([]provider.FlagState, error) {
	if scope.Project != Project {
		return nil, &UnknownError{What: "project", Name: scope.Project, Known: []string{Project}}
	}
	envs := scope.Environments
	if len(envs) == 0 {
		envs = Environments
	}
	for _, e := range envs {
		if !slices.Contains(Environments, e) {
			return nil, &UnknownError{What: "environment", Name: e, Known: Environments}
		}
	}
	var out []provider.FlagState
	for i, env := range envs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		for _, st := range statesAt(beta, s.Anchor, s.Now()) {
			if st.Environment == env {
				out = append(out, s.Overrides.apply(st))
			}
		}
		report(provider.Progress{Done: i + 1, Total: len(envs), Message: "Read demo flags in " + env})
	}
	return out, nil
}

// UnknownError names something the demo provider does not have.
type UnknownError struct {
	What, Name string
	Known      []string
}

func (e *UnknownError) Error() string {
	known := make([]string, len(e.Known))
	for i, k := range e.Known {
		known[i] = strconv.Quote(k)
	}
	return fmt.Sprintf("demo provider has no %s %q; it has %s", e.What, e.Name, strings.Join(known, ", "))
}
