package splitfake

import (
	"encoding/json"
	"fmt"
	"slices"
)

// patchOp is one RFC 6902 operation.
type patchOp struct {
	Op    string          `json:"op"`
	Path  string          `json:"path"`
	Value json.RawMessage `json:"value"`
}

// patchable maps the definition paths the fake can patch to setters that
// decode a new value into a fresh variable, so slices shared with earlier
// responses are never written in place.
var patchable = map[string]func(*Definition, json.RawMessage) error{
	"/killed":            setter(func(d *Definition) *bool { return &d.Killed }),
	"/defaultRule":       setter(func(d *Definition) *[]Bucket { return &d.DefaultRule }),
	"/trafficAllocation": setter(func(d *Definition) *int { return &d.TrafficAllocation }),
	"/defaultTreatment":  setter(func(d *Definition) *string { return &d.DefaultTreatment }),
	"/baselineTreatment": setter(func(d *Definition) *string { return &d.BaselineTreatment }),
	"/rules":             setter(func(d *Definition) *[]Rule { return &d.Rules }),
	"/treatments":        setter(func(d *Definition) *[]Treatment { return &d.Treatments }),
}

func setter[T any](field func(*Definition) *T) func(*Definition, json.RawMessage) error {
	return func(d *Definition, raw json.RawMessage) error {
		var v T
		if err := json.Unmarshal(raw, &v); err != nil {
			return err
		}
		*field(d) = v
		return nil
	}
}

// applyPatch applies replace operations (and add, which replaces an existing
// member) to a copy of def and validates the result.
func applyPatch(def Definition, ops []patchOp) (Definition, error) {
	if len(ops) == 0 {
		return def, badRequest("JSON Patch must have at least one operation")
	}
	for _, op := range ops {
		if op.Op != "replace" && op.Op != "add" {
			return def, badRequest("unsupported JSON Patch op %q on %s", op.Op, op.Path)
		}
		set, ok := patchable[op.Path]
		if !ok {
			return def, badRequest("unsupported JSON Patch path %q", op.Path)
		}
		if err := set(&def, op.Value); err != nil {
			return def, badRequest("invalid value for %s: %v", op.Path, err)
		}
	}
	return def, validate(def)
}

// validate enforces the API's consistency rules on a definition.
func validate(def Definition) error {
	if len(def.Treatments) == 0 {
		return badRequest("treatments must not be empty")
	}
	names := make([]string, 0, len(def.Treatments))
	for _, t := range def.Treatments {
		if slices.Contains(names, t.Name) {
			return badRequest("treatment %q is defined twice", t.Name)
		}
		names = append(names, t.Name)
	}
	if !slices.Contains(names, def.DefaultTreatment) {
		return badRequest("defaultTreatment %q is not a treatment", def.DefaultTreatment)
	}
	if def.BaselineTreatment != "" && !slices.Contains(names, def.BaselineTreatment) {
		return badRequest("baselineTreatment %q is not a treatment", def.BaselineTreatment)
	}
	if def.TrafficAllocation < 0 || def.TrafficAllocation > 100 {
		return badRequest("trafficAllocation must be between 0 and 100, got %d", def.TrafficAllocation)
	}
	if err := validateBuckets("defaultRule", def.DefaultRule, names); err != nil {
		return err
	}
	for i, rule := range def.Rules {
		if err := validateBuckets(fmt.Sprintf("rules[%d].buckets", i), rule.Buckets, names); err != nil {
			return err
		}
	}
	return nil
}

func validateBuckets(where string, buckets []Bucket, treatments []string) error {
	if len(buckets) == 0 {
		return badRequest("%s must not be empty", where)
	}
	sum := 0
	for _, b := range buckets {
		if !slices.Contains(treatments, b.Treatment) {
			return badRequest("%s uses unknown treatment %q", where, b.Treatment)
		}
		if b.Size < 0 || b.Size > 100 {
			return badRequest("%s size for %q must be between 0 and 100, got %d", where, b.Treatment, b.Size)
		}
		sum += b.Size
	}
	if sum != 100 {
		return badRequest("%s bucket sizes sum to %d, must be 100", where, sum)
	}
	return nil
}
