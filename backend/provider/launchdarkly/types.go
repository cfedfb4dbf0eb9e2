package launchdarkly

import (
	"encoding/json"
	"net/url"
	"path"
	"time"
)

// The types below hold the parts of LaunchDarkly's JSON representations that
// Rollout Desk reads; other fields are skipped while decoding.

// Link is a hypermedia link. Hrefs are usually relative to the site root.
type Link struct {
	Href string `json:"href"`
	Type string `json:"type,omitempty"`
}

// Links are the _links of a collection or an item; a link whose page or
// resource does not exist is absent.
type Links struct {
	Self   *Link `json:"self,omitempty"`
	First  *Link `json:"first,omitempty"`
	Prev   *Link `json:"prev,omitempty"`
	Next   *Link `json:"next,omitempty"`
	Last   *Link `json:"last,omitempty"`
	Parent *Link `json:"parent,omitempty"`
}

// Project is a LaunchDarkly project.
type Project struct {
	ID   string   `json:"_id"`
	Key  string   `json:"key"`
	Name string   `json:"name"`
	Tags []string `json:"tags"`
}

// Environment is an environment of a project. Its SDK and mobile keys are
// deliberately not decoded.
type Environment struct {
	ID       string   `json:"_id"`
	Key      string   `json:"key"`
	Name     string   `json:"name"`
	Color    string   `json:"color"`
	Tags     []string `json:"tags"`
	Critical bool     `json:"critical"`
}

// Flag is a feature flag with, when the list asked for environments, its
// configuration in each of them.
type Flag struct {
	Key          string                `json:"key"`
	Name         string                `json:"name"`
	Kind         string                `json:"kind"` // boolean or multivariate
	Version      int                   `json:"_version"`
	CreationDate int64                 `json:"creationDate"` // epoch ms
	Archived     bool                  `json:"archived"`
	Deprecated   bool                  `json:"deprecated"`
	Temporary    bool                  `json:"temporary"`
	Tags         []string              `json:"tags"`
	Purpose      string                `json:"_purpose"` // provider.PurposeMigration, or empty
	Variations   []Variation           `json:"variations"`
	Environments map[string]FlagConfig `json:"environments"`
}

// Variation is one value a flag can serve.
type Variation struct {
	ID    string          `json:"_id"`
	Value json.RawMessage `json:"value"` // any JSON value
	Name  string          `json:"name"`
}

// FlagConfig is a flag's configuration in one environment. Targeting fields
// (prerequisites, targets, rules, fallthrough, offVariation) are present only
// in lists fetched with summary=0.
type FlagConfig struct {
	On             bool                `json:"on"`
	Archived       bool                `json:"archived"`
	Version        int                 `json:"version"`      // per-environment counter
	LastModified   int64               `json:"lastModified"` // epoch ms
	Prerequisites  []Prerequisite      `json:"prerequisites"`
	Targets        []Target            `json:"targets"`
	ContextTargets []Target            `json:"contextTargets"`
	Rules          []Rule              `json:"rules"`
	Fallthrough    *VariationOrRollout `json:"fallthrough"`
	OffVariation   *int                `json:"offVariation"`
}

// Prerequisite is a flag that must be on and serve variation index
// Variation (of that flag's variations) to a context for the flag that
// lists it to be evaluated in the same environment.
type Prerequisite struct {
	Key       string `json:"key"`
	Variation int    `json:"variation"`
}

// Target serves one variation to individually listed context keys.
type Target struct {
	Values      []string `json:"values"`
	Variation   int      `json:"variation"`
	ContextKind string   `json:"contextKind"`
}

// Rule is a targeting rule: when its clauses all match, it serves a
// variation or a rollout.
type Rule struct {
	ID          string   `json:"_id"`
	Description string   `json:"description"`
	Clauses     []Clause `json:"clauses"`
	Variation   *int     `json:"variation"`
	Rollout     *Rollout `json:"rollout"`
	Disabled    bool     `json:"disabled"`
}

// Clause is one condition of a rule. For op "segmentMatch" the values are
// segment keys.
type Clause struct {
	Attribute   string            `json:"attribute"`
	Op          string            `json:"op"`
	Values      []json.RawMessage `json:"values"`
	Negate      bool              `json:"negate"`
	ContextKind string            `json:"contextKind"`
}

// VariationOrRollout is either a fixed variation or a percentage rollout.
type VariationOrRollout struct {
	Variation *int     `json:"variation"`
	Rollout   *Rollout `json:"rollout"`
}

// Rollout splits contexts between variations by weight.
type Rollout struct {
	Variations  []WeightedVariation `json:"variations"`
	BucketBy    string              `json:"bucketBy"`
	ContextKind string              `json:"contextKind"`
}

// WeightedVariation is one variation's share of a rollout, in thousandths
// of a percent (100000 = 100%).
type WeightedVariation struct {
	Variation int  `json:"variation"`
	Weight    int  `json:"weight"`
	Untracked bool `json:"_untracked"`
}

// FlagStatus is a flag's evaluation status in one environment. It carries
// no flag key; FlagKey reads it from the parent link.
type FlagStatus struct {
	Name          string          `json:"name"` // new, active, inactive or launched
	LastRequested *time.Time      `json:"lastRequested"`
	Default       json.RawMessage `json:"default"`
	Links         Links           `json:"_links"`
}

// FlagKey is the last segment of the parent link
// (/api/v2/flags/{project}/{flag}), or "" when there is none.
func (s FlagStatus) FlagKey() string {
	if s.Links.Parent == nil || s.Links.Parent.Href == "" {
		return ""
	}
	key := path.Base(s.Links.Parent.Href)
	if unescaped, err := url.PathUnescape(key); err == nil {
		return unescaped
	}
	return key
}

// lastEvaluated is when the status's flag was last evaluated, in UTC as
// FlagState.LastEvaluated holds it; nil when never.
func (s FlagStatus) lastEvaluated() *time.Time {
	if s.LastRequested == nil {
		return nil
	}
	return new(s.LastRequested.UTC())
}

// Segment is a segment of one environment.
type Segment struct {
	Key              string          `json:"key"`
	Name             string          `json:"name"`
	Description      string          `json:"description"`
	Tags             []string        `json:"tags"`
	CreationDate     int64           `json:"creationDate"`     // epoch ms
	LastModifiedDate int64           `json:"lastModifiedDate"` // epoch ms
	Version          int             `json:"version"`
	Deleted          bool            `json:"deleted"`
	Unbounded        bool            `json:"unbounded"`
	Included         []string        `json:"included"`
	Excluded         []string        `json:"excluded"`
	IncludedContexts []SegmentTarget `json:"includedContexts"`
	ExcludedContexts []SegmentTarget `json:"excludedContexts"`
	Rules            []SegmentRule   `json:"rules"`
}

// SegmentTarget lists context keys of one kind included in or excluded from
// a segment.
type SegmentTarget struct {
	ContextKind string   `json:"contextKind"`
	Values      []string `json:"values"`
}

// SegmentRule is a rule whose matching contexts belong to the segment.
type SegmentRule struct {
	ID       string   `json:"_id"`
	Clauses  []Clause `json:"clauses"`
	Weight   *int     `json:"weight"`
	BucketBy string   `json:"bucketBy"`
}
