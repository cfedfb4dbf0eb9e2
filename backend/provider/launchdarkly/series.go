package launchdarkly

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"time"

	"rolloutdesk/backend/provider"
)

// seriesList is LaunchDarkly's SeriesListRep, what the account usage API
// answers: points in time, each holding its epoch-millisecond "time" and a
// count for one or more series, keyed "0", "1" and so on; metadata[i]
// describes series i.
type seriesList struct {
	Metadata []map[string]json.RawMessage `json:"metadata"`
	Series   []map[string]int64           `json:"series"`
}

// timeField is the field of a series point that holds its time.
const timeField = "time"

// usageCell is one day's count of one variation, by index.
type usageCell struct {
	day       time.Time
	variation int
}

// dailyUsage sums the points of list, series of evaluations by variation of
// a flag whose variations are vs, by UTC day and variation, sorted by day
// and variation index. Every series a point carries counts, zeros
// included.
func dailyUsage(list seriesList, vs []Variation) ([]provider.UsageDay, error) {
	sums := map[usageCell]int64{}
	var cells []usageCell
	for _, point := range list.Series {
		ms, ok := point[timeField]
		if !ok {
			return nil, errors.New("a point of the evaluations series has no time")
		}
		t := time.UnixMilli(ms).UTC()
		day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
		for key, n := range point {
			if key == timeField {
				continue
			}
			v, err := seriesVariation(key, list.Metadata, vs)
			if err != nil {
				return nil, err
			}
			c := usageCell{day, v}
			if _, seen := sums[c]; !seen {
				cells = append(cells, c)
			}
			sums[c] += n
		}
	}
	slices.SortFunc(cells, func(a, b usageCell) int {
		return cmp.Or(a.day.Compare(b.day), cmp.Compare(a.variation, b.variation))
	})
	names := variationNames(vs)
	out := make([]provider.UsageDay, len(cells))
	for i, c := range cells {
		out[i] = provider.UsageDay{Day: c.day, Variation: nameAt(names, c.variation), Evaluations: sums[c]}
	}
	return out, nil
}

// seriesVariation is the index, among vs, of the variation that the
// evaluations series under key counts. Keys are series indexes ("0", "1",
// …), explained by the metadata entry at that index, whose shape the
// OpenAPI description leaves open: an entry that names a variation index
// ("variation") or a variation value ("value") is followed; otherwise the
// series index is the variation index, as LaunchDarkly numbers variations
// everywhere else.
func seriesVariation(key string, metadata []map[string]json.RawMessage, vs []Variation) (int, error) {
	i, err := strconv.Atoi(key)
	if err != nil || i < 0 {
		return 0, fmt.Errorf("the evaluations series has a key %q that is not a series index", key)
	}
	if i >= len(metadata) {
		return i, nil
	}
	var index *int
	if json.Unmarshal(metadata[i]["variation"], &index) == nil && index != nil {
		return *index, nil
	}
	if value, ok := metadata[i]["value"]; ok {
		if j := slices.IndexFunc(vs, func(v Variation) bool { return sameJSON(v.Value, value) }); j >= 0 {
			return j, nil
		}
	}
	return i, nil
}

// sameJSON reports whether a and b encode the same JSON value, whatever
// their spacing, key order or number spelling.
func sameJSON(a, b json.RawMessage) bool {
	var x, y any
	return json.Unmarshal(a, &x) == nil && json.Unmarshal(b, &y) == nil && reflect.DeepEqual(x, y)
}
