package splitfake

import (
	"net/http"
	"strings"
	"testing"
)

func TestKillRestore(t *testing.T) {
	tests := []struct {
		method, action string
		wantKilled     bool
	}{
		{"PUT", "kill", true},
		{"POST", "kill", true},
		{"PUT", "restore", false},
		{"POST", "restore", false},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.action, func(t *testing.T) {
			f := newFixture(t)
			if !tt.wantKilled {
				f.srv.PutDefinition(f.ws.ID, "Production", killed(t, f, "alpha"))
			}
			before, _ := f.srv.Definition(f.ws.ID, "Production", "alpha")
			r := f.call(t, tt.method, "/splits/ws/"+f.ws.ID+"/alpha/environments/"+f.prod.ID+"/"+tt.action, `{"comment":"c"}`)
			wantStatus(t, r, http.StatusOK)
			if string(r.body) != "true" {
				t.Errorf("body %s, want true", r.body)
			}
			after, _ := f.srv.Definition(f.ws.ID, "Production", "alpha")
			if after.Killed != tt.wantKilled {
				t.Errorf("killed = %v, want %v", after.Killed, tt.wantKilled)
			}
			if after.LastUpdateTime <= before.LastUpdateTime {
				t.Errorf("lastUpdateTime %d not after %d", after.LastUpdateTime, before.LastUpdateTime)
			}
			if other, _ := f.srv.Definition(f.ws.ID, "Production", "beta"); other.Killed {
				t.Error("another flag changed")
			}
		})
	}
}

func TestKillBodies(t *testing.T) {
	tests := []struct {
		name, body string
		status     int
	}{
		{"none", "", http.StatusOK},
		{"comment", `{"comment":"INC-7"}`, http.StatusOK},
		{"comment and title", `{"comment":"INC-7","title":"kill"}`, http.StatusOK},
		{"not JSON", `kill it`, http.StatusBadRequest},
		{"a comment that is not text", `{"comment":7}`, http.StatusBadRequest},
		{"a patch", `[{"op":"replace","path":"/killed","value":true}]`, http.StatusBadRequest},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			r := f.call(t, "PUT", "/splits/ws/"+f.ws.ID+"/alpha/environments/Production/kill", tt.body)
			wantStatus(t, r, tt.status)
			if d, _ := f.srv.Definition(f.ws.ID, "Production", "alpha"); d.Killed != (tt.status == http.StatusOK) {
				t.Errorf("killed = %v after a %d", d.Killed, tt.status)
			}
			if tt.status != http.StatusOK {
				checkErrorBody(t, r, tt.status, "body must be")
			}
		})
	}
}

func killed(t *testing.T, f fixture, flag string) Definition {
	t.Helper()
	d, ok := f.srv.Definition(f.ws.ID, "Production", flag)
	if !ok {
		t.Fatalf("no flag %s", flag)
	}
	d.Killed = true
	return d
}

func TestPatch(t *testing.T) {
	tests := []struct {
		name   string
		body   string
		status int
		msg    string
		check  func(t *testing.T, d Definition)
	}{
		{"kill", `[{"op":"replace","path":"/killed","value":true}]`, 200, "", func(t *testing.T, d Definition) {
			if !d.Killed {
				t.Error("not killed")
			}
		}},
		{"default rule", `[{"op":"replace","path":"/defaultRule","value":[{"treatment":"on","size":25},{"treatment":"off","size":75}]}]`, 200, "", func(t *testing.T, d Definition) {
			if d.DefaultRule[0] != (Bucket{"on", 25}) || d.DefaultRule[1] != (Bucket{"off", 75}) {
				t.Errorf("defaultRule %v", d.DefaultRule)
			}
		}},
		{"allocation and default treatment", `[{"op":"replace","path":"/trafficAllocation","value":40},{"op":"replace","path":"/defaultTreatment","value":"on"}]`, 200, "", func(t *testing.T, d Definition) {
			if d.TrafficAllocation != 40 || d.DefaultTreatment != "on" {
				t.Errorf("got %d %q", d.TrafficAllocation, d.DefaultTreatment)
			}
		}},
		{"sizes not 100", `[{"op":"replace","path":"/defaultRule","value":[{"treatment":"on","size":25},{"treatment":"off","size":65}]}]`, 400, "defaultRule bucket sizes sum to 90", nil},
		{"unknown bucket treatment", `[{"op":"replace","path":"/defaultRule","value":[{"treatment":"blue","size":100}]}]`, 400, `defaultRule uses unknown treatment "blue"`, nil},
		{"empty default rule", `[{"op":"replace","path":"/defaultRule","value":[]}]`, 400, "defaultRule must not be empty", nil},
		{"rule buckets", `[{"op":"replace","path":"/rules","value":[{"condition":{"combiner":"AND","matchers":[]},"buckets":[{"treatment":"on","size":50}]}]}]`, 400, "rules[0].buckets bucket sizes sum to 50", nil},
		{"unknown default treatment", `[{"op":"replace","path":"/defaultTreatment","value":"blue"}]`, 400, `defaultTreatment "blue" is not a treatment`, nil},
		{"allocation out of range", `[{"op":"replace","path":"/trafficAllocation","value":101}]`, 400, "trafficAllocation must be between 0 and 100", nil},
		{"wrong value type", `[{"op":"replace","path":"/killed","value":"yes"}]`, 400, "invalid value for /killed", nil},
		{"unsupported op", `[{"op":"remove","path":"/killed"}]`, 400, `unsupported JSON Patch op "remove"`, nil},
		{"unsupported path", `[{"op":"replace","path":"/name","value":"x"}]`, 400, `unsupported JSON Patch path "/name"`, nil},
		{"not a patch", `{"killed":true}`, 400, "body must be a JSON Patch array", nil},
		{"empty patch", `[]`, 400, "JSON Patch must have at least one operation", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			before, _ := f.srv.Definition(f.ws.ID, "Production", "alpha")
			r := f.call(t, "PATCH", "/splits/ws/"+f.ws.ID+"/alpha/environments/Production", tt.body)
			wantStatus(t, r, tt.status)
			after, _ := f.srv.Definition(f.ws.ID, "Production", "alpha")
			if tt.status != http.StatusOK {
				checkErrorBody(t, r, tt.status, tt.msg)
				if after.LastUpdateTime != before.LastUpdateTime || after.Killed != before.Killed {
					t.Error("a rejected patch changed the definition")
				}
				return
			}
			if got := decode[Definition](t, r); got.LastUpdateTime != after.LastUpdateTime || after.LastUpdateTime <= before.LastUpdateTime {
				t.Errorf("lastUpdateTime: before %d, stored %d, answered %d", before.LastUpdateTime, after.LastUpdateTime, got.LastUpdateTime)
			}
			tt.check(t, after)
		})
	}
}

