package split

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"rolloutdesk/backend/provider"
)

func TestNormalize(t *testing.T) {
	ws := Workspace{ID: "ws-1", Name: "Default"}
	env := Environment{ID: "env-1", Name: "Production"}
	lastUpdate := time.Date(2023, 11, 17, 5, 46, 40, 0, time.UTC)  // 1700200000000 ms
	lastTraffic := time.Date(2023, 11, 18, 9, 33, 20, 0, time.UTC) // 1700300000000 ms
	base := provider.FlagState{
		Provider: "split", Project: "Default", Environment: "Production",
		Key: "new_checkout", Name: "new_checkout", On: true,
		Serving:      []provider.Allocation{{Variation: "on", Percent: 10}, {Variation: "off", Percent: 90}},
		OffVariation: "off", Segments: []string{}, LastModified: lastUpdate,
		Prerequisites: []provider.Prerequisite{}, TrafficAllocation: 100,
	}
	with := func(edit func(*provider.FlagState)) provider.FlagState {
		s := base
		edit(&s)
		return s
	}
	tests := []struct {
		name string
		json string
		want provider.FlagState
	}{
		{"reference example", `{"name":"new_checkout","environment":{"id":"env-1","name":"Production"},
			"trafficType":{"id":"t","name":"user"},"killed":false,
			"treatments":[{"name":"on","configurations":"{\"color\":\"blue\"}","keys":["qa_user_1"],"segments":["employees"]},{"name":"off"}],
			"defaultTreatment":"off","baselineTreatment":"off","trafficAllocation":100,
			"rules":[{"condition":{"combiner":"AND","matchers":[{"type":"IN_SEGMENT","string":"beta_testers"}]},
			          "buckets":[{"treatment":"on","size":50},{"treatment":"off","size":50}]}],
			"defaultRule":[{"treatment":"on","size":10},{"treatment":"off","size":90}],
			"creationTime":1700000000000,"lastUpdateTime":1700200000000,"lastTrafficReceivedAt":1700300000000,
			"flagSets":[{"id":"f","type":"x"}],"impressionsDisabled":false}`,
			with(func(s *provider.FlagState) {
				s.Rules, s.Targets = 1, 1
				s.Segments = []string{"beta_testers", "employees"}
				s.LastEvaluated = &lastTraffic
			})},
		{"killed keeps serving", `{"name":"new_checkout","killed":true,"defaultTreatment":"off",
			"treatments":[{"name":"on"},{"name":"off"}],
			"defaultRule":[{"treatment":"on","size":10},{"treatment":"off","size":90}],
			"lastUpdateTime":1700200000000,"lastTrafficReceivedAt":0}`,
			with(func(s *provider.FlagState) { s.On = false })},
		{"segments union sorted unique, targets summed", `{"name":"new_checkout","defaultTreatment":"off",
			"treatments":[{"name":"on","keys":["a","b"],"segments":["zeta","alpha"]},{"name":"off","keys":["c"],"segments":["alpha"]}],
			"rules":[
			  {"condition":{"matchers":[{"type":"IN_SEGMENT","string":"beta"},{"type":"IN_LIST_STRING","attribute":"country","strings":["US"]}]},"buckets":[{"treatment":"on","size":100}]},
			  {"condition":{"matchers":[{"type":"IN_SEGMENT","strings":["zeta","gamma"]},{"type":"IN_SEGMENT","negate":true,"string":"beta"}]},"buckets":[{"treatment":"off","size":100}]}],
			"defaultRule":[{"treatment":"on","size":10},{"treatment":"off","size":90}],"lastUpdateTime":1700200000000}`,
			with(func(s *provider.FlagState) {
				s.Rules, s.Targets = 2, 3
				s.Segments = []string{"alpha", "beta", "gamma", "zeta"}
			})},
		{"no rules, no default rule, never evaluated", `{"name":"new_checkout","defaultTreatment":"off","lastUpdateTime":1700200000000}`,
			with(func(s *provider.FlagState) { s.Serving = []provider.Allocation{} })},
		{"limited exposure", `{"name":"new_checkout","defaultTreatment":"off","trafficAllocation":40,
			"defaultRule":[{"treatment":"on","size":10},{"treatment":"off","size":90}],"lastUpdateTime":1700200000000}`,
			with(func(s *provider.FlagState) { s.TrafficAllocation = 40 })},
		{"no exposure is not all of it", `{"name":"new_checkout","defaultTreatment":"off","trafficAllocation":0,
			"defaultRule":[{"treatment":"on","size":10},{"treatment":"off","size":90}],"lastUpdateTime":1700200000000}`,
			with(func(s *provider.FlagState) { s.TrafficAllocation = 0 })},
		{"fractional exposure", `{"name":"new_checkout","defaultTreatment":"off","trafficAllocation":12.5,
			"defaultRule":[{"treatment":"on","size":10},{"treatment":"off","size":90}],"lastUpdateTime":1700200000000}`,
			with(func(s *provider.FlagState) { s.TrafficAllocation = 12.5 })},
		{"the environment named as the definition reports it", `{"name":"new_checkout","environment":{"id":"env-1","name":"Prod EU"},
			"defaultTreatment":"off","defaultRule":[{"treatment":"on","size":10},{"treatment":"off","size":90}],"lastUpdateTime":1700200000000}`,
			with(func(s *provider.FlagState) { s.Environment = "Prod EU" })},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d Definition
			if err := json.Unmarshal([]byte(tt.json), &d); err != nil {
				t.Fatal(err)
			}
			got := normalize(ws, env, d)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
			if got.LastModified.Location() != time.UTC || (got.LastEvaluated != nil && got.LastEvaluated.Location() != time.UTC) {
				t.Error("times not in UTC")
			}
			if got.Archived || got.Version != nil {
				t.Error("archived or versioned")
			}
		})
	}
}
