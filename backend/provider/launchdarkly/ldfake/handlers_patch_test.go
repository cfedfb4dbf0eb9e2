package ldfake

import (
	"encoding/json"
	"maps"
	"net/http"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"rolloutdesk/backend/provider/fakehttp"
)

// semanticPatchType is the content type of a semantic patch.
const semanticPatchType = "application/json; domain-model=launchdarkly.semanticpatch"

// flagRep is the part of a flag representation the write tests read.
type flagRep struct {
	Version    int `json:"_version"`
	Variations []struct {
		ID string `json:"_id"`
	}
	Environments map[string]configRep
}

type configRep struct {
	On           bool
	Version      int
	LastModified int64
	Fallthrough  servedValue
}

// newWritable is a generated project "web" of 5 flags whose writes are
// stamped at GeneratedAt. Flag 0 is on in production and serves variation
// 0; flag 1 is off there and rolls out 60/40.
func newWritable(t *testing.T) *Server {
	t.Helper()
	srv := New(Options{Now: func() time.Time { return GeneratedAt }})
	t.Cleanup(srv.Close)
	if err := srv.Generate(GenerateOptions{Project: "web", Flags: 5}); err != nil {
		t.Fatal(err)
	}
	return srv
}

func readFlag(t *testing.T, srv *Server, key string) flagRep {
	t.Helper()
	r := getPath(t, srv, "/api/v2/flags/web/"+key)
	if r.status != http.StatusOK {
		t.Fatalf("GET %s: status %d: %s", key, r.status, r.body)
	}
	return decodeFlag(t, r.body)
}

func decodeFlag(t *testing.T, body []byte) flagRep {
	t.Helper()
	var f flagRep
	if err := json.Unmarshal(body, &f); err != nil {
		t.Fatalf("decode flag: %v", err)
	}
	return f
}

// patchBody sends a PATCH of flag target (a key, with a query if any) with
// content type contentType and body, in which {v0} and {v1} stand for the
// _ids of the flag's first two variations.
func patchBody(t *testing.T, srv *Server, target, contentType, body string) response {
	t.Helper()
	key, _, _ := strings.Cut(target, "?")
	vs := readFlag(t, srv, key).Variations
	body = strings.NewReplacer("{v0}", vs[0].ID, "{v1}", vs[1].ID).Replace(body)
	return call(t, srv, http.MethodPatch, "/api/v2/flags/web/"+target, map[string][]string{"Content-Type": {contentType}}, body)
}

func TestPatchChangesFlag(t *testing.T) {
	zero, one := 0, 1
	rolloutOf := func(kind, bucketBy string, weights ...int) servedValue {
		r := &rollout{ContextKind: kind, BucketBy: bucketBy}
		for i, w := range weights {
			r.Variations = append(r.Variations, weightedVariation{Variation: i, Weight: w})
		}
		return servedValue{Rollout: r}
	}
	tests := []struct {
		name, key, contentType, body string
		env                          string
		wantOn                       bool
		wantServed                   servedValue
		changed                      bool
	}{
		{"turn off", "flag-00000", semanticPatchType,
			`{"environmentKey":"production","comment":"INC-1","instructions":[{"kind":"turnFlagOff"}]}`,
			"production", false, servedValue{Variation: &zero}, true},
		{"turn on", "flag-00001", semanticPatchType,
			`{"environmentKey":"production","instructions":[{"kind":"turnFlagOn"}]}`,
			"production", true, rolloutOf("user", "", 60000, 40000), true},
		{"turning on what is on changes nothing", "flag-00000", semanticPatchType,
			`{"environmentKey":"production","instructions":[{"kind":"turnFlagOn"}]}`,
			"production", true, servedValue{Variation: &zero}, false},
		{"rollout by variation id", "flag-00000", semanticPatchType,
			`{"environmentKey":"production","instructions":[{"kind":"updateFallthroughVariationOrRollout","rolloutWeights":{"{v0}":25000,"{v1}":75000}}]}`,
			"production", true, rolloutOf("user", "", 25000, 75000), true},
		{"rollout context kind and bucket", "flag-00000", semanticPatchType,
			`{"environmentKey":"production","instructions":[{"kind":"updateFallthroughVariationOrRollout","rolloutWeights":{"{v0}":100000,"{v1}":0},"rolloutContextKind":"organization","rolloutBucketBy":"orgId"}]}`,
			"production", true, rolloutOf("organization", "orgId", 100000, 0), true},
		{"one variation by id", "flag-00001", semanticPatchType,
			`{"environmentKey":"production","instructions":[{"kind":"updateFallthroughVariationOrRollout","variationId":"{v1}"}]}`,
			"production", false, servedValue{Variation: &one}, true},
		{"instructions in order", "flag-00001", semanticPatchType,
			`{"environmentKey":"staging","instructions":[{"kind":"turnFlagOff"},{"kind":"updateFallthroughVariationOrRollout","variationId":"{v0}"}]}`,
			"staging", false, servedValue{Variation: &zero}, true},
		{"JSON Patch array", "flag-00000", "application/json",
			`[{"op":"replace","path":"/environments/production/on","value":false}]`,
			"production", false, servedValue{Variation: &zero}, true},
		{"JSON Patch with comment", "flag-00000", "application/json",
			`{"comment":"c","patch":[{"op":"replace","path":"/environments/staging/fallthrough","value":{"rollout":{"variations":[{"variation":0,"weight":10000},{"variation":1,"weight":90000}]}}}]}`,
			"staging", false, rolloutOf("", "", 10000, 90000), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newWritable(t)
			before := readFlag(t, srv, tt.key)
			r := patchBody(t, srv, tt.key, tt.contentType, tt.body)
			if r.status != http.StatusOK {
				t.Fatalf("status %d: %s", r.status, r.body)
			}
			after := readFlag(t, srv, tt.key)
			if answered := decodeFlag(t, r.body); !reflect.DeepEqual(answered, after) {
				t.Errorf("answered %+v, then read %+v", answered, after)
			}
			got, was := after.Environments[tt.env], before.Environments[tt.env]
			if got.On != tt.wantOn || !reflect.DeepEqual(got.Fallthrough, tt.wantServed) {
				t.Errorf("%s: on %v, fallthrough %s; want %v, %s", tt.env, got.On, jsonOf(got.Fallthrough), tt.wantOn, jsonOf(tt.wantServed))
			}
			bumped := after.Version == before.Version+1 && got.Version == was.Version+1 && got.LastModified == GeneratedAt.UnixMilli()
			unchanged := after.Version == before.Version && got.Version == was.Version && got.LastModified == was.LastModified
			if tt.changed && !bumped || !tt.changed && !unchanged {
				t.Errorf("changed %v: _version %d → %d, version %d → %d, lastModified %d → %d",
					tt.changed, before.Version, after.Version, was.Version, got.Version, was.LastModified, got.LastModified)
			}
			delete(before.Environments, tt.env)
			delete(after.Environments, tt.env)
			if !maps.EqualFunc(before.Environments, after.Environments, func(a, b configRep) bool { return reflect.DeepEqual(a, b) }) {
				t.Error("another environment changed")
			}
		})
	}
}

