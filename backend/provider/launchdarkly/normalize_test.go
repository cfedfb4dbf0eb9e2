package launchdarkly

import (
	"context"
	"encoding/json"
	"slices"
	"testing"
	"time"

	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/provider/launchdarkly/ldfake"
	"rolloutdesk/backend/provider/transport"
)

func TestValueText(t *testing.T) {
	tests := []struct {
		value string
		want  string
	}{
		{`true`, "true"},
		{`false`, "false"},
		{`"blue"`, "blue"},
		{`""`, ""},
		{`"say \"hi\""`, `say "hi"`},
		{`25`, "25"},
		{`-1.5`, "-1.5"},
		{`null`, "null"},
		{`{ "limit": 10,  "tier": "gold" }`, `{"limit":10,"tier":"gold"}`},
		{`[1, 2, 3]`, `[1,2,3]`},
	}
	for _, tt := range tests {
		if got := valueText(json.RawMessage(tt.value)); got != tt.want {
			t.Errorf("valueText(%s) = %q, want %q", tt.value, got, tt.want)
		}
	}
}

// TestNormalize seeds one flag per case into the fake (variations plus a
// production configuration), fetches it and compares the FlagState.
func TestNormalize(t *testing.T) {
	lastSeen := time.Date(2026, 1, 10, 8, 30, 0, 123_000_000, time.UTC)
	tests := []struct {
		name       string
		variations string
		config     string
		status     *ldfake.FlagStatus
		want       provider.FlagState
	}{
		{"boolean fixed", `[{"value":true},{"value":false}]`,
			`{"on":true,"version":7,"lastModified":1700000000123,"fallthrough":{"variation":0},"offVariation":1}`, nil,
			provider.FlagState{On: true, Serving: []provider.Allocation{{Variation: "true", Percent: 100}}, OffVariation: "false",
				Segments: []string{}, LastModified: time.UnixMilli(1700000000123).UTC(), Version: new(7)}},
		{"named variations win", `[{"value":1,"name":"Low"},{"value":2,"name":"High"}]`,
			`{"fallthrough":{"variation":1},"offVariation":0}`, nil,
			provider.FlagState{Serving: []provider.Allocation{{Variation: "High", Percent: 100}}, OffVariation: "Low"}},
		{"strings unquoted", `[{"value":"red"},{"value":"blue"}]`, `{"fallthrough":{"variation":1}}`, nil,
			provider.FlagState{Serving: []provider.Allocation{{Variation: "blue", Percent: 100}}}},
		{"numbers and objects", `[{"value":25},{"value":{"limit":10}}]`, `{"fallthrough":{"variation":0},"offVariation":1}`, nil,
			provider.FlagState{Serving: []provider.Allocation{{Variation: "25", Percent: 100}}, OffVariation: `{"limit":10}`}},
		{"rollout weights to percent, kept when off", `[{"value":true},{"value":false}]`,
			`{"on":false,"fallthrough":{"rollout":{"variations":[{"variation":0,"weight":60000},{"variation":1,"weight":40000}]}},"offVariation":1}`, nil,
			provider.FlagState{Serving: []provider.Allocation{{Variation: "true", Percent: 60}, {Variation: "false", Percent: 40}}, OffVariation: "false"}},
		{"thousandths of a percent", `[{"value":"a"},{"value":"b"},{"value":"c"}]`,
			`{"fallthrough":{"rollout":{"variations":[{"variation":0,"weight":33334},{"variation":1,"weight":33333},{"variation":2,"weight":33333}]}}}`, nil,
			provider.FlagState{Serving: []provider.Allocation{{Variation: "a", Percent: 33.334}, {Variation: "b", Percent: 33.333}, {Variation: "c", Percent: 33.333}}}},
		{"no off variation", `[{"value":1},{"value":2}]`, `{"fallthrough":{"variation":0}}`, nil,
			provider.FlagState{Serving: []provider.Allocation{{Variation: "1", Percent: 100}}, OffVariation: ""}},
		{"segments from segmentMatch clauses", `[{"value":true},{"value":false}]`,
			`{"rules":[
				{"clauses":[{"attribute":"segmentMatch","op":"segmentMatch","values":["beta","alpha"],"negate":false}],"variation":0,"trackEvents":false},
				{"clauses":[{"attribute":"email","op":"endsWith","values":["@x.com"],"negate":false},
				            {"attribute":"segmentMatch","op":"segmentMatch","values":["beta","staff"],"negate":true}],"variation":1,"trackEvents":false},
				{"clauses":[{"attribute":"age","op":"greaterThan","values":[30],"negate":false}],"rollout":{"variations":[{"variation":0,"weight":100000}]},"trackEvents":false}
			],"fallthrough":{"variation":1}}`, nil,
			provider.FlagState{Rules: 3, Segments: []string{"alpha", "beta", "staff"}, Serving: []provider.Allocation{{Variation: "false", Percent: 100}}}},
		{"targets counted across targets and contextTargets", `[{"value":true},{"value":false}]`,
			`{"targets":[{"values":["u1","u2"],"variation":0,"contextKind":"user"},{"values":["u3"],"variation":1,"contextKind":"user"}],
			  "contextTargets":[{"values":[],"variation":0,"contextKind":"user"},{"values":["org-1","org-2"],"variation":1,"contextKind":"organization"}],
			  "fallthrough":{"variation":0}}`, nil,
			provider.FlagState{Targets: 5, Serving: []provider.Allocation{{Variation: "true", Percent: 100}}}},
		{"lastRequested becomes last_evaluated", `[{"value":true},{"value":false}]`, `{"fallthrough":{"variation":0}}`,
			&ldfake.FlagStatus{Name: "active", LastRequested: lastSeen},
			provider.FlagState{LastEvaluated: &lastSeen, EvaluationStatus: "active", Serving: []provider.Allocation{{Variation: "true", Percent: 100}}}},
		{"no lastRequested: nil", `[{"value":true},{"value":false}]`, `{"fallthrough":{"variation":0}}`,
			&ldfake.FlagStatus{Name: "new"},
			provider.FlagState{EvaluationStatus: "new", Serving: []provider.Allocation{{Variation: "true", Percent: 100}}}},
		{"launched", `[{"value":true},{"value":false}]`, `{"on":true,"fallthrough":{"variation":0}}`,
			&ldfake.FlagStatus{Name: "launched", LastRequested: lastSeen},
			provider.FlagState{On: true, LastEvaluated: &lastSeen, EvaluationStatus: "launched", Serving: []provider.Allocation{{Variation: "true", Percent: 100}}}},
		{"inactive", `[{"value":true},{"value":false}]`, `{"fallthrough":{"variation":0}}`,
			&ldfake.FlagStatus{Name: "inactive", LastRequested: lastSeen},
			provider.FlagState{LastEvaluated: &lastSeen, EvaluationStatus: "inactive", Serving: []provider.Allocation{{Variation: "true", Percent: 100}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := ldfake.New(ldfake.Options{})
			defer srv.Close()
			must(t, srv.AddProject("p", "P"))
			must(t, srv.AddEnvironment("p", "production", "Production"))
			must(t, srv.AddFlagsJSON("p", []byte(`{"key":"f","name":"Flag F","variations":`+tt.variations+
				`,"environments":{"production":`+tt.config+`}}`)))
			if tt.status != nil {
				must(t, srv.SetFlagStatus("p", "production", "f", *tt.status))
			}
			c, _ := newClient(t, srv, transport.Options{})
			states, err := c.Fetch(context.Background(), provider.Scope{Project: "p"}, nil)
			if err != nil || len(states) != 1 {
				t.Fatalf("Fetch = %v, %v", states, err)
			}
			got, want := states[0], tt.want
			want.Provider, want.Project, want.Environment, want.Key, want.Name = provider.LaunchDarkly, "p", "production", "f", "Flag F"
			if want.Segments == nil {
				want.Segments = []string{}
			}
			if want.Version == nil {
				want.Version = new(1) // the fake's default
			}
			if want.EvaluationStatus == "" {
				want.EvaluationStatus = "new" // the fake's status of a flag without one
			}
			if want.LastModified.IsZero() {
				want.LastModified = time.UnixMilli(1700000000000).UTC() // the fake's default
			}
			want.Prerequisites, want.TrafficAllocation = []provider.Prerequisite{}, 100
			if !sameState(got, want) {
				t.Errorf("\n got %+v\nwant %+v", got, want)
			}
		})
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// sameState compares every field of two FlagStates, pointers by value; a's
// slices must not be nil.
func sameState(a, b provider.FlagState) bool {
	return a.Provider == b.Provider && a.Project == b.Project && a.Environment == b.Environment &&
		a.Key == b.Key && a.Name == b.Name && a.On == b.On && slices.Equal(a.Serving, b.Serving) &&
		a.Serving != nil && a.OffVariation == b.OffVariation && a.Rules == b.Rules && a.Targets == b.Targets &&
		slices.Equal(a.Segments, b.Segments) && a.Segments != nil && a.LastModified.Equal(b.LastModified) &&
		a.LastModified.Location() == time.UTC && equalTime(a.LastEvaluated, b.LastEvaluated) &&
		a.EvaluationStatus == b.EvaluationStatus &&
		a.Archived == b.Archived && a.Version != nil && b.Version != nil && *a.Version == *b.Version &&
		slices.Equal(a.Prerequisites, b.Prerequisites) && a.Prerequisites != nil &&
		a.TrafficAllocation == b.TrafficAllocation && a.Purpose == b.Purpose
}
