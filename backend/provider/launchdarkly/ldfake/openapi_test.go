package ldfake

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3"

	"rolloutdesk/backend/provider/fakehttp"
)

// loadSpec loads LaunchDarkly's OpenAPI description (2.8 MB, see
// testdata/README.md) once per test binary.
var loadSpec = sync.OnceValues(func() (*openapi3.T, error) {
	return openapi3.NewLoader().LoadFromFile(filepath.Join("testdata", "openapi", "launchdarkly-openapi.yaml"))
})

func spec(t *testing.T) *openapi3.T {
	t.Helper()
	doc, err := loadSpec()
	if err != nil {
		t.Fatalf("load OpenAPI spec: %v", err)
	}
	return doc
}

// responseSchema is the JSON schema of the status response of method
// pathTemplate.
func responseSchema(t *testing.T, method, pathTemplate string, status int) *openapi3.Schema {
	t.Helper()
	item := spec(t).Paths.Value(pathTemplate)
	var op *openapi3.Operation
	if item != nil {
		op = item.GetOperation(method)
	}
	if op == nil {
		t.Fatalf("spec has no %s %s", method, pathTemplate)
	}
	resp := op.Responses.Status(status)
	if resp == nil || resp.Value.Content.Get("application/json") == nil {
		t.Fatalf("spec has no JSON %d response for %s %s", status, method, pathTemplate)
	}
	return resp.Value.Content.Get("application/json").Schema.Value
}

// checkAgainstSpec checks that r is a JSON answer that fits the schema of
// its status for method pathTemplate, but for violations tolerate matches.
func checkAgainstSpec(t *testing.T, r response, method, pathTemplate string, tolerate *regexp.Regexp) {
	t.Helper()
	if ct := r.header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type %q", ct)
	}
	for _, v := range violations(t, responseSchema(t, method, pathTemplate, r.status), r.body) {
		if tolerate == nil || !tolerate.MatchString(v) {
			t.Error(v)
		}
	}
}

// violations validates body against schema and returns one line per
// violated field ("path: reason"), sorted.
func violations(t *testing.T, schema *openapi3.Schema, body []byte) []string {
	t.Helper()
	var v any
	if err := json.Unmarshal(body, &v); err != nil {
		t.Fatalf("body is not JSON: %v", err)
	}
	err := schema.VisitJSON(v, openapi3.MultiErrors(), openapi3.VisitAsResponse())
	var out []string
	var walk func(error)
	walk = func(err error) {
		var multi openapi3.MultiError
		var se *openapi3.SchemaError
		switch {
		case err == nil:
		case errors.As(err, &multi):
			for _, e := range multi {
				walk(e)
			}
		case errors.As(err, &se):
			out = append(out, strings.Join(se.JSONPointer(), "/")+": "+se.Reason)
		default:
			out = append(out, err.Error())
		}
	}
	walk(err)
	slices.Sort(out)
	return slices.Compact(out)
}

// The real responses in the fixtures (older API versions, via Flagsmith)
// differ from today's OpenAPI description in two ways:
var (
	// _summary.variations.<i> has no contextTargets count, which the
	// VariationSummary schema requires. The fake serves seeded flags as
	// they came, _summary included, so its fixture-seeded lists differ too.
	summaryWithoutContextTargets = regexp.MustCompile(`(^|/)_summary/variations/\d+/contextTargets: property "contextTargets" is missing$`)
	// Environments have no "critical" field, which the Environment schema
	// requires. The fake fills in missing required fields of every seeded
	// environment (as false), so it serves them complete.
	environmentWithoutCritical = regexp.MustCompile(`(^|/)critical: property "critical" is missing$`)
)

