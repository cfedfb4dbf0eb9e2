package actions

import (
	"reflect"
	"strings"
	"testing"

	"rolloutdesk/backend/provider"
)

func alloc(pairs ...any) []provider.Allocation {
	var out []provider.Allocation
	for i := 0; i < len(pairs); i += 2 {
		out = append(out, provider.Allocation{Variation: pairs[i].(string), Percent: float64(pairs[i+1].(int))})
	}
	return out
}

func TestAllocate(t *testing.T) {
	tests := []struct {
		name      string
		current   []provider.Allocation
		variation string
		percent   float64
		off       string
		want      []provider.Allocation
		wantErr   string
	}{
		{"boolean ramp", alloc("true", 5, "false", 95), "true", 25, "false", alloc("true", 25, "false", 75), ""},
		{"from fully off variation", alloc("false", 100), "true", 5, "false", alloc("true", 5, "false", 95), ""},
		{"to GA", alloc("true", 50, "false", 50), "true", 100, "false", alloc("true", 100, "false", 0), ""},
		{"roll back to 0", alloc("true", 25, "false", 75), "true", 0, "false", alloc("true", 0, "false", 100), ""},
		{"from all-on, rest goes to off variation", alloc("true", 100), "true", 50, "false", alloc("true", 50, "false", 50), ""},
		{"multivariate keeps proportions", alloc("control", 60, "semantic", 20, "hybrid", 20), "hybrid", 50, "control",
			[]provider.Allocation{{Variation: "hybrid", Percent: 50}, {Variation: "control", Percent: 37.5}, {Variation: "semantic", Percent: 12.5}}, ""},
		{"thirds round to thousandths and add to 100", alloc("a", 1, "b", 1, "c", 1, "d", 1), "a", 0, "b",
			[]provider.Allocation{{Variation: "a", Percent: 0}, {Variation: "b", Percent: 33.333}, {Variation: "c", Percent: 33.333}, {Variation: "d", Percent: 33.334}}, ""},
		{"no other variation", alloc("on", 100), "on", 50, "on", nil, "no other variation"},
		{"bad percent", alloc("on", 100), "on", 120, "off", nil, "outside 0–100"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Allocate(tt.current, tt.variation, tt.percent, tt.off)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
		})
	}
}
