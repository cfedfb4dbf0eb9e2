// Package provider defines the normalized flag state that every feature-flag
// provider (LaunchDarkly, Split, the built-in demo) is reduced to, and the
// small interface a provider implements so the sync engine can pull from it.
package provider

import (
	"context"
	"time"
)

// Provider names as they appear in the store, the CLI and JSON output.
const (
	LaunchDarkly = "launchdarkly"
	Split        = "split"
	Demo         = "demo"
)

// Allocation is the share of the default rule served to one variation.
type Allocation struct {
	// Variation is the variation's display name: LaunchDarkly's name when set,
	// otherwise its value as text; Split's treatment name.
	Variation string `json:"variation"`
	// Percent is 0–100 (LaunchDarkly weights / 1000; Split bucket sizes).
	Percent float64 `json:"percent"`
}

// FlagState is one flag in one environment of one project, as last read from
// its provider. Field names and JSON tags are a public contract: scripts read
// `rolloutdesk flags --json`.
type FlagState struct {
	Provider    string `json:"provider"`
	Project     string `json:"project"`     // LaunchDarkly project key or Split workspace name
	Environment string `json:"environment"` // LaunchDarkly environment key or Split environment name
	Key         string `json:"key"`
	Name        string `json:"name"`
	// On is LaunchDarkly's environments.<env>.on, or "not killed" for Split.
	On bool `json:"on"`
	// Serving is the default rule (LaunchDarkly fallthrough, Split defaultRule),
	// kept as configured even when the flag is off or killed.
	Serving []Allocation `json:"serving"`
	// OffVariation is what everyone gets when the flag is off (LaunchDarkly
	// offVariation, Split defaultTreatment).
	OffVariation string `json:"off_variation"`
	Rules        int    `json:"rules"`   // targeting rules
	Targets      int    `json:"targets"` // individually targeted keys
	// Segments is sorted and unique.
	Segments      []string   `json:"segments"`
	LastModified  time.Time  `json:"last_modified"`
	LastEvaluated *time.Time `json:"last_evaluated"`
	Archived      bool       `json:"archived"`
	Version       *int       `json:"version"` // LaunchDarkly environment version; nil for Split
}

// ID identifies a flag state across syncs.
type ID struct {
	Provider    string `json:"provider"`
	Project     string `json:"project"`
	Environment string `json:"environment"`
	Key         string `json:"key"`
}

// ID returns the identity of s.
func (s FlagState) ID() ID {
	return ID{s.Provider, s.Project, s.Environment, s.Key}
}

// PercentServing returns the share of the default rule that serves variation,
// or 0 when the variation is not in the rule.
func (s FlagState) PercentServing(variation string) float64 {
	var total float64
	for _, a := range s.Serving {
		if a.Variation == variation {
			total += a.Percent
		}
	}
	return total
}

// Scope says what one sync reads: a project (LaunchDarkly project key or
// Split workspace name or id) and the environments in it; none means all.
type Scope struct {
	Project      string
	Environments []string
}

// Progress reports how far a fetch has come. Done never exceeds Total; Total
// may grow as paging reveals more work.
type Progress struct {
	Done, Total int
	Message     string
}

// ProgressFunc receives progress reports. It must not block.
type ProgressFunc func(Progress)

// Source is anything that can produce the current flag state for a scope.
type Source interface {
	// Name is the provider name (LaunchDarkly, Split or Demo).
	Name() string
	// Fetch reads every flag in scope. It returns either the whole state or an
	// error, never a partial result; it stops promptly when ctx is cancelled.
	Fetch(ctx context.Context, scope Scope, report ProgressFunc) ([]FlagState, error)
}