// TestResponsesMatchOpenAPI validates what the fake serves against
// LaunchDarkly's own OpenAPI description.
func TestResponsesMatchOpenAPI(t *testing.T) {
	srv, _ := newFromFixtures(t)
	if err := srv.Generate(GenerateOptions{Project: "web", Flags: 25}); err != nil {
		t.Fatal(err)
	}
	if err := srv.SetFlagStatus("web", "production", "flag-00002", FlagStatus{Name: "inactive", LastRequested: time.Now(), Default: false}); err != nil {
		t.Fatal(err)
	}
	// A migration flag, a flag that has it as a prerequisite in production,
	// an archived flag, and a pending change.
	if err := srv.AddFlagsJSON("web", []byte(`[`+migrationFlag+`,
		{"key":"needs-move","variations":[{"value":true},{"value":false}],"environments":{"production":{"prerequisites":[{"key":"move-db","variation":1}]}}},
		{"key":"retired","archived":true,"archivedDate":1700000000000,"variations":[{"value":true},{"value":false}]}]`)); err != nil {
		t.Fatal(err)
	}
	if err := srv.SetPendingChange("web", "staging", "flag-00003", ScheduledChange); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		target   string
		template string
		status   int
		fault    fakehttp.Kind
		tolerate *regexp.Regexp // violations that come from the fixtures
	}{
		{"/api/v2/flags/web?env=production&env=staging&env=development&summary=0&limit=100", "/api/v2/flags/{projectKey}", 200, 0, nil},
		{"/api/v2/flags/web?env=production&limit=10", "/api/v2/flags/{projectKey}", 200, 0, nil},
		{"/api/v2/flags/web", "/api/v2/flags/{projectKey}", 200, 0, nil},
		{"/api/v2/flags/test-project-key?env=production&env=test&summary=0", "/api/v2/flags/{projectKey}", 200, 0, summaryWithoutContextTargets},
		{"/api/v2/projects", "/api/v2/projects", 200, 0, nil},
		{"/api/v2/projects/default", "/api/v2/projects/{projectKey}", 200, 0, nil},
		{"/api/v2/projects/web", "/api/v2/projects/{projectKey}", 200, 0, nil},
		{"/api/v2/projects/web/environments", "/api/v2/projects/{projectKey}/environments", 200, 0, nil},
		{"/api/v2/projects/test-project-key/environments?limit=1", "/api/v2/projects/{projectKey}/environments", 200, 0, nil},
		{"/api/v2/flag-statuses/web/production", "/api/v2/flag-statuses/{projectKey}/{environmentKey}", 200, 0, nil},
		{"/api/v2/flags/web/flag-00002?env=production", "/api/v2/flags/{projectKey}/{featureFlagKey}", 200, 0, nil},
		{"/api/v2/flags/web/flag-00003", "/api/v2/flags/{projectKey}/{featureFlagKey}", 200, 0, nil},
		{"/api/v2/flags/web?filter=state:archived&env=production&env=staging&summary=0&limit=100", "/api/v2/flags/{projectKey}", 200, 0, nil},
		{"/api/v2/flags/web?filter=state:archived", "/api/v2/flags/{projectKey}", 200, 0, nil},
		{"/api/v2/flags/web/retired", "/api/v2/flags/{projectKey}/{featureFlagKey}", 200, 0, nil},
		{"/api/v2/flags/web/needs-move?env=production", "/api/v2/flags/{projectKey}/{featureFlagKey}", 200, 0, nil},
		{"/api/v2/flags/web/move-db", "/api/v2/flags/{projectKey}/{featureFlagKey}", 200, 0, nil},
		{"/api/v2/flags/web/nope", "/api/v2/flags/{projectKey}/{featureFlagKey}", 404, 0, nil},
		{"/api/v2/flag-statuses/web/production/flag-00002", "/api/v2/flag-statuses/{projectKey}/{environmentKey}/{featureFlagKey}", 200, 0, nil},
		{"/api/v2/flag-statuses/web/production/flag-00003", "/api/v2/flag-statuses/{projectKey}/{environmentKey}/{featureFlagKey}", 200, 0, nil},
		{"/api/v2/segments/web/production", "/api/v2/segments/{projectKey}/{environmentKey}", 200, 0, nil},
		{"/api/v2/segments/default/test", "/api/v2/segments/{projectKey}/{environmentKey}", 200, 0, nil},
		{"/api/v2/flags/web?limit=500", "/api/v2/flags/{projectKey}", 400, 0, nil},
		{"/api/v2/flags/nope", "/api/v2/flags/{projectKey}", 404, 0, nil},
		{"/api/v2/flags/web", "/api/v2/flags/{projectKey}", 401, fakehttp.Unauthorized, nil},
		{"/api/v2/flags/web", "/api/v2/flags/{projectKey}", 403, fakehttp.Forbidden, nil},
		{"/api/v2/flags/web", "/api/v2/flags/{projectKey}", 429, fakehttp.RateLimited, nil},
		{"/api/v2/segments/web/nope", "/api/v2/segments/{projectKey}/{environmentKey}", 404, 0, nil},
		{"/api/v2/flag-statuses/web/production", "/api/v2/flag-statuses/{projectKey}/{environmentKey}", 429, fakehttp.RateLimited, nil},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%d %s", tt.status, tt.target), func(t *testing.T) {
			if tt.fault != 0 {
				srv.Inject(Fault{Kind: tt.fault, Times: 1})
			}
			r := getPath(t, srv, tt.target)
			if r.status != tt.status {
				t.Fatalf("status %d, want %d: %s", r.status, tt.status, r.body)
			}
			checkAgainstSpec(t, r, http.MethodGet, tt.template, tt.tolerate)
		})
	}

	if err := srv.SetApprovalsRequired("web", "development", true); err != nil {
		t.Fatal(err)
	}
	writes := []struct {
		target, contentType, body string
		status                    int
		fault                     fakehttp.Kind
		tolerate                  *regexp.Regexp // violations that come from the fixtures
	}{
		{"/api/v2/flags/web/flag-00001", semanticPatchType, `{"environmentKey":"production","instructions":[{"kind":"turnFlagOff"}]}`, 200, 0, nil},
		{"/api/v2/flags/web/flag-00002", "application/json", `[{"op":"replace","path":"/environments/staging/fallthrough","value":{"variation":2}}]`, 200, 0, nil},
		{"/api/v2/flags/test-project-key/" + fixtureFlagKey(t), semanticPatchType, `{"environmentKey":"production","instructions":[{"kind":"turnFlagOn"}]}`, 200, 0, summaryWithoutContextTargets},
		{"/api/v2/flags/web/flag-00001", "application/json", `{"environmentKey":"production","instructions":[{"kind":"turnFlagOff"}]}`, 400, 0, nil},
		{"/api/v2/flags/web/nope", semanticPatchType, `{"environmentKey":"production","instructions":[{"kind":"turnFlagOff"}]}`, 404, 0, nil},
		{"/api/v2/flags/web/flag-00001", semanticPatchType, `{"environmentKey":"development","instructions":[{"kind":"turnFlagOff"}]}`, 405, 0, nil},
		{"/api/v2/flags/web/flag-00001", semanticPatchType, `{"environmentKey":"production","instructions":[{"kind":"turnFlagOn"}]}`, 409, fakehttp.Conflict, nil},
		{"/api/v2/flags/web/move-db", "application/json", `[{"op":"replace","path":"/environments/staging/fallthrough","value":{"rollout":{"variations":[{"variation":0,"weight":0},{"variation":1,"weight":100000}]}}}]`, 200, 0, nil},
		{"/api/v2/flags/web/move-db", "application/json", `[{"op":"replace","path":"/environments/staging/fallthrough","value":{"variation":1}}]`, 400, 0, nil},
		{"/api/v2/flags/web/flag-00003", semanticPatchType, `{"environmentKey":"staging","instructions":[{"kind":"turnFlagOff"}]}`, 400, 0, nil},
		{"/api/v2/flags/web/flag-00001", semanticPatchType, `{"environmentKey":"production","instructions":[{"kind":"turnFlagOn"}]}`, 429, fakehttp.RateLimited, nil},
	}
	for _, tt := range writes {
		t.Run(fmt.Sprintf("PATCH %d %s", tt.status, tt.target), func(t *testing.T) {
			if tt.fault != 0 {
				srv.Inject(Fault{Kind: tt.fault, Times: 1})
			}
			r := call(t, srv, http.MethodPatch, tt.target, map[string][]string{"Content-Type": {tt.contentType}}, tt.body)
			if r.status != tt.status {
				t.Fatalf("status %d, want %d: %s", r.status, tt.status, r.body)
			}
			checkAgainstSpec(t, r, http.MethodPatch, "/api/v2/flags/{projectKey}/{featureFlagKey}", tt.tolerate)
		})
	}
}

