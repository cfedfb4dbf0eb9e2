package ldfake

import (
	"encoding/json"
	"net/http"
	"reflect"
	"strings"
	"testing"
)

func TestPendingChanges(t *testing.T) {
	turnOff := `{"environmentKey":"production","instructions":[{"kind":"turnFlagOff"}]}`
	tests := []struct {
		name    string
		pending PendingChange // on flag-00000 in production, which is on
		target  string
		body    string
		status  int
		message string // in the error, when status is not 200
	}{
		{"a scheduled change refuses a change", ScheduledChange, "flag-00000", turnOff, 400,
			`This change conflicts with a pending scheduled change on flag "flag-00000" in environment "production"`},
		{"an approval request refuses a change", ApprovalRequest, "flag-00000", turnOff, 400,
			"conflicts with a pending approval request"},
		{"a rollout conflicts too", ScheduledChange, "flag-00000",
			`{"environmentKey":"production","instructions":[{"kind":"updateFallthroughVariationOrRollout","rolloutWeights":{"{v0}":50000,"{v1}":50000}}]}`, 400,
			"conflicts with a pending scheduled change"},
		{"ignoreConflicts=false refuses it", ScheduledChange, "flag-00000?ignoreConflicts=false", turnOff, 400, "Pass ignoreConflicts=true"},
		{"ignoreConflicts=true applies it", ScheduledChange, "flag-00000?ignoreConflicts=true", turnOff, 200, ""},
		{"a patch that changes nothing passes", ScheduledChange, "flag-00000",
			`{"environmentKey":"production","instructions":[{"kind":"turnFlagOn"}]}`, 200, ""},
		{"another environment is free", ScheduledChange, "flag-00000",
			`{"environmentKey":"staging","instructions":[{"kind":"turnFlagOn"}]}`, 200, ""},
		{"another flag is free", ScheduledChange, "flag-00001",
			`{"environmentKey":"production","instructions":[{"kind":"turnFlagOn"}]}`, 200, ""},
		{"taken away", "", "flag-00000", turnOff, 200, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newWritable(t)
			if err := srv.SetPendingChange("web", "production", "flag-00000", ScheduledChange); err != nil {
				t.Fatal(err)
			}
			if err := srv.SetPendingChange("web", "production", "flag-00000", tt.pending); err != nil {
				t.Fatal(err)
			}
			key, _, _ := strings.Cut(tt.target, "?")
			before := readFlag(t, srv, key)
			r := patchBody(t, srv, tt.target, semanticPatchType, tt.body)
			if r.status != tt.status {
				t.Fatalf("status %d, want %d: %s", r.status, tt.status, r.body)
			}
			if tt.status == http.StatusOK {
				return
			}
			var e struct{ Code, Message string }
			if code := errorCode(t, r); code != "invalid_request" || json.Unmarshal(r.body, &e) != nil || !strings.Contains(e.Message, tt.message) {
				t.Errorf("error %s; want invalid_request with %q", r.body, tt.message)
			}
			if after := readFlag(t, srv, key); !reflect.DeepEqual(after, before) {
				t.Errorf("a refused patch changed the flag: %+v → %+v", before, after)
			}
		})
	}
}

func TestSetPendingChangeNeedsAnEnvironment(t *testing.T) {
	srv := newWritable(t)
	for _, where := range [][2]string{{"nope", "production"}, {"web", "qa"}} {
		if err := srv.SetPendingChange(where[0], where[1], "flag-00000", ScheduledChange); err == nil {
			t.Errorf("SetPendingChange(%s, %s) succeeded", where[0], where[1])
		}
	}
}