func jsonOf(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func TestPatchRefusals(t *testing.T) {
	turnOff := `{"environmentKey":"production","instructions":[{"kind":"turnFlagOff"}]}`
	tests := []struct {
		name, key, contentType, body string
		setup                        func(t *testing.T, srv *Server)
		status                       int
		code, message                string
	}{
		{"semantic patch without the domain model", "flag-00000", "application/json", turnOff,
			nil, 400, "invalid_request", "needs Content-Type: application/json; domain-model=launchdarkly.semanticpatch"},
		{"not JSON", "flag-00000", "text/plain", turnOff, nil, 400, "invalid_request", "Content-Type must be application/json"},
		{"unknown domain model", "flag-00000", "application/json; domain-model=other", turnOff, nil, 400, "invalid_request", `unsupported domain-model "other"`},
		{"unknown instruction", "flag-00000", semanticPatchType,
			`{"environmentKey":"production","instructions":[{"kind":"deleteFlag"}]}`, nil, 400, "invalid_request", `unsupported instruction kind "deleteFlag"`},
		{"no environment key", "flag-00000", semanticPatchType,
			`{"instructions":[{"kind":"turnFlagOff"}]}`, nil, 400, "invalid_request", "turnFlagOff needs an environmentKey"},
		{"unknown environment", "flag-00000", semanticPatchType,
			`{"environmentKey":"qa","instructions":[{"kind":"turnFlagOff"}]}`, nil, 400, "invalid_request", `unknown environment key "qa"`},
		{"no instructions", "flag-00000", semanticPatchType,
			`{"environmentKey":"production","instructions":[]}`, nil, 400, "invalid_request", "at least one instruction"},
		{"unknown variation id, after a valid instruction", "flag-00000", semanticPatchType,
			`{"environmentKey":"production","instructions":[{"kind":"turnFlagOff"},{"kind":"updateFallthroughVariationOrRollout","variationId":"nope"}]}`,
			nil, 400, "invalid_request", `unknown variation id "nope"`},
		{"unknown rollout variation id", "flag-00000", semanticPatchType,
			`{"environmentKey":"production","instructions":[{"kind":"updateFallthroughVariationOrRollout","rolloutWeights":{"{v0}":50000,"nope":50000}}]}`,
			nil, 400, "invalid_request", `unknown variation id "nope" in rolloutWeights`},
		{"weights short of 100%", "flag-00000", semanticPatchType,
			`{"environmentKey":"production","instructions":[{"kind":"updateFallthroughVariationOrRollout","rolloutWeights":{"{v0}":50000,"{v1}":40000}}]}`,
			nil, 400, "invalid_request", "rollout weights add up to 90000, not 100000"},
		{"variation and weights", "flag-00000", semanticPatchType,
			`{"environmentKey":"production","instructions":[{"kind":"updateFallthroughVariationOrRollout","variationId":"{v0}","rolloutWeights":{"{v0}":100000}}]}`,
			nil, 400, "invalid_request", "either variationId or rolloutWeights"},
		{"JSON Patch of another field", "flag-00000", "application/json",
			`[{"op":"replace","path":"/name","value":"x"}]`, nil, 400, "invalid_request", `unsupported JSON Patch path "/name"`},
		{"JSON Patch remove", "flag-00000", "application/json",
			`[{"op":"remove","path":"/environments/production/on"}]`, nil, 400, "invalid_request", `unsupported JSON Patch op "remove"`},
		{"JSON Patch variation out of range", "flag-00000", "application/json",
			`[{"op":"replace","path":"/environments/production/fallthrough","value":{"variation":2}}]`, nil, 400, "invalid_request", "variation index 2 is out of range"},
		{"JSON Patch of a wrong type", "flag-00000", "application/json",
			`[{"op":"replace","path":"/environments/production/on","value":"off"}]`, nil, 400, "invalid_request", "invalid value for /environments/production/on"},
		{"empty JSON Patch", "flag-00000", "application/json", `{"patch":[]}`, nil, 400, "invalid_request", "at least one operation"},
		{"approval required", "flag-00000", semanticPatchType, turnOff,
			func(t *testing.T, srv *Server) {
				if err := srv.SetApprovalsRequired("web", "production", true); err != nil {
					t.Fatal(err)
				}
			},
			405, "method_not_allowed", "Approval is required"},
		{"conflict", "flag-00000", semanticPatchType, turnOff,
			func(_ *testing.T, srv *Server) {
				srv.Inject(Fault{Kind: fakehttp.Conflict, Method: http.MethodPatch, Times: 1})
			}, 409, "optimistic_locking_error", "Conflict. Optimistic lock error. Try again later."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newWritable(t)
			if tt.setup != nil {
				tt.setup(t, srv)
			}
			before := readFlag(t, srv, tt.key)
			r := patchBody(t, srv, tt.key, tt.contentType, tt.body)
			if r.status != tt.status {
				t.Fatalf("status %d, want %d: %s", r.status, tt.status, r.body)
			}
			var e struct{ Code, Message string }
			if code := errorCode(t, r); code != tt.code || json.Unmarshal(r.body, &e) != nil || !strings.Contains(e.Message, tt.message) {
				t.Errorf("error %s; want %s with %q", r.body, tt.code, tt.message)
			}
			if after := readFlag(t, srv, tt.key); !reflect.DeepEqual(after, before) {
				t.Errorf("a refused patch changed the flag: %+v → %+v", before, after)
			}
		})
	}
}

