package provider

import (
	"context"
	"errors"
	"time"
)

// UsageDay is how many evaluations of a flag in one environment served one
// variation on one day.
type UsageDay struct {
	// Day is the day's midnight, UTC.
	Day time.Time `json:"day"`
	// Variation is the variation's display name, as in FlagState.Serving.
	Variation string `json:"variation"`
	// Evaluations is how many evaluations served Variation that day.
	Evaluations int64 `json:"evaluations"`
}

// UsageReader is a provider that can say how often a flag was evaluated,
// day by day and variation by variation. Callers ask it for the few flags
// they need: a sync never reads usage.
type UsageReader interface {
	// EvaluationUsage returns the daily evaluations of flag key of project
	// in environment from from (inclusive) to to (exclusive), sorted by day
	// and, within a day, in the order of the flag's variations: one
	// UsageDay for each day and variation the provider reported, zeros
	// included; days it reported nothing for are absent. A reader may
	// shorten the range to what the provider keeps (LaunchDarkly: the 30
	// days that end at to). When the provider, or the account's plan, has
	// no such data, the error wraps ErrUsageUnavailable and says why.
	EvaluationUsage(ctx context.Context, project, environment, key string, from, to time.Time) ([]UsageDay, error)
}

// ErrUsageUnavailable means that evaluation counts cannot be had from the
// provider (Split's Admin API has none) or with the account's plan or token
// (LaunchDarkly refusing its usage API): there is no data, which is not the
// same as zero evaluations.
var ErrUsageUnavailable = errors.New("evaluation counts are not available from the provider")
