package split

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"rolloutdesk/backend/provider"
)

// wholeTolerance is how far from a whole number a percent may be and still
// count as one: float arithmetic, not a fraction anyone asked for.
const wholeTolerance = 1e-9

// defaultRule turns serving, whose variations are treatment names, into
// the buckets of a defaultRule: whole percents that add up to 100, in the
// order of serving, shares of the same treatment added up. A treatment
// the flag lacks, a share that is not a whole percent between 0 and 100,
// and shares that do not add up to 100 are errors.
func defaultRule(treatments []Treatment, serving []provider.Allocation) ([]Bucket, error) {
	var buckets []Bucket
	total := 0
	for _, a := range serving {
		if _, ok := findByIDOrName(treatments, a.Variation); !ok {
			return nil, fmt.Errorf("the flag has no treatment %q; its treatments are: %s", a.Variation, knownNames(treatments))
		}
		percent := strconv.FormatFloat(a.Percent, 'f', -1, 64)
		if !(a.Percent >= 0 && a.Percent <= 100) {
			return nil, fmt.Errorf("%s%% for treatment %q is not between 0 and 100", percent, a.Variation)
		}
		size := math.Round(a.Percent)
		if math.Abs(a.Percent-size) > wholeTolerance {
			return nil, fmt.Errorf("Split splits in whole percents; %s%% cannot be set", percent)
		}
		total += int(size)
		if i := slices.IndexFunc(buckets, func(b Bucket) bool { return b.Treatment == a.Variation }); i >= 0 {
			buckets[i].Size += size
		} else {
			buckets = append(buckets, Bucket{Treatment: a.Variation, Size: size})
		}
	}
	if total != 100 {
		return nil, fmt.Errorf("the percentages add up to %d, not 100", total)
	}
	return buckets, nil
}

// bucketsText describes buckets for people, e.g. "on 25%, off 75%".
func bucketsText(buckets []Bucket) string {
	parts := make([]string, len(buckets))
	for i, b := range buckets {
		parts[i] = fmt.Sprintf("%s %s%%", b.Treatment, strconv.FormatFloat(b.Size, 'f', -1, 64))
	}
	return strings.Join(parts, ", ")
}