func TestPatchUnknownFlag(t *testing.T) {
	srv := newWritable(t)
	r := call(t, srv, http.MethodPatch, "/api/v2/flags/web/nope", map[string][]string{"Content-Type": {semanticPatchType}},
		`{"environmentKey":"production","instructions":[{"kind":"turnFlagOff"}]}`)
	if r.status != http.StatusNotFound || errorCode(t, r) != "not_found" {
		t.Errorf("status %d: %s; want 404 not_found", r.status, r.body)
	}
}

func TestGetFlagAndStatus(t *testing.T) {
	srv := newWritable(t)
	tests := []struct {
		target   string
		status   int
		wantEnvs []string
	}{
		{"/api/v2/flags/web/flag-00001", 200, []string{"development", "production", "staging"}},
		{"/api/v2/flags/web/flag-00001?env=staging", 200, []string{"staging"}},
		{"/api/v2/flags/web/nope?env=staging", 404, nil},
		{"/api/v2/flags/web/flag-00001?env=qa", 404, nil},
		{"/api/v2/flags/nope/flag-00001", 404, nil},
	}
	for _, tt := range tests {
		r := getPath(t, srv, tt.target)
		if r.status != tt.status {
			t.Errorf("%s: status %d, want %d", tt.target, r.status, tt.status)
			continue
		}
		if tt.status != http.StatusOK {
			errorCode(t, r)
			continue
		}
		f := decodeFlag(t, r.body)
		var rules struct {
			Environments map[string]struct{ Rules []json.RawMessage }
		}
		json.Unmarshal(r.body, &rules)
		if got := slices.Sorted(maps.Keys(f.Environments)); !reflect.DeepEqual(got, tt.wantEnvs) || len(rules.Environments[tt.wantEnvs[0]].Rules) != 1 {
			t.Errorf("%s: environments %v, rules %v; want %v in full", tt.target, got, rules.Environments, tt.wantEnvs)
		}
	}

	var st struct {
		Name          string
		LastRequested string
		Links         map[string]struct{ Href string } `json:"_links"`
	}
	r := getPath(t, srv, "/api/v2/flag-statuses/web/staging/flag-00001")
	if err := json.Unmarshal(r.body, &st); err != nil || st.Name != "active" || st.LastRequested != "2026-01-15T11:59:00.000Z" ||
		st.Links["parent"].Href != "/api/v2/flags/web/flag-00001" {
		t.Errorf("status of flag-00001: %s", r.body)
	}
	if r := getPath(t, srv, "/api/v2/flag-statuses/web/staging/nope"); r.status != http.StatusNotFound {
		t.Errorf("status of an unknown flag: %d", r.status)
	}
}
