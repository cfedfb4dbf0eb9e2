package launchdarkly

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"rolloutdesk/backend/provider"
)

func TestDailyUsage(t *testing.T) {
	jan14, jan15 := time.Date(2026, 1, 14, 0, 0, 0, 0, time.UTC), time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC)
	at := func(day time.Time, hour int) string {
		b, _ := json.Marshal(day.Add(time.Duration(hour) * time.Hour).UnixMilli())
		return string(b)
	}
	boolean := `[{"value":true},{"value":false}]`
	colors := `[{"value":"red"},{"value":"green","name":"Green"},{"value":"blue"}]`
	day := func(d time.Time, variation string, n int64) provider.UsageDay {
		return provider.UsageDay{Day: d, Variation: variation, Evaluations: n}
	}
	tests := []struct {
		name       string
		variations string
		list       string
		want       []provider.UsageDay
		wantErr    string
	}{
		{"hours summed by UTC day, zeros kept", boolean,
			`{"metadata":[],"series":[{"time":` + at(jan14, 22) + `,"0":5,"1":0},{"time":` + at(jan14, 23) + `,"0":5,"1":1},{"time":` + at(jan15, 0) + `,"0":2,"1":0}]}`,
			[]provider.UsageDay{day(jan14, "true", 10), day(jan14, "false", 1), day(jan15, "true", 2), day(jan15, "false", 0)}, ""},
		{"points in any order, sorted by day and variation", colors,
			`{"metadata":[],"series":[{"time":` + at(jan15, 1) + `,"2":4,"0":1},{"time":` + at(jan14, 0) + `,"1":3}]}`,
			[]provider.UsageDay{day(jan14, "Green", 3), day(jan15, "red", 1), day(jan15, "blue", 4)}, ""},
		{"metadata naming the variation index", boolean,
			`{"metadata":[{"variation":1},{"variation":0}],"series":[{"time":` + at(jan14, 0) + `,"0":3,"1":7}]}`,
			[]provider.UsageDay{day(jan14, "true", 7), day(jan14, "false", 3)}, ""},
		{"metadata naming the variation value", colors,
			`{"metadata":[{"value":"blue"},{"variation":null,"value":"red"}],"series":[{"time":` + at(jan14, 0) + `,"0":3,"1":7}]}`,
			[]provider.UsageDay{day(jan14, "red", 7), day(jan14, "blue", 3)}, ""},
		{"metadata naming neither: the series index", boolean,
			`{"metadata":[{"key":"x"},{"value":"unknown"}],"series":[{"time":` + at(jan14, 0) + `,"0":3,"1":7}]}`,
			[]provider.UsageDay{day(jan14, "true", 3), day(jan14, "false", 7)}, ""},
		{"a variation the flag lacks", boolean,
			`{"metadata":[],"series":[{"time":` + at(jan14, 0) + `,"2":1}]}`,
			[]provider.UsageDay{day(jan14, "variation 2", 1)}, ""},
		{"no points", boolean, `{"metadata":[],"series":[]}`, []provider.UsageDay{}, ""},
		{"a point without a time", boolean, `{"metadata":[],"series":[{"0":1}]}`, nil, "has no time"},
		{"a key that is no series index", boolean, `{"metadata":[],"series":[{"time":1,"total":1}]}`, nil, `key "total"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var vs []Variation
			var list seriesList
			if err := json.Unmarshal([]byte(tt.variations), &vs); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal([]byte(tt.list), &list); err != nil {
				t.Fatal(err)
			}
			got, err := dailyUsage(list, vs)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one saying %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || !reflect.DeepEqual(got, tt.want) {
				t.Errorf("dailyUsage = %v, %v\nwant %v", got, err, tt.want)
			}
		})
	}
}