// TestQuirkyPagesMatchOpenAPI validates pages capped below the limit and
// an overstated totalCount against the OpenAPI description: a client sees
// nothing amiss in any one of them.
func TestQuirkyPagesMatchOpenAPI(t *testing.T) {
	srv := newGenerated(t, 5)
	srv.SetPageQuirks(PageQuirks{MaxPageSize: 2, ExtraTotal: 3})
	tests := []struct{ target, template string }{
		{"/api/v2/projects/web/environments?limit=20", "/api/v2/projects/{projectKey}/environments"},
		{"/api/v2/flags/web?env=production&env=staging&env=development&summary=0&limit=100", "/api/v2/flags/{projectKey}"},
		{"/api/v2/flags/web?filter=state:archived&env=production&summary=0&limit=100", "/api/v2/flags/{projectKey}"},
		{"/api/v2/segments/web/production?limit=20", "/api/v2/segments/{projectKey}/{environmentKey}"},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			checkAgainstSpec(t, getPath(t, srv, tt.target), http.MethodGet, tt.template, nil)
		})
	}
}

// fixtureFlagKey is the key of the first flag in the fixtures' flags list.
func fixtureFlagKey(t *testing.T) string {
	t.Helper()
	dir, err := FixturesDir()
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, "get_flags.json"))
	if err != nil {
		t.Fatal(err)
	}
	var flags []struct{ Key string }
	if err := json.Unmarshal(data, &flags); err != nil || len(flags) == 0 {
		t.Fatalf("fixture flags: %v", err)
	}
	return flags[0].Key
}

