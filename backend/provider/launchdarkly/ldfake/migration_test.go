package ldfake

import (
	"encoding/json"
	"net/http"
	"reflect"
	"strings"
	"testing"
)

// migrationFlag is a two-stage migration flag whose default cohort in
// production sends everyone to "off".
const migrationFlag = `{"key":"move-db","_purpose":"migration","variations":[{"value":"off"},{"value":"complete"}],
	"environments":{"production":{"on":true,"fallthrough":{"rollout":{"contextKind":"user","variations":[
		{"variation":0,"weight":100000},{"variation":1,"weight":0}]}}}}}`

// TestMigrationFlagServing checks that a migration flag's default cohort
// takes rollouts only, from either kind of patch, as LaunchDarkly
// documents.
func TestMigrationFlagServing(t *testing.T) {
	tests := []struct {
		name, contentType, body string
		status                  int
		wantServed              string // the fallthrough afterwards, as JSON
	}{
		{"a variationId is refused", semanticPatchType,
			`{"environmentKey":"production","instructions":[{"kind":"updateFallthroughVariationOrRollout","variationId":"{v1}"}]}`, 400, ""},
		{"a JSON Patch of one variation is refused", "application/json",
			`[{"op":"replace","path":"/environments/production/fallthrough","value":{"variation":1}}]`, 400, ""},
		{"rolloutWeights giving one stage everything", semanticPatchType,
			`{"environmentKey":"production","instructions":[{"kind":"updateFallthroughVariationOrRollout","rolloutWeights":{"{v0}":0,"{v1}":100000}}]}`, 200,
			`{"rollout":{"variations":[{"variation":0,"weight":0},{"variation":1,"weight":100000}],"contextKind":"user"}}`},
		{"a JSON Patch rollout", "application/json",
			`[{"op":"replace","path":"/environments/production/fallthrough","value":{"rollout":{"variations":[{"variation":0,"weight":40000},{"variation":1,"weight":60000}]}}}]`, 200,
			`{"rollout":{"variations":[{"variation":0,"weight":40000},{"variation":1,"weight":60000}]}}`},
		{"turning it off", semanticPatchType, `{"environmentKey":"production","instructions":[{"kind":"turnFlagOff"}]}`, 200,
			`{"rollout":{"variations":[{"variation":0,"weight":100000},{"variation":1,"weight":0}],"contextKind":"user"}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newWritable(t)
			if err := srv.AddFlagsJSON("web", []byte(migrationFlag)); err != nil {
				t.Fatal(err)
			}
			before := readFlag(t, srv, "move-db")
			r := patchBody(t, srv, "move-db", tt.contentType, tt.body)
			if r.status != tt.status {
				t.Fatalf("status %d, want %d: %s", r.status, tt.status, r.body)
			}
			after := readFlag(t, srv, "move-db")
			if tt.status == http.StatusOK {
				if got := jsonOf(after.Environments["production"].Fallthrough); got != tt.wantServed {
					t.Errorf("fallthrough %s, want %s", got, tt.wantServed)
				}
				return
			}
			var e struct{ Code, Message string }
			if code := errorCode(t, r); code != "invalid_request" || json.Unmarshal(r.body, &e) != nil ||
				!strings.Contains(e.Message, `flag "move-db" is a migration flag`) {
				t.Errorf("error %s; want invalid_request naming the migration flag", r.body)
			}
			if !reflect.DeepEqual(after, before) {
				t.Errorf("a refused patch changed the flag: %+v → %+v", before, after)
			}
		})
	}
}
