package flags

import (
	"fmt"
	"slices"
	"strings"

	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/store"
)

// Released is the variation of a flag that counts as released, the share
// of traffic that gets it, and where that variation comes from, so that
// every screen and the CLI show the same number for the same reason.
type Released struct {
	// Variation is the released variation (a Split treatment); "" when the
	// default rule holds nothing but the off variation and no release
	// names one.
	Variation string `json:"variation"`
	// Percent is the share (0–100) of all traffic that gets Variation:
	// its share of the default rule within the traffic allocation while
	// the flag is on, 0 while it is off or killed (provider.Exposure).
	Percent float64 `json:"percent"`
	// Source says where Variation comes from: `variation "true" named by
	// release new-checkout`, or `assumed: boolean flag, so "true"`.
	Source string `json:"source"`
	// Assumed is true when no release names the variation and the rule
	// below picked it.
	Assumed bool `json:"assumed"`
}

// ChooseReleased picks the released variation of s and its share now.
//
// A release linking the flag names it (the first release by key, when
// several link it). Otherwise it is assumed:
//   - a boolean flag (every variation seen is "true" or "false"): "true";
//   - otherwise the first variation of the default rule that is not the
//     off variation (for Split: not the default treatment), passing over
//     one literally named "off" or "false" when another is there;
//   - when the rule holds only the off variation, none: nothing is being
//     released, and the share is 0.
func ChooseReleased(s provider.FlagState, links []store.ReleaseLink) Released {
	r := chooseVariation(s, links)
	if r.Variation != "" {
		r.Percent = s.Exposure(r.Variation)
	}
	return r
}

func chooseVariation(s provider.FlagState, links []store.ReleaseLink) Released {
	w := provider.WordsFor(s.Provider)
	id := s.ID()
	var naming []store.ReleaseLink
	for _, l := range links {
		if (provider.ID{Provider: l.Link.Provider, Project: l.Link.Project, Environment: l.Link.Environment, Key: l.Link.FlagKey}) == id {
			naming = append(naming, l)
		}
	}
	if len(naming) > 0 {
		first := naming[0]
		source := fmt.Sprintf("%s %q named by release %s", w.Variation, first.Link.Variation, first.Release)
		for _, other := range naming[1:] {
			if other.Link.Variation != first.Link.Variation {
				source += fmt.Sprintf(" (release %s names %q)", other.Release, other.Link.Variation)
			}
		}
		return Released{Variation: first.Link.Variation, Source: source}
	}
	if isBoolean(s) {
		return Released{Variation: "true", Source: `assumed: boolean flag, so "true"`, Assumed: true}
	}
	var candidates []string
	for _, a := range s.Serving {
		if a.Variation != s.OffVariation && !slices.Contains(candidates, a.Variation) {
			candidates = append(candidates, a.Variation)
		}
	}
	if len(candidates) == 0 {
		return Released{Assumed: true, Source: fmt.Sprintf("assumed: the %s holds only the %s %q, so no %s is being released",
			w.DefaultRule, w.OffVariation, s.OffVariation, w.Variation)}
	}
	pick := candidates[0]
	if i := slices.IndexFunc(candidates, func(v string) bool { return !offName(v) }); i >= 0 {
		pick = candidates[i]
	}
	return Released{Variation: pick, Assumed: true,
		Source: fmt.Sprintf("assumed: the first %s of the %s that is not the %s %q", w.Variation, w.DefaultRule, w.OffVariation, s.OffVariation)}
}

// isBoolean reports whether every variation s is known to serve is "true"
// or "false" (an unset off variation does not count).
func isBoolean(s provider.FlagState) bool {
	names := []string{s.OffVariation}
	for _, a := range s.Serving {
		names = append(names, a.Variation)
	}
	for _, n := range names {
		if n != "" && n != "true" && n != "false" {
			return false
		}
	}
	return true
}

// offName reports whether a variation is named like an "off" one.
func offName(v string) bool {
	v = strings.ToLower(v)
	return v == "off" || v == "false"
}
