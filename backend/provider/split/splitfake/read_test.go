package splitfake

import (
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"
)

func TestAuth(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		name    string
		headers []string
		want    int
	}{
		{"bearer", nil, http.StatusOK},
		{"x-api-key", []string{"Authorization", "", "x-api-key", f.srv.Token()}, http.StatusOK},
		{"wrong bearer", []string{"Authorization", "Bearer nope"}, http.StatusUnauthorized},
		{"wrong x-api-key", []string{"x-api-key", "nope"}, http.StatusUnauthorized},
		{"basic scheme", []string{"Authorization", "Basic " + f.srv.Token()}, http.StatusUnauthorized},
		{"missing", []string{"Authorization", ""}, http.StatusUnauthorized},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := f.call(t, "GET", "/workspaces", "", tt.headers...)
			if r.status != tt.want {
				t.Fatalf("status %d, want %d: %s", r.status, tt.want, r.body)
			}
			if tt.want == http.StatusUnauthorized {
				checkErrorBody(t, r, http.StatusUnauthorized, "Unauthorized")
			}
		})
	}
}

// checkErrorBody asserts the API's error shape.
func checkErrorBody(t *testing.T, r response, code int, msgPrefix string) {
	t.Helper()
	body := decode[map[string]any](t, r)
	for _, key := range []string{"code", "message", "details", "transactionId"} {
		if _, ok := body[key]; !ok {
			t.Errorf("error body %s lacks %q", r.body, key)
		}
	}
	if body["code"] != float64(code) || !strings.HasPrefix(body["message"].(string), msgPrefix) {
		t.Errorf("error body %s, want code %d and message starting %q", r.body, code, msgPrefix)
	}
}

func TestReadRoutes(t *testing.T) {
	f := newFixture(t)
	ws, prod := f.ws.ID, f.prod
	tests := []struct {
		name   string
		path   string
		status int
		check  func(t *testing.T, r response)
	}{
		{"workspaces envelope", "/workspaces", 200, envelopeOf("Default", "Other")},
		{"workspaces paged", "/workspaces?offset=1&limit=1", 200, envelopeOf("Other")},
		{"workspaces by name", "/workspaces?name=Oth&nameOp=STARTS_WITH", 200, envelopeOf("Other")},
		{"workspaces bad nameOp", "/workspaces?name=x&nameOp=LIKE", 400, nil},
		{"environments bare array", "/environments/ws/" + ws, 200, func(t *testing.T, r response) {
			envs := decode[[]Environment](t, r)
			if len(envs) != 2 || envs[0].Name != "Production" || envs[1].Name != "production" {
				t.Errorf("environments %s", r.body)
			}
		}},
		{"environments unknown ws", "/environments/ws/nope", 404, nil},
		{"definitions by name", "/splits/ws/" + ws + "/environments/Production", 200, envelopeOf("alpha", "beta", "gamma")},
		{"definitions by id", "/splits/ws/" + ws + "/environments/" + prod.ID, 200, envelopeOf("alpha", "beta", "gamma")},
		{"definitions case-sensitive env", "/splits/ws/" + ws + "/environments/production", 200, envelopeOf()},
		{"definitions page", "/splits/ws/" + ws + "/environments/Production?offset=1&limit=1", 200, envelopeOf("beta")},
		{"definitions past end", "/splits/ws/" + ws + "/environments/Production?offset=9", 200, envelopeOf()},
		{"definitions limit 50", "/splits/ws/" + ws + "/environments/Production?limit=50", 200, nil},
		{"definitions limit 51", "/splits/ws/" + ws + "/environments/Production?limit=51", 400, nil},
		{"definitions bad offset", "/splits/ws/" + ws + "/environments/Production?offset=-1", 400, nil},
		{"definitions unknown env", "/splits/ws/" + ws + "/environments/PRODUCTION", 404, nil},
		{"definitions unknown ws", "/splits/ws/nope/environments/Production", 404, nil},
		{"definition", "/splits/ws/" + ws + "/beta/environments/Production", 200, func(t *testing.T, r response) {
			if d := decode[Definition](t, r); d.Name != "beta" || d.Environment != (Ref{prod.ID, "Production"}) {
				t.Errorf("definition %s", r.body)
			}
		}},
		{"definition unknown flag", "/splits/ws/" + ws + "/nope/environments/Production", 404, nil},
		{"segments", "/segments/ws/" + ws + "/environments/" + prod.ID, 200, envelopeOf("employees")},
		{"unknown route", "/nothing", 404, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := f.call(t, "GET", tt.path, "")
			if r.status != tt.status {
				t.Fatalf("status %d, want %d: %s", r.status, tt.status, r.body)
			}
			if tt.status >= 400 {
				checkErrorBody(t, r, tt.status, "")
			}
			if tt.check != nil {
				tt.check(t, r)
			}
		})
	}
}

// envelopeOf checks a paged envelope lists objects with these names, with a
// non-null objects array.
func envelopeOf(names ...string) func(*testing.T, response) {
	return func(t *testing.T, r response) {
		t.Helper()
		env := decode[struct {
			Objects    []struct{ Name string } `json:"objects"`
			TotalCount *int                    `json:"totalCount"`
			Offset     *int                    `json:"offset"`
			Limit      *int                    `json:"limit"`
		}](t, r)
		if env.Objects == nil || env.TotalCount == nil || env.Offset == nil || env.Limit == nil {
			t.Fatalf("not a full envelope: %s", r.body)
		}
		var got []string
		for _, o := range env.Objects {
			got = append(got, o.Name)
		}
		if !slices.Equal(got, names) {
			t.Errorf("objects %v, want %v", got, names)
		}
	}
}

// TestDefinitionWireFields pins the JSON field names to the reference shape.
func TestDefinitionWireFields(t *testing.T) {
	f := newFixture(t)
	d, _ := f.srv.Definition(f.ws.ID, "Production", "alpha")
	d.LastTrafficReceivedAt = 1
	d.Rules = []Rule{{Condition: Condition{Combiner: "AND", Matchers: []Matcher{{Type: "IN_SEGMENT", String: "s"}}}, Buckets: d.DefaultRule}}
	raw, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(raw, &fields); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"name", "environment", "trafficType", "killed", "treatments", "defaultTreatment",
		"trafficAllocation", "rules", "defaultRule", "creationTime", "lastUpdateTime", "lastTrafficReceivedAt"} {
		if _, ok := fields[key]; !ok {
			t.Errorf("definition JSON lacks %q: %s", key, raw)
		}
	}
	for _, want := range []string{`"buckets":[{"treatment":"on","size":10}`, `"condition":{"combiner":"AND","matchers":[{"type":"IN_SEGMENT","string":"s"}]}`, `"keys":["u1"]`} {
		if !strings.Contains(string(raw), want) {
			t.Errorf("definition JSON lacks %s: %s", want, raw)
		}
	}
}
