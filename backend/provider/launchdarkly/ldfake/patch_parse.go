package ldfake

import (
	"bytes"
	"encoding/json"
	"maps"
	"mime"
	"slices"
	"strings"
)

// semanticPatchModel is the domain-model parameter of the content type that
// marks a semantic patch.
const semanticPatchModel = "launchdarkly.semanticpatch"

// parsePatch reads a flag PATCH body sent with content type contentType:
// a semantic patch when the type carries domain-model=
// launchdarkly.semanticpatch, a JSON Patch otherwise, as LaunchDarkly does.
func parsePatch(contentType string, body []byte) ([]change, error) {
	mediaType, params, err := mime.ParseMediaType(contentType)
	if err != nil || mediaType != "application/json" {
		return nil, invalid("Content-Type must be application/json, not %q", contentType)
	}
	switch model, ok := params["domain-model"]; {
	case !ok:
		return parseJSONPatch(body)
	case model == semanticPatchModel:
		return parseSemanticPatch(body)
	default:
		return nil, invalid("unsupported domain-model %q", model)
	}
}

// instruction is one semantic patch instruction, with the fields of the
// kinds the fake supports.
type instruction struct {
	Kind               string         `json:"kind"`
	VariationID        string         `json:"variationId"`
	RolloutWeights     map[string]int `json:"rolloutWeights"`
	RolloutContextKind string         `json:"rolloutContextKind"`
	RolloutBucketBy    string         `json:"rolloutBucketBy"`
}

// parseSemanticPatch reads {"environmentKey","comment","instructions"}
// with instructions turnFlagOn, turnFlagOff and
// updateFallthroughVariationOrRollout.
func parseSemanticPatch(body []byte) ([]change, error) {
	var p struct {
		EnvironmentKey string        `json:"environmentKey"`
		Instructions   []instruction `json:"instructions"`
	}
	if err := json.Unmarshal(body, &p); err != nil {
		return nil, invalid("invalid semantic patch: %v", err)
	}
	if len(p.Instructions) == 0 {
		return nil, invalid("a semantic patch needs at least one instruction")
	}
	changes := make([]change, len(p.Instructions))
	for i, in := range p.Instructions {
		var apply func(*envState, []string) error
		switch in.Kind {
		case "turnFlagOn", "turnFlagOff":
			apply = turn(in.Kind == "turnFlagOn")
		case "updateFallthroughVariationOrRollout":
			apply = in.updateFallthrough
		default:
			return nil, invalid("unsupported instruction kind %q", in.Kind)
		}
		if p.EnvironmentKey == "" {
			return nil, invalid("instruction %s needs an environmentKey", in.Kind)
		}
		changes[i] = change{env: p.EnvironmentKey, apply: apply}
	}
	return changes, nil
}

// turn is the edit that turns a flag on or off.
func turn(on bool) func(*envState, []string) error {
	return func(st *envState, _ []string) error {
		st.On = on
		return nil
	}
}

// updateFallthrough applies an updateFallthroughVariationOrRollout
// instruction: serve the variation with _id variationId, or roll out by
// rolloutWeights, keyed by variation _id, in thousandths of a percent.
func (in instruction) updateFallthrough(st *envState, ids []string) error {
	switch {
	case (in.VariationID == "") == (in.RolloutWeights == nil):
		return invalid("updateFallthroughVariationOrRollout needs either variationId or rolloutWeights")
	case in.VariationID != "":
		i := slices.Index(ids, in.VariationID)
		if i < 0 {
			return invalid("unknown variation id %q", in.VariationID)
		}
		st.Fallthrough = servedValue{Variation: &i}
		return nil
	}
	for _, id := range slices.Sorted(maps.Keys(in.RolloutWeights)) {
		if !slices.Contains(ids, id) {
			return invalid("unknown variation id %q in rolloutWeights", id)
		}
	}
	r := &rollout{ContextKind: in.RolloutContextKind, BucketBy: in.RolloutBucketBy}
	if r.ContextKind == "" {
		r.ContextKind = "user"
	}
	for i, id := range ids {
		if w, ok := in.RolloutWeights[id]; ok {
			r.Variations = append(r.Variations, weightedVariation{Variation: i, Weight: w})
		}
	}
	served := servedValue{Rollout: r}
	if err := served.check(len(ids)); err != nil {
		return err
	}
	st.Fallthrough = served
	return nil
}

// patchOp is one RFC 6902 operation.
type patchOp struct {
	Op    string          `json:"op"`
	Path  string          `json:"path"`
	Value json.RawMessage `json:"value"`
}

// parseJSONPatch reads a JSON Patch: a bare array of operations or
// {"comment","patch":[...]}. It supports replace (and add, which replaces
// an existing member) of /environments/{env}/on and
// /environments/{env}/fallthrough. A semantic patch sent without the
// domain-model content type is refused, as LaunchDarkly refuses it.
func parseJSONPatch(body []byte) ([]change, error) {
	var ops []patchOp
	if trimmed := bytes.TrimSpace(body); len(trimmed) > 0 && trimmed[0] == '[' {
		if err := json.Unmarshal(trimmed, &ops); err != nil {
			return nil, invalid("invalid JSON Patch: %v", err)
		}
	} else {
		var p struct {
			Patch        []patchOp       `json:"patch"`
			Instructions json.RawMessage `json:"instructions"`
		}
		if err := json.Unmarshal(trimmed, &p); err != nil {
			return nil, invalid("invalid JSON Patch: %v", err)
		}
		if p.Instructions != nil {
			return nil, invalid("invalid JSON Patch: instructions are a semantic patch, which needs Content-Type: application/json; domain-model=%s", semanticPatchModel)
		}
		ops = p.Patch
	}
	if len(ops) == 0 {
		return nil, invalid("a JSON Patch needs at least one operation")
	}
	changes := make([]change, len(ops))
	for i, op := range ops {
		c, err := op.change()
		if err != nil {
			return nil, err
		}
		changes[i] = c
	}
	return changes, nil
}

// change reads op as a change to one environment's state.
func (op patchOp) change() (change, error) {
	if op.Op != "replace" && op.Op != "add" {
		return change{}, invalid("unsupported JSON Patch op %q on %s", op.Op, op.Path)
	}
	parts := strings.Split(op.Path, "/")
	if len(parts) != 4 || parts[0] != "" || parts[1] != "environments" || parts[2] == "" {
		return change{}, invalid("unsupported JSON Patch path %q", op.Path)
	}
	env := parts[2]
	switch parts[3] {
	case "on":
		var on bool
		if err := json.Unmarshal(op.Value, &on); err != nil {
			return change{}, invalid("invalid value for %s: %v", op.Path, err)
		}
		return change{env: env, apply: turn(on)}, nil
	case "fallthrough":
		var served servedValue
		if err := json.Unmarshal(op.Value, &served); err != nil {
			return change{}, invalid("invalid value for %s: %v", op.Path, err)
		}
		return change{env: env, apply: func(st *envState, ids []string) error {
			if err := served.check(len(ids)); err != nil {
				return err
			}
			st.Fallthrough = served
			return nil
		}}, nil
	default:
		return change{}, invalid("unsupported JSON Patch path %q", op.Path)
	}
}
