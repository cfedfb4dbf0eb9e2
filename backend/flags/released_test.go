package flags

import (
	"testing"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/store"
)

func TestChooseReleased(t *testing.T) {
	alloc := func(pairs ...any) []provider.Allocation {
		var out []provider.Allocation
		for i := 0; i < len(pairs); i += 2 {
			out = append(out, provider.Allocation{Variation: pairs[i].(string), Percent: pairs[i+1].(float64)})
		}
		return out
	}
	ld := func(on bool, off string, serving []provider.Allocation) provider.FlagState {
		return provider.FlagState{Provider: provider.LaunchDarkly, Project: "web", Environment: "production", Key: "checkout",
			On: on, OffVariation: off, Serving: serving, TrafficAllocation: 100}
	}
	sp := func(on bool, allocation float64, serving []provider.Allocation) provider.FlagState {
		return provider.FlagState{Provider: provider.Split, Project: "Web", Environment: "Production", Key: "checkout",
			On: on, OffVariation: "off", Serving: serving, TrafficAllocation: allocation}
	}
	linkTo := func(release string, s provider.FlagState, variation string) store.ReleaseLink {
		return store.ReleaseLink{Release: release, Link: domain.FlagLink{Provider: s.Provider, Project: s.Project,
			Environment: s.Environment, FlagKey: s.Key, Variation: variation}}
	}
	taken := ld(true, "false", alloc("true", 0.0, "false", 100.0))
	other := ld(true, "false", nil)
	other.Key = "other"
	tests := []struct {
		name  string
		state provider.FlagState
		links []store.ReleaseLink
		want  Released
	}{
		{"launchdarkly rollout taken to 0% follows true, not the dominant false", taken, nil,
			Released{Variation: "true", Percent: 0, Source: `assumed: boolean flag, so "true"`, Assumed: true}},
		{"launchdarkly fallthrough fixed to false is 0% true", ld(true, "false", alloc("false", 100.0)), nil,
			Released{Variation: "true", Percent: 0, Source: `assumed: boolean flag, so "true"`, Assumed: true}},
		{"launchdarkly rollout at 5%", ld(true, "false", alloc("true", 5.0, "false", 95.0)), nil,
			Released{Variation: "true", Percent: 5, Source: `assumed: boolean flag, so "true"`, Assumed: true}},
		{"launchdarkly flag off serves nobody the released variation", ld(false, "false", alloc("true", 100.0)), nil,
			Released{Variation: "true", Percent: 0, Source: `assumed: boolean flag, so "true"`, Assumed: true}},
		{"a release's link names the variation", ld(true, "control", alloc("control", 50.0, "semantic", 25.0, "hybrid", 25.0)),
			[]store.ReleaseLink{linkTo("search", ld(true, "control", nil), "hybrid")},
			Released{Variation: "hybrid", Percent: 25, Source: `variation "hybrid" named by release search`}},
		{"a link to another flag does not count", ld(true, "control", alloc("control", 50.0, "semantic", 50.0)),
			[]store.ReleaseLink{linkTo("other", other, "control")},
			Released{Variation: "semantic", Percent: 50, Source: `assumed: the first variation of the default rule (fallthrough) that is not the off variation "control"`, Assumed: true}},
		{"two releases naming different variations say so", taken,
			[]store.ReleaseLink{linkTo("a", taken, "true"), linkTo("b", taken, "false")},
			Released{Variation: "true", Percent: 0, Source: `variation "true" named by release a (release b names "false")`}},
		{"split treatment within a traffic allocation", sp(true, 50, alloc("on", 40.0, "off", 60.0)), nil,
			Released{Variation: "on", Percent: 20, Source: `assumed: the first treatment of the default rule that is not the default treatment "off"`, Assumed: true}},
		{"split treatment at 0% follows on", sp(true, 100, alloc("off", 100.0, "on", 0.0)), nil,
			Released{Variation: "on", Percent: 0, Source: `assumed: the first treatment of the default rule that is not the default treatment "off"`, Assumed: true}},
		{"split killed", sp(false, 100, alloc("on", 100.0)), nil,
			Released{Variation: "on", Percent: 0, Source: `assumed: the first treatment of the default rule that is not the default treatment "off"`, Assumed: true}},
		{"split linked treatment", sp(true, 100, alloc("v1", 10.0, "v2", 90.0)), []store.ReleaseLink{linkTo("r", sp(true, 100, nil), "v2")},
			Released{Variation: "v2", Percent: 90, Source: `treatment "v2" named by release r`}},
		{"split default rule with only the default treatment releases nothing", sp(true, 100, alloc("off", 100.0)), nil,
			Released{Percent: 0, Assumed: true, Source: `assumed: the default rule holds only the default treatment "off", so no treatment is being released`}},
		{"a variation named off is passed over", ld(true, "", alloc("off", 90.0, "on", 10.0)), nil,
			Released{Variation: "on", Percent: 10, Source: `assumed: the first variation of the default rule (fallthrough) that is not the off variation ""`, Assumed: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ChooseReleased(tt.state, tt.links); got != tt.want {
				t.Errorf("ChooseReleased =\n%+v\nwant\n%+v", got, tt.want)
			}
		})
	}
}
