package ldfake

import (
	"encoding/json"
	"hash/fnv"
	"slices"
	"strconv"
	"time"
)

// seriesListRep is LaunchDarkly's SeriesListRep.
type seriesListRep struct {
	Links    map[string]link    `json:"_links"`
	Metadata []seriesMetadata   `json:"metadata"`
	Series   []map[string]int64 `json:"series"`
}

// seriesMetadata describes one series of evaluations: the variation it
// counts, by index and value. LaunchDarkly leaves the shape of its
// metadata entries undocumented; this one is the fake's.
type seriesMetadata struct {
	Variation int             `json:"variation"`
	Value     json.RawMessage `json:"value"`
}

// usageSeries encodes the evaluations of f in env of pr over win at time
// now; self is the request's path and query. Series i counts variation i.
//
// The counts are synthetic and deterministic: the flag is evaluated from 1
// to 10 times a minute (by a hash of project, environment and flag), up to
// now, as if it had always served what it serves now, split by
// shareOfTraffic. A flag that was never requested in env (its status has
// no lastRequested) was never evaluated.
func usageSeries(pr *project, env *environment, f *flag, win usageWindow, now time.Time, self string) []byte {
	var variations []struct {
		Value json.RawMessage `json:"value"`
	}
	_ = json.Unmarshal(f.top()["variations"], &variations) // newFlag checked them
	rep := seriesListRep{
		Links:    map[string]link{"self": jsonLink(self)},
		Metadata: make([]seriesMetadata, len(variations)),
		Series:   []map[string]int64{},
	}
	for i, v := range variations {
		rep.Metadata[i] = seriesMetadata{Variation: i, Value: v.Value}
	}
	shares := f.shareOfTraffic(pr.key, env, len(variations))
	rate := evaluationsPerMinute(pr, env, f)
	for _, p := range win.points(now) {
		end := p.end
		if now.Before(end) {
			end = now
		}
		total := rate * int64(end.Sub(p.start)/time.Minute)
		point := map[string]int64{"time": p.start.UnixMilli()}
		for i, n := range divide(total, shares) {
			point[strconv.Itoa(i)] = n
		}
		rep.Series = append(rep.Series, point)
	}
	b, _ := json.Marshal(rep)
	return b
}

// evaluationsPerMinute is how often f is evaluated in env of pr: from 1 to
// 10 times a minute, or never when its status there has no lastRequested.
func evaluationsPerMinute(pr *project, env *environment, f *flag) int64 {
	if env.statuses[f.key].LastRequested.IsZero() {
		return 0
	}
	h := fnv.New32a()
	h.Write([]byte(pr.key + "\x00" + env.key + "\x00" + f.key))
	return 1 + int64(h.Sum32()%10)
}

// shareOfTraffic is the weight, in thousandths of a percent, with which f
// serves each of its n variations in env of project projectKey: its off
// variation when off (nothing when it has none), its fallthrough when on.
// Rules and individual targets are not modelled.
func (f *flag) shareOfTraffic(projectKey string, env *environment, n int) []int {
	shares := make([]int, n)
	serve := func(i, weight int) {
		if i >= 0 && i < n {
			shares[i] += weight
		}
	}
	st := f.state(projectKey, env)
	switch ft := st.Fallthrough; {
	case !st.On:
		var off *int
		if json.Unmarshal(f.config(projectKey, env, false)["offVariation"], &off) == nil && off != nil {
			serve(*off, fullWeight)
		}
	case ft.Variation != nil:
		serve(*ft.Variation, fullWeight)
	case ft.Rollout != nil:
		for _, wv := range ft.Rollout.Variations {
			serve(wv.Variation, wv.Weight)
		}
	}
	return shares
}

// divide splits total by weights (out of fullWeight), rounding down, and
// gives what rounding left over to the largest weight, so that the parts
// add up to total whenever the weights add up to fullWeight.
func divide(total int64, weights []int) []int64 {
	parts := make([]int64, len(weights))
	var sum, given int64
	for i, w := range weights {
		parts[i] = total * int64(w) / fullWeight
		sum += int64(w)
		given += parts[i]
	}
	if sum == fullWeight {
		parts[slices.Index(weights, slices.Max(weights))] += total - given
	}
	return parts
}
