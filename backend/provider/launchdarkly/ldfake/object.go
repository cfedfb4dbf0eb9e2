package ldfake

import (
	"bytes"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// object is a JSON object held field by field, so that seeds keep every
// field they came with and the fake fills in only what is missing.
type object map[string]json.RawMessage

// parseObjects reads one object, an array of objects, or a collection page
// ({"items":[...]}) from data.
func parseObjects(data []byte) ([]object, error) {
	data = bytes.TrimSpace(data)
	if len(data) > 0 && data[0] == '[' {
		var list []object
		err := json.Unmarshal(data, &list)
		return list, err
	}
	var one object
	if err := json.Unmarshal(data, &one); err != nil {
		return nil, err
	}
	if items, ok := one["items"]; ok {
		var list []object
		err := json.Unmarshal(items, &list)
		return list, err
	}
	return []object{one}, nil
}

// setDefault sets field name to v when the object lacks it.
func (o object) setDefault(name string, v any) {
	if _, ok := o[name]; !ok {
		o.set(name, v)
	}
}

// set sets field name to v.
func (o object) set(name string, v any) {
	raw, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("ldfake: set %s: %v", name, err))
	}
	o[name] = raw
}

// str returns string field name, or "" when it is absent or not a string.
func (o object) str(name string) string {
	var s string
	_ = json.Unmarshal(o[name], &s)
	return s
}

// boolean returns boolean field name, false when absent.
func (o object) boolean(name string) bool {
	var b bool
	_ = json.Unmarshal(o[name], &b)
	return b
}

// integer returns integer field name, 0 when it is absent or not an
// integer.
func (o object) integer(name string) int64 {
	var n int64
	_ = json.Unmarshal(o[name], &n)
	return n
}

// key returns the object's "key", which must be set.
func (o object) key(what string) (string, error) {
	k := o.str("key")
	if k == "" {
		return "", fmt.Errorf("ldfake: %s without a key", what)
	}
	return k, nil
}

// encode writes the object with its fields sorted by name.
func (o object) encode() []byte {
	b, err := json.Marshal(map[string]json.RawMessage(o))
	if err != nil {
		panic(fmt.Sprintf("ldfake: encode: %v", err))
	}
	return b
}

// without returns a copy of o lacking the named fields.
func (o object) without(names ...string) object {
	c := make(object, len(o))
	for k, v := range o {
		c[k] = v
	}
	for _, n := range names {
		delete(c, n)
	}
	return c
}

// fakeID derives a stable 24-hex-digit id (LaunchDarkly's _id shape) from
// parts.
func fakeID(parts ...string) string {
	sum := sha1.Sum([]byte(strings.Join(parts, "\x00")))
	return hex.EncodeToString(sum[:12])
}

var errNoVariations = errors.New("flag has no variations")
