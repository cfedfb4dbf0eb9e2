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
	// Prerequisites are the flags that must serve a given variation before
	// this one is evaluated (LaunchDarkly); empty, never nil, when none.
	Prerequisites []Prerequisite `json:"prerequisites"`
	// TrafficAllocation is the percentage (0–100) of traffic the targeting
	// applies to: Split's trafficAllocation ("limit exposure"); the rest gets
	// the default treatment. Always 100 for LaunchDarkly and the demo.
	TrafficAllocation float64 `json:"traffic_allocation"`
	// Purpose is LaunchDarkly's _purpose ("migration" for migration flags);
	// empty for an ordinary flag.
	Purpose string `json:"purpose,omitempty"`
	// EvaluationStatus is LaunchDarkly's flag status in the environment,
	// read on every sync: "new" (created less than 7 days ago, never
	// evaluated), "active" (evaluated, but serving several variations, off
	// or changed in the last 7 days), "inactive" (older than 7 days and not
	// evaluated in the last 7 days) or "launched" (evaluated, on, serving
	// one variation and unchanged for 7 days). Like LastEvaluated it moves
	// with traffic, not with the flag's configuration. Empty for providers
	// without one (Split, the demo) and for a flag LaunchDarkly reports no
	// status for.
	EvaluationStatus string `json:"evaluation_status,omitempty"`
}

// PurposeMigration marks a LaunchDarkly migration flag, whose stages are its
// variations and whose fallthrough must be written as a rollout.
const PurposeMigration = "migration"

// Prerequisite is one flag a flag depends on: the prerequisite flag must be
// on and serve Variation (named as in Allocation.Variation) to a context for
// the dependent flag to be evaluated; otherwise the dependent serves its off
// variation.
type Prerequisite struct {
	Key       string `json:"key"`
	Variation string `json:"variation"`
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

// EffectiveExposure is the share (0–100) of all traffic that gets variation
// while the flag is on: its share of the default rule within the traffic
// allocation, plus the traffic outside the allocation when variation is also
// the default treatment (OffVariation), which that traffic gets.
func (s FlagState) EffectiveExposure(variation string) float64 {
	exposure := s.PercentServing(variation) * s.TrafficAllocation / 100
	if variation == s.OffVariation {
		exposure += 100 - s.TrafficAllocation
	}
	return exposure
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
