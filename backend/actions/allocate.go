// Package actions changes flags through the providers on a person's behalf:
// the kill switch and its restore, and applying a phase's rollout when a
// release advances or rolls back. Every action reads the flag first, writes,
// reads it again to report what really happened, records the new state and
// writes an audit event with who, when, before and after. A failed or
// refused write is reported as such, never as success.
package actions

import (
	"fmt"
	"math"
	"slices"

	"rolloutdesk/backend/provider"
)

// Allocate returns the default-rule split that serves variation to percent
// of traffic. The rest keeps the proportions the other variations had; when
// they had none, it goes to the off variation (or, if that is the released
// variation itself, to the first other one). Percentages are rounded to
// thousandths, LaunchDarkly's finest step, and add up to exactly 100.
func Allocate(current []provider.Allocation, variation string, percent float64, offVariation string) ([]provider.Allocation, error) {
	if percent < 0 || percent > 100 {
		return nil, fmt.Errorf("percent %v is outside 0–100", percent)
	}
	others := map[string]float64{}
	var order []string
	for _, a := range current {
		if a.Variation == variation {
			continue
		}
		if _, seen := others[a.Variation]; !seen {
			order = append(order, a.Variation)
		}
		others[a.Variation] += a.Percent
	}
	rest := 100 - percent
	var restTotal float64
	for _, v := range others {
		restTotal += v
	}
	if rest > 0 && restTotal == 0 {
		fallback := offVariation
		if fallback == variation || fallback == "" {
			if len(order) == 0 {
				return nil, fmt.Errorf("cannot serve %q to only %v%%: the flag has no other variation for the rest", variation, percent)
			}
			fallback = order[0]
		}
		if !slices.Contains(order, fallback) {
			order = append(order, fallback)
		}
		others = map[string]float64{fallback: 1}
		restTotal = 1
	}
	out := []provider.Allocation{{Variation: variation, Percent: round(percent)}}
	assigned := out[0].Percent
	for i, v := range order {
		share := round(rest * others[v] / restTotal)
		if i == len(order)-1 {
			share = round(100 - assigned) // the last one absorbs rounding
		}
		if share > 0 || others[v] > 0 {
			out = append(out, provider.Allocation{Variation: v, Percent: share})
			assigned += share
		}
	}
	return out, nil
}

func round(p float64) float64 { return math.Round(p*1000) / 1000 }
