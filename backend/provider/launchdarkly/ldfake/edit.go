package ldfake

import (
	"encoding/json"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"time"
)

// fullWeight is 100% in the thousandths of a percent that rollout weights
// are given in.
const fullWeight = 100000

// servedValue is a fallthrough (LaunchDarkly's VariationOrRolloutRep): a
// fixed variation or a rollout, both by variation index.
type servedValue struct {
	Variation *int     `json:"variation,omitempty"`
	Rollout   *rollout `json:"rollout,omitempty"`
}

// rollout splits contexts between variations by weight.
type rollout struct {
	Variations  []weightedVariation `json:"variations"`
	ContextKind string              `json:"contextKind,omitempty"`
	BucketBy    string              `json:"bucketBy,omitempty"`
}

// weightedVariation is one variation's share of a rollout, in thousandths
// of a percent.
type weightedVariation struct {
	Variation int `json:"variation"`
	Weight    int `json:"weight"`
}

// check reports what makes v unfit to serve from a flag of n variations:
// neither or both of variation and rollout, an index out of range, a weight
// out of range, or weights that do not add up to 100%.
func (v servedValue) check(n int) error {
	if (v.Variation == nil) == (v.Rollout == nil) {
		return invalid("a fallthrough needs either a variation or a rollout")
	}
	if v.Variation != nil {
		return checkIndex(*v.Variation, n)
	}
	if len(v.Rollout.Variations) == 0 {
		return invalid("a rollout needs at least one variation")
	}
	total := 0
	for _, wv := range v.Rollout.Variations {
		if err := checkIndex(wv.Variation, n); err != nil {
			return err
		}
		if wv.Weight < 0 || wv.Weight > fullWeight {
			return invalid("weight %d of variation %d is not between 0 and %d", wv.Weight, wv.Variation, fullWeight)
		}
		total += wv.Weight
	}
	if total != fullWeight {
		return invalid("rollout weights add up to %d, not %d", total, fullWeight)
	}
	return nil
}

// checkIndex reports a variation index that a flag of n variations lacks.
func checkIndex(i, n int) error {
	if i < 0 || i >= n {
		return invalid("variation index %d is out of range: the flag has %d variations", i, n)
	}
	return nil
}

// envState is what a patch can change of a flag's configuration in one
// environment.
type envState struct {
	On          bool
	Fallthrough servedValue
}

// change is one step of a patch: an edit of the state of environment env.
// apply gets the flag's variation ids, in order, and reports an edit the
// flag cannot take.
type change struct {
	env   string
	apply func(st *envState, variations []string) error
}

// touched is an environment a patch changes, with its state before and
// after.
type touched struct {
	env           *environment
	before, after envState
}

// patched applies changes, in order, to f, a flag of p, at time now. It
// returns f itself when they leave every state as it was, and otherwise a
// new flag whose _version has moved on, as have the version and
// lastModified of each environment whose state changed. When a change
// fails, or f refuses it (see refusal), f stays as it was.
func (f *flag) patched(p *project, changes []change, now time.Time, ignoreConflicts bool) (*flag, error) {
	top := f.top()
	var variations []struct {
		ID string `json:"_id"`
	}
	_ = json.Unmarshal(top["variations"], &variations) // newFlag checked them
	ids := make([]string, len(variations))
	for i, v := range variations {
		ids[i] = v.ID
	}

	var edits []*touched
	for _, c := range changes {
		env := p.env(c.env)
		if env == nil {
			return nil, invalid("unknown environment key %q", c.env)
		}
		if env.approvalsRequired {
			return nil, errApprovalRequired
		}
		i := slices.IndexFunc(edits, func(t *touched) bool { return t.env == env })
		if i < 0 {
			st := f.state(p.key, env)
			i, edits = len(edits), append(edits, &touched{env: env, before: st, after: st})
		}
		if err := c.apply(&edits[i].after, ids); err != nil {
			return nil, err
		}
	}

	configs := map[string]object{}
	for _, t := range edits {
		cfg, ok := f.written(p.key, t, now)
		if !ok {
			continue
		}
		if err := f.refusal(t, ignoreConflicts); err != nil {
			return nil, err
		}
		configs[t.env.key] = cfg
	}
	if len(configs) == 0 {
		return f, nil
	}
	top.set("_version", top.integer("_version")+1)
	all := maps.Clone(f.configs)
	if all == nil {
		all = map[string]object{}
	}
	maps.Copy(all, configs)
	top.set("environments", all)
	return newFlag(p, top)
}

// top decodes f's top-level fields, without environments.
func (f *flag) top() object {
	var o object
	if err := json.Unmarshal(slices.Concat([]byte("{"), f.fields, []byte("}")), &o); err != nil {
		panic(fmt.Sprintf("ldfake: flag %q: %v", f.key, err))
	}
	return o
}

// state is f's state in env.
func (f *flag) state(projectKey string, env *environment) envState {
	cfg := f.config(projectKey, env, false)
	st := envState{On: cfg.boolean("on")}
	_ = json.Unmarshal(cfg["fallthrough"], &st.Fallthrough) // a seeded oddity reads as unset
	return st
}

// changed reports whether t changes the on state and the fallthrough.
func (t *touched) changed() (on, served bool) {
	return t.after.On != t.before.On, !reflect.DeepEqual(t.after.Fallthrough, t.before.Fallthrough)
}

// refusal is why f does not take t, a change of its state: a migration flag
// serves a rollout in its default cohort, never a single variation
// (LaunchDarkly documents that; the status and message are the fake's);
// and a flag takes no change in an environment where a change is pending on
// it (see SetPendingChange), unless ignoreConflicts.
func (f *flag) refusal(t *touched, ignoreConflicts bool) error {
	if _, fallthroughChanged := t.changed(); fallthroughChanged && f.purpose == migrationPurpose && t.after.Fallthrough.Variation != nil {
		return invalid("flag %q is a migration flag, whose default cohort cannot serve a single variation: update its fallthrough with a rollout (rolloutWeights), not a variation", f.key)
	}
	if kind, ok := t.env.pending[f.key]; ok && !ignoreConflicts {
		return pendingConflict(f.key, t.env, kind)
	}
	return nil
}

// written is f's configuration in t's environment with t's changes made at
// time now, version and lastModified moved on; false when t changes
// nothing. Fields the changes leave alone keep their seeded encoding.
func (f *flag) written(projectKey string, t *touched, now time.Time) (object, bool) {
	onChanged, fallthroughChanged := t.changed()
	if !onChanged && !fallthroughChanged {
		return nil, false
	}
	o := f.seeded(t.env.key)
	if onChanged {
		o.set("on", t.after.On)
	}
	if fallthroughChanged {
		o.set("fallthrough", t.after.Fallthrough)
	}
	current := f.config(projectKey, t.env, false)
	o.set("version", current.integer("version")+1)
	o.set("lastModified", max(now.UnixMilli(), current.integer("lastModified")+1))
	return o, true
}
