package readiness

import (
	"fmt"
	"math"
)

// FlagAdoption is what a provider observed of one linked flag: how many
// evaluations it had lately and which share of them got the released
// variation, next to the share configured.
type FlagAdoption struct {
	Key         string `json:"key"`
	Environment string `json:"environment"`
	Provider    string `json:"provider"`
	// Configured is the share of traffic the flag is set to give the
	// released variation (its effective exposure).
	Configured float64 `json:"configured"`
	// Evaluations in the days observed; ObservedShare is the percent of
	// them served the released variation. Both are meaningful only when
	// Unavailable is empty and Evaluations > 0.
	Evaluations   int64   `json:"evaluations"`
	ObservedShare float64 `json:"observed_share"`
	Days          int     `json:"days"`
	// Unavailable says why there is no usage data, e.g. "Split's Admin API
	// has no evaluation counts"; empty when there is.
	Unavailable string `json:"unavailable"`
}

// observedTolerance is how far, in percentage points, the observed share may
// stray from the configured one before the reason says so: bucketing and
// uneven traffic across a day make small differences normal.
const observedTolerance = 5

// adoptionReasons reports each flag's adoption, informing the verdict
// without changing it.
func adoptionReasons(flags []FlagAdoption) []Reason {
	out := make([]Reason, 0, len(flags))
	for _, f := range flags {
		r := Reason{Kind: KindAdoption, Text: fmt.Sprintf("%s in %s", f.Key, f.Environment)}
		switch {
		case f.Unavailable != "":
			r.Status, r.Detail = Unknown, f.Unavailable
		case f.Evaluations == 0:
			r.Status, r.Detail = Unknown, fmt.Sprintf("No evaluations in the last %d days: nothing has asked for the flag yet", f.Days)
		default:
			r.Status = Pass
			if math.Abs(f.ObservedShare-f.Configured) > observedTolerance {
				r.Status = Fail
			}
			r.Detail = fmt.Sprintf("Configured %s, observed %s of %d evaluations in the last %d days",
				percent(f.Configured), percent(f.ObservedShare), f.Evaluations, f.Days)
		}
		out = append(out, r)
	}
	return out
}

func percent(p float64) string { return number(math.Round(p*10)/10) + "%" }
