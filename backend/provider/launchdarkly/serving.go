package launchdarkly

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"rolloutdesk/backend/provider"
)

// fullWeight is 100% in the thousandths of a percent that rollout weights
// are given in.
const fullWeight = 100000

// weightTolerance is how far, in percent, the allocations of a rollout may
// add up to other than 100: less than one weight unit.
const weightTolerance = 0.001

// fallthroughInstruction is the updateFallthroughVariationOrRollout
// instruction that makes f's fallthrough in env serve serving: by
// variationId when one variation gets everything, otherwise by
// rolloutWeights for every variation of f. A migration flag always gets
// rolloutWeights, even for one variation: LaunchDarkly takes no single
// variationId for its default cohort. A rollout keeps the context kind and
// bucketing attribute of the rollout it replaces.
func fallthroughInstruction(f *Flag, env string, serving []provider.Allocation) (instruction, error) {
	weights, err := rolloutWeights(f.Variations, serving)
	if err != nil {
		return instruction{}, err
	}
	in := instruction{Kind: "updateFallthroughVariationOrRollout"}
	if i := slices.Index(weights, fullWeight); i >= 0 && f.Purpose != provider.PurposeMigration {
		in.VariationID = f.Variations[i].ID
		return in, nil
	}
	in.RolloutWeights = make(map[string]int, len(weights))
	for i, w := range weights {
		in.RolloutWeights[f.Variations[i].ID] = w
	}
	if ft := f.Environments[env].Fallthrough; ft != nil && ft.Rollout != nil {
		in.RolloutContextKind, in.RolloutBucketBy = ft.Rollout.ContextKind, ft.Rollout.BucketBy
	}
	return in, nil
}

// rolloutWeights turns serving, whose variations are display names
// (variationNames), into a weight for each of vs in thousandths of a
// percent: rounded, with what rounding lost or gained given to the largest,
// so that they add up to exactly fullWeight. Shares of the same variation
// add up. A variation vs lacks, a share outside 0–100 or shares that do not
// add up to 100 are errors.
func rolloutWeights(vs []Variation, serving []provider.Allocation) ([]int, error) {
	names := variationNames(vs)
	percents := make([]float64, len(vs))
	total := 0.0
	for _, a := range serving {
		i := slices.Index(names, a.Variation)
		if i < 0 {
			return nil, fmt.Errorf("the flag has no variation %q; its variations are %s", a.Variation, quoted(names))
		}
		if !(a.Percent >= 0 && a.Percent <= 100) {
			return nil, fmt.Errorf("%s%% for variation %q is not between 0 and 100", formatPercent(a.Percent), a.Variation)
		}
		percents[i] += a.Percent
		total += a.Percent
	}
	if math.Abs(total-100) > weightTolerance {
		return nil, fmt.Errorf("the percentages add up to %s, not 100", formatPercent(total))
	}
	weights := make([]int, len(vs))
	sum, largest := 0, 0
	for i, p := range percents {
		weights[i] = int(math.Round(p * fullWeight / 100))
		sum += weights[i]
		if weights[i] > weights[largest] {
			largest = i
		}
	}
	weights[largest] += fullWeight - sum
	return weights, nil
}

// quoted lists names quoted, comma-separated.
func quoted(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = strconv.Quote(n)
	}
	return strings.Join(q, ", ")
}

// formatPercent writes p as briefly as it can be read back.
func formatPercent(p float64) string { return strconv.FormatFloat(p, 'f', -1, 64) }