func TestWriteErrors(t *testing.T) {
	tests := []struct {
		name, method, path string
		approvals          bool
		status             int
		msg                string
	}{
		{"kill needs approval", "PUT", "/alpha/environments/Production/kill", true, 403, "Approvals are required. orgId=org-fake envId="},
		{"restore needs approval", "POST", "/alpha/environments/Production/restore", true, 403, "Approvals are required."},
		{"patch needs approval", "PATCH", "/alpha/environments/Production", true, 403, "Approvals are required."},
		{"kill unknown flag", "PUT", "/nope/environments/Production/kill", false, 404, "Feature flag nope not found"},
		{"kill unknown env", "PUT", "/alpha/environments/Prod/kill", false, 404, "Environment Prod not found"},
		{"kill wrong-case env", "PUT", "/alpha/environments/production/kill", false, 404, "Feature flag alpha not found in environment production"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			f.srv.SetApprovalsRequired(f.ws.ID, "Production", tt.approvals)
			r := f.call(t, tt.method, "/splits/ws/"+f.ws.ID+tt.path, `[{"op":"replace","path":"/killed","value":true}]`)
			wantStatus(t, r, tt.status)
			checkErrorBody(t, r, tt.status, tt.msg)
			if tt.status == http.StatusForbidden && !strings.HasSuffix(decode[errorBody](t, r).Message, "envId="+f.prod.ID) {
				t.Errorf("message %s does not name the environment id", r.body)
			}
			if d, _ := f.srv.Definition(f.ws.ID, "Production", "alpha"); d.Killed {
				t.Error("a refused write changed the definition")
			}
		})
	}
}

func TestRequiresTitleAndComments(t *testing.T) {
	const note = `{"title":"Kill alpha","comment":"INC-7"}`
	tests := []struct {
		name, method, path, query, body string
		required                        bool
		status                          int
	}{
		{"kill with both in the body", "PUT", "/kill", "", note, true, http.StatusOK},
		{"kill with both in the query", "PUT", "/kill", "?title=Kill+alpha&comment=INC-7", "", true, http.StatusOK},
		{"kill with one in each", "POST", "/kill", "?title=Kill+alpha", `{"comment":"INC-7"}`, true, http.StatusOK},
		{"kill without a note", "PUT", "/kill", "", "", true, http.StatusBadRequest},
		{"kill without a comment", "PUT", "/kill", "", `{"title":"Kill alpha"}`, true, http.StatusBadRequest},
		{"kill with a blank title", "PUT", "/kill", "", `{"title":"  ","comment":"INC-7"}`, true, http.StatusBadRequest},
		{"kill without a note, not required", "PUT", "/kill", "", "", false, http.StatusOK},
		{"restore without a title", "PUT", "/restore", "?comment=INC-7", "", true, http.StatusBadRequest},
		{"patch with both in the query", "PATCH", "", "?title=Ramp&comment=INC-7", `[{"op":"replace","path":"/trafficAllocation","value":50}]`, true, http.StatusOK},
		{"patch without a note", "PATCH", "", "", `[{"op":"replace","path":"/trafficAllocation","value":50}]`, true, http.StatusBadRequest},
		{"patch without a comment", "PATCH", "", "?title=Ramp", `[{"op":"replace","path":"/trafficAllocation","value":50}]`, true, http.StatusBadRequest},
		{"patch without a note, not required", "PATCH", "", "", `[{"op":"replace","path":"/trafficAllocation","value":50}]`, false, http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			f.srv.SetRequiresTitleAndComments(f.ws.ID, tt.required)
			before, _ := f.srv.Definition(f.ws.ID, "Production", "alpha")
			r := f.call(t, tt.method, "/splits/ws/"+f.ws.ID+"/alpha/environments/Production"+tt.path+tt.query, tt.body)
			wantStatus(t, r, tt.status)
			after, _ := f.srv.Definition(f.ws.ID, "Production", "alpha")
			if tt.status != http.StatusOK {
				checkErrorBody(t, r, tt.status, "Title and comment are required")
				if after.LastUpdateTime != before.LastUpdateTime {
					t.Error("a refused write changed the definition")
				}
			} else if after.LastUpdateTime == before.LastUpdateTime {
				t.Error("an accepted write changed nothing")
			}
			listed := decode[envelope[Workspace]](t, f.call(t, "GET", "/workspaces", ""))
			if listed.Objects[0].RequiresTitleAndComments != tt.required {
				t.Errorf("GET /workspaces says requiresTitleAndComments %v, want %v", listed.Objects[0].RequiresTitleAndComments, tt.required)
			}
		})
	}
}
