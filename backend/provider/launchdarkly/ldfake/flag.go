package ldfake

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// migrationPurpose is the _purpose of a migration flag.
const migrationPurpose = "migration"

// targetingFields are what summary mode leaves out of a flag's environment
// configuration.
var targetingFields = []string{"targets", "contextTargets", "rules", "fallthrough", "offVariation", "prerequisites"}

// flag is a seeded flag, pre-encoded so that serving a page is mostly
// copying bytes.
type flag struct {
	key                  string
	name                 string
	archived, deprecated bool
	purpose              string // _purpose: migrationPurpose, or empty
	created              int64
	// fields is the flag's top-level fields without environments, encoded
	// as the inside of a JSON object (no braces).
	fields []byte
	// configs holds each environment's configuration as seeded.
	configs map[string]object
	// encoded caches, per environment, the completed configuration in full
	// [0] and summary [1] mode. Keyed by pointer, so that a replaced
	// environment (whose name may differ) is encoded afresh.
	encoded map[*environment][2][]byte
}

// newFlag completes o, a flag of p, and encodes it.
func newFlag(p *project, o object) (*flag, error) {
	key, err := o.key("flag")
	if err != nil {
		return nil, err
	}
	var variations []object
	if err := json.Unmarshal(o["variations"], &variations); err != nil || len(variations) == 0 {
		return nil, fmt.Errorf("ldfake: flag %q: %w", key, errNoVariations)
	}
	for i, v := range variations {
		v.setDefault("_id", fakeID("variation", p.key, key, fmt.Sprint(i))) // what semantic patches name it by
	}
	o.set("variations", variations)
	var configs map[string]object
	if err := json.Unmarshal(o["environments"], &configs); err != nil && o["environments"] != nil {
		return nil, fmt.Errorf("ldfake: flag %q: environments: %w", key, err)
	}
	for env := range configs {
		if p.env(env) == nil {
			return nil, fmt.Errorf("ldfake: flag %q is configured in unknown environment %q", key, env)
		}
	}
	o = o.without("environments")
	kind := "multivariate"
	if len(variations) == 2 && isBool(variations[0]["value"]) && isBool(variations[1]["value"]) {
		kind = "boolean"
	}
	o.setDefault("_links", map[string]link{
		"parent": jsonLink("/api/v2/flags/" + p.key),
		"self":   jsonLink("/api/v2/flags/" + p.key + "/" + key),
	})
	o.setDefault("name", key)
	o.setDefault("kind", kind)
	o.setDefault("description", "")
	o.setDefault("_version", 1)
	o.setDefault("creationDate", seedEpoch)
	o.setDefault("archived", false)
	o.setDefault("deprecated", false)
	o.setDefault("temporary", false)
	o.setDefault("tags", []string{})
	o.setDefault("customProperties", map[string]any{})
	o.setDefault("experiments", map[string]any{"baselineIdx": 0, "items": []any{}})
	o.setDefault("defaults", map[string]int{"onVariation": 0, "offVariation": len(variations) - 1})
	o.setDefault("clientSideAvailability", map[string]bool{"usingEnvironmentId": false, "usingMobileKey": false})
	var created int64
	_ = json.Unmarshal(o["creationDate"], &created)
	enc := o.encode()
	f := &flag{
		key:        key,
		name:       o.str("name"),
		archived:   o.boolean("archived"),
		deprecated: o.boolean("deprecated"),
		purpose:    o.str("_purpose"),
		created:    created,
		fields:     enc[1 : len(enc)-1],
		configs:    configs,
		encoded:    make(map[*environment][2][]byte, len(p.envs)),
	}
	for _, env := range p.envs {
		f.encoded[env] = [2][]byte{f.config(p.key, env, false).encode(), f.config(p.key, env, true).encode()}
	}
	return f, nil
}

func boolIndex(b bool) int {
	if b {
		return 1
	}
	return 0
}

func isBool(raw json.RawMessage) bool {
	s := string(bytes.TrimSpace(raw))
	return s == "true" || s == "false"
}

// config is f's configuration in env of project projectKey, required fields filled
// in; summary mode drops the targeting fields.
func (f *flag) config(projectKey string, env *environment, summary bool) object {
	o := f.seeded(env.key)
	o.setDefault("_environmentName", env.name)
	o.setDefault("_site", link{Href: "/" + projectKey + "/" + env.key + "/features/" + f.key, Type: "text/html"})
	o.setDefault("on", false)
	o.setDefault("archived", f.archived)
	o.setDefault("version", 1)
	o.setDefault("lastModified", f.created)
	o.setDefault("salt", fakeID("salt", projectKey, env.key, f.key))
	o.setDefault("sel", fakeID("sel", projectKey, env.key, f.key))
	o.setDefault("trackEvents", false)
	o.setDefault("trackEventsFallthrough", false)
	if summary {
		return o.without(targetingFields...)
	}
	for _, name := range []string{"targets", "contextTargets", "rules", "prerequisites"} {
		o.setDefault(name, []any{})
	}
	return o
}

// seeded is a copy of f's configuration in environment envKey as seeded
// (or last written), or of the default one, off and serving the first
// variation, when it has none.
func (f *flag) seeded(envKey string) object {
	if o, ok := f.configs[envKey]; ok {
		return o.without()
	}
	return object{"on": json.RawMessage("false"), "fallthrough": json.RawMessage(`{"variation":0}`)}
}

// writeTo writes f as a list item: with the configurations of envs (none:
// no environments field), in summary mode or not.
func (f *flag) writeTo(b *bytes.Buffer, projectKey string, envs []*environment, summary bool) {
	b.WriteByte('{')
	b.Write(f.fields)
	if len(envs) > 0 {
		b.WriteString(`,"environments":{`)
		for i, env := range envs {
			if i > 0 {
				b.WriteByte(',')
			}
			k, _ := json.Marshal(env.key)
			b.Write(k)
			b.WriteByte(':')
			if enc, ok := f.encoded[env]; ok {
				b.Write(enc[boolIndex(summary)])
			} else {
				b.Write(f.config(projectKey, env, summary).encode())
			}
		}
		b.WriteByte('}')
	}
	b.WriteByte('}')
}