// TestFixturesAgainstOpenAPI checks that the fixtures differ from the
// OpenAPI description only in the known ways above, and in each way where
// it is listed, so that the list cannot go stale.
func TestFixturesAgainstOpenAPI(t *testing.T) {
	dir, err := FixturesDir()
	if err != nil {
		t.Fatal(err)
	}
	schemas := spec(t).Components.Schemas
	tests := []struct {
		file   string
		schema string
		items  bool           // the file is a bare array of schema items
		known  *regexp.Regexp // every violation matches; nil: none allowed
	}{
		{"getFeatureFlags_1.json", "FeatureFlags", false, summaryWithoutContextTargets},
		{"getFeatureFlags_2.json", "FeatureFlags", false, summaryWithoutContextTargets},
		{"get_flags.json", "FeatureFlag", true, summaryWithoutContextTargets},
		{"getEnvironmentsByProject_1.json", "Environments", false, environmentWithoutCritical},
		{"getEnvironmentsByProject_2.json", "Environments", false, environmentWithoutCritical},
		{"get_environments.json", "Environment", true, environmentWithoutCritical},
		{"getProject.json", "Project", false, environmentWithoutCritical},
		{"get_project.json", "Project", false, environmentWithoutCritical},
		{"get_segments.json", "UserSegment", true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			schema := schemas[tt.schema].Value
			bodies := [][]byte{data}
			if tt.items {
				var items []json.RawMessage
				if err := json.Unmarshal(data, &items); err != nil {
					t.Fatal(err)
				}
				bodies = bodies[:0]
				for _, it := range items {
					bodies = append(bodies, it)
				}
			}
			var got []string
			for _, b := range bodies {
				got = append(got, violations(t, schema, b)...)
			}
			if tt.known != nil && len(got) == 0 {
				t.Errorf("no longer violates %s: drop it from the known deviations", tt.known)
			}
			for _, v := range got {
				if tt.known == nil || !tt.known.MatchString(v) {
					t.Errorf("new deviation from the spec: %s", v)
				}
			}
		})
	}
}

// TestUsageMatchesOpenAPI validates the evaluations usage series, at each
// granularity, and the usage API's errors against the OpenAPI description.
func TestUsageMatchesOpenAPI(t *testing.T) {
	const template = "/api/v2/usage/evaluations/{projectKey}/{environmentKey}/{featureFlagKey}"
	day := 24 * time.Hour
	tests := []struct {
		name        string
		target      string
		version     string
		unavailable bool
		fault       fakehttp.Kind
		status      int
	}{
		{"days", usagePath("flag-00001", "staging", time.Time{}, time.Time{}, ""), betaVersion, false, 0, 200},
		{"hours", usagePath("flag-00002", "production", usageNow.Add(-day), usageNow, "UTC"), betaVersion, false, 0, 200},
		{"minutes", usagePath("flag-00003", "staging", usageNow.Add(-time.Hour), usageNow, ""), betaVersion, false, 0, 200},
		{"range too long", usagePath("flag-00001", "staging", usageNow.Add(-40*day), usageNow, ""), betaVersion, false, 0, 400},
		{"without the beta version", usagePath("flag-00001", "staging", time.Time{}, time.Time{}, ""), "20240415", false, 0, 403},
		{"plan without usage data", usagePath("flag-00001", "staging", time.Time{}, time.Time{}, ""), betaVersion, true, 0, 403},
		{"unknown flag", usagePath("nope", "staging", time.Time{}, time.Time{}, ""), betaVersion, false, 0, 404},
		{"revoked token", usagePath("flag-00001", "staging", time.Time{}, time.Time{}, ""), betaVersion, false, fakehttp.Unauthorized, 401},
		{"rate limited", usagePath("flag-00001", "staging", time.Time{}, time.Time{}, ""), betaVersion, false, fakehttp.RateLimited, 429},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newUsageFake(t, usageNow)
			srv.SetUsageUnavailable(tt.unavailable)
			if tt.fault != 0 {
				srv.Inject(Fault{Kind: tt.fault, Times: 1})
			}
			r := call(t, srv, http.MethodGet, tt.target, map[string][]string{"LD-API-Version": {tt.version}}, "")
			if r.status != tt.status {
				t.Fatalf("status %d, want %d: %s", r.status, tt.status, r.body)
			}
			checkAgainstSpec(t, r, http.MethodGet, template, nil)
		})
	}
}
