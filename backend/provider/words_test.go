package provider

import "testing"

func TestWordsFor(t *testing.T) {
	tests := []struct {
		provider                               string
		variation, offVariation, off, exposure string
	}{
		{Split, "treatment", "default treatment", "killed", "traffic allocation"},
		{LaunchDarkly, "variation", "off variation", "off", "rollout"},
		{Demo, "variation", "off variation", "off", "rollout"},
	}
	for _, tt := range tests {
		t.Run(tt.provider, func(t *testing.T) {
			w := WordsFor(tt.provider)
			if w.Variation != tt.variation || w.OffVariation != tt.offVariation || w.State(false) != tt.off || w.Exposure != tt.exposure {
				t.Errorf("WordsFor(%s) = %+v", tt.provider, w)
			}
		})
	}
}

func TestExposure(t *testing.T) {
	s := FlagState{On: true, OffVariation: "off", TrafficAllocation: 50,
		Serving: []Allocation{{Variation: "on", Percent: 40}, {Variation: "off", Percent: 60}}}
	killed := s
	killed.On = false
	tests := []struct {
		name      string
		state     FlagState
		variation string
		want      float64
	}{
		{"share within the traffic allocation", s, "on", 20},
		{"the default treatment also gets the traffic outside it", s, "off", 80},
		{"killed serves nobody the variation", killed, "on", 0},
		{"a variation not in the rule", s, "v3", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.state.Exposure(tt.variation); got != tt.want {
				t.Errorf("Exposure(%s) = %v, want %v", tt.variation, got, tt.want)
			}
		})
	}
}
