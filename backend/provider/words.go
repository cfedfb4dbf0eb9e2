package provider

// Words are a provider's own names for the parts of a flag, so that what
// the desk says about a Split flag reads like Split ("treatment", "killed",
// "traffic allocation") and about a LaunchDarkly flag like LaunchDarkly
// ("variation", "off", "rollout"). The demo provider speaks LaunchDarkly.
type Words struct {
	// Flag names the thing itself: "flag", or "feature flag" for Split.
	Flag string `json:"flag"`
	// Variation and Variations name what a flag serves: "variation(s)" or
	// "treatment(s)".
	Variation  string `json:"variation"`
	Variations string `json:"variations"`
	// DefaultRule names the rule everyone else gets: LaunchDarkly's
	// fallthrough, Split's default rule.
	DefaultRule string `json:"default_rule"`
	// OffVariation names what everyone gets when the flag is off or
	// killed: LaunchDarkly's off variation, Split's default treatment.
	OffVariation string `json:"off_variation"`
	// On and Off name the flag's two states: "on"/"off", or
	// "active"/"killed" for Split.
	On  string `json:"on"`
	Off string `json:"off"`
	// TurnOff and TurnOn name the kill switch and its undo: "turn off"/
	// "turn on", or "kill"/"restore" for Split.
	TurnOff string `json:"turn_off"`
	TurnOn  string `json:"turn_on"`
	// Exposure names the share of traffic targeting applies to: Split's
	// traffic allocation; LaunchDarkly's percentage rollout.
	Exposure string `json:"exposure"`
	// Definition names a flag's whole targeting in one environment:
	// LaunchDarkly's flag targeting, Split's split definition.
	Definition string `json:"definition"`
}

var launchDarklyWords = Words{
	Flag: "flag", Variation: "variation", Variations: "variations", DefaultRule: "default rule (fallthrough)",
	OffVariation: "off variation", On: "on", Off: "off", TurnOff: "turn off", TurnOn: "turn on",
	Exposure: "rollout", Definition: "flag targeting",
}

var splitWords = Words{
	Flag: "feature flag", Variation: "treatment", Variations: "treatments", DefaultRule: "default rule",
	OffVariation: "default treatment", On: "active", Off: "killed", TurnOff: "kill", TurnOn: "restore",
	Exposure: "traffic allocation", Definition: "split definition",
}

// WordsFor returns the words of provider name: Split's for Split,
// LaunchDarkly's for LaunchDarkly, the demo and anything else.
func WordsFor(name string) Words {
	if name == Split {
		return splitWords
	}
	return launchDarklyWords
}

// State names s's on/off state in its provider's words: "on", "off",
// "active" or "killed".
func (w Words) State(on bool) string {
	if on {
		return w.On
	}
	return w.Off
}
