package launchdarkly

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/provider/fakehttp"
	"rolloutdesk/backend/provider/launchdarkly/ldfake"
	"rolloutdesk/backend/provider/transport"
	"rolloutdesk/backend/provider/transport/transporttest"
)

// patches returns the PATCH requests srv received.
func patches(srv *ldfake.Server) []fakehttp.Request {
	return slices.DeleteFunc(srv.Requests(), func(r fakehttp.Request) bool { return r.Method != http.MethodPatch })
}

// variationIDs reads the _ids of flag key's variations.
func variationIDs(t *testing.T, c *Client, key string) []string {
	t.Helper()
	f, err := c.Flag(context.Background(), "web", key)
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]string, len(f.Variations))
	for i, v := range f.Variations {
		ids[i] = v.ID
	}
	return ids
}

// migrationFlag is a six-stage migration flag whose default cohort in
// production sends everyone to "off".
const migrationFlag = `{"key":"move-db","_purpose":"migration","variations":[{"value":"off"},{"value":"dualwrite"},
	{"value":"shadow"},{"value":"live"},{"value":"rampdown"},{"value":"complete"}],
	"environments":{"production":{"on":true,"fallthrough":{"rollout":{"contextKind":"user","variations":[
		{"variation":0,"weight":100000},{"variation":1,"weight":0},{"variation":2,"weight":0},
		{"variation":3,"weight":0},{"variation":4,"weight":0},{"variation":5,"weight":0}]}}}}}`

func TestReadFlagMatchesFetch(t *testing.T) {
	srv := newFake(t, 12)
	c, _ := newClient(t, srv, transport.Options{})
	ctx := context.Background()
	states, err := c.Fetch(ctx, provider.Scope{Project: "web"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	evaluated := 0
	for _, want := range states {
		if got, err := c.ReadFlag(ctx, want.Project, want.Environment, want.Key); err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("ReadFlag(%s, %s) = %+v, %v; Fetch gave %+v", want.Environment, want.Key, got, err, want)
		}
		if want.LastEvaluated != nil {
			evaluated++
		}
	}
	if len(states) != 36 || evaluated != 24 {
		t.Errorf("%d states, %d evaluated; want 36 and 24", len(states), evaluated)
	}

	tests := []struct {
		project, env, key string
		want              string
	}{
		{"web", "production", "nope", `get flag "nope" of project "web": HTTP 404: unknown flag "nope" (or project "web" or environment production)`},
		{"web", "qa", "flag-00001", `HTTP 404: unknown flag "flag-00001" (or project "web" or environment qa)`},
		{"shop", "production", "flag-00001", `HTTP 404: unknown flag "flag-00001" (or project "shop"`},
	}
	for _, tt := range tests {
		var he *transport.HTTPError
		if _, err := c.ReadFlag(ctx, tt.project, tt.env, tt.key); !errors.As(err, &he) || he.Status != 404 || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ReadFlag(%s, %s, %s) = %v; want a 404 with %q", tt.project, tt.env, tt.key, err, tt.want)
		}
	}
}

func TestWrites(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name  string
		key   string
		write func(c *Client) error
		// want builds the patch the fake must receive from the flag's
		// variation ids.
		want        func(ids []string) semanticPatch
		wantOn      bool
		wantServing []provider.Allocation
	}{
		{"kill", "flag-00000",
			func(c *Client) error { return c.SetOn(ctx, "web", "production", "flag-00000", false, "INC-7: kill") },
			func([]string) semanticPatch {
				return semanticPatch{EnvironmentKey: "production", Comment: "INC-7: kill", Instructions: []instruction{{Kind: "turnFlagOff"}}}
			},
			false, []provider.Allocation{{Variation: "true", Percent: 100}}},
		{"restore", "flag-00001",
			func(c *Client) error { return c.SetOn(ctx, "web", "production", "flag-00001", true, "") },
			func([]string) semanticPatch {
				return semanticPatch{EnvironmentKey: "production", Instructions: []instruction{{Kind: "turnFlagOn"}}}
			},
			true, []provider.Allocation{{Variation: "true", Percent: 60}, {Variation: "false", Percent: 40}}},
		{"25/75", "flag-00000",
			func(c *Client) error {
				return c.SetServing(ctx, "web", "production", "flag-00000",
					[]provider.Allocation{{Variation: "true", Percent: 25}, {Variation: "false", Percent: 75}}, "ramp")
			},
			func(ids []string) semanticPatch {
				return semanticPatch{EnvironmentKey: "production", Comment: "ramp", Instructions: []instruction{{
					Kind: "updateFallthroughVariationOrRollout", RolloutWeights: map[string]int{ids[0]: 25000, ids[1]: 75000}}}}
			},
			true, []provider.Allocation{{Variation: "true", Percent: 25}, {Variation: "false", Percent: 75}}},
		{"one variation gets everything", "flag-00001",
			func(c *Client) error {
				return c.SetServing(ctx, "web", "production", "flag-00001", []provider.Allocation{{Variation: "false", Percent: 100}}, "")
			},
			func(ids []string) semanticPatch {
				return semanticPatch{EnvironmentKey: "production", Instructions: []instruction{{
					Kind: "updateFallthroughVariationOrRollout", VariationID: ids[1]}}}
			},
			false, []provider.Allocation{{Variation: "false", Percent: 100}}},
		{"thirds: the remainder goes to the largest, the context kind stays", "flag-00002",
			func(c *Client) error {
				return c.SetServing(ctx, "web", "staging", "flag-00002", []provider.Allocation{
					{Variation: "green", Percent: 33.3333}, {Variation: "red", Percent: 33.3333}, {Variation: "blue", Percent: 33.3334}}, "")
			},
			func(ids []string) semanticPatch {
				return semanticPatch{EnvironmentKey: "staging", Instructions: []instruction{{
					Kind: "updateFallthroughVariationOrRollout", RolloutContextKind: "user",
					RolloutWeights: map[string]int{ids[0]: 33334, ids[1]: 33333, ids[2]: 33333}}}}
			},
			false, []provider.Allocation{{Variation: "red", Percent: 33.334}, {Variation: "green", Percent: 33.333}, {Variation: "blue", Percent: 33.333}}},
		{"named variations, shares of one variation add up", "flag-00003",
			func(c *Client) error {
				return c.SetServing(ctx, "web", "production", "flag-00003", []provider.Allocation{
					{Variation: "High", Percent: 30}, {Variation: "Mid", Percent: 50}, {Variation: "High", Percent: 20}}, "")
			},
			func(ids []string) semanticPatch {
				return semanticPatch{EnvironmentKey: "production", Instructions: []instruction{{
					Kind: "updateFallthroughVariationOrRollout", RolloutWeights: map[string]int{ids[0]: 0, ids[1]: 50000, ids[2]: 50000}}}}
			},
			false, []provider.Allocation{{Variation: "Low", Percent: 0}, {Variation: "Mid", Percent: 50}, {Variation: "High", Percent: 50}}},
		{"migration flag: one stage for everyone is still a rollout", "move-db",
			func(c *Client) error {
				return c.SetServing(ctx, "web", "production", "move-db", []provider.Allocation{{Variation: "dualwrite", Percent: 100}}, "stage 2")
			},
			func(ids []string) semanticPatch {
				return semanticPatch{EnvironmentKey: "production", Comment: "stage 2", Instructions: []instruction{{
					Kind: "updateFallthroughVariationOrRollout", RolloutContextKind: "user",
					RolloutWeights: map[string]int{ids[0]: 0, ids[1]: 100000, ids[2]: 0, ids[3]: 0, ids[4]: 0, ids[5]: 0}}}}
			},
			true, []provider.Allocation{{Variation: "off"}, {Variation: "dualwrite", Percent: 100}, {Variation: "shadow"},
				{Variation: "live"}, {Variation: "rampdown"}, {Variation: "complete"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newFake(t, 5)
			must(t, srv.AddFlagsJSON("web", []byte(migrationFlag)))
			c, _ := newClient(t, srv, transport.Options{})
			ids := variationIDs(t, c, tt.key)
			if err := tt.write(c); err != nil {
				t.Fatal(err)
			}
			sent := patches(srv)
			if len(sent) != 1 {
				t.Fatalf("%d PATCHes sent, want 1", len(sent))
			}
			r := sent[0]
			if r.Path != "/api/v2/flags/web/"+tt.key || r.RawQuery != "" || r.Status != 200 ||
				r.Header.Get("Content-Type") != "application/json; domain-model=launchdarkly.semanticpatch" ||
				!reflect.DeepEqual(r.Header.Values("LD-API-Version"), []string{APIVersion}) ||
				r.Header.Get("Authorization") != srv.Token() {
				t.Errorf("PATCH %s?%s answered %d with headers %v", r.Path, r.RawQuery, r.Status, r.Header)
			}
			var got semanticPatch
			if err := json.Unmarshal(r.Body, &got); err != nil || !reflect.DeepEqual(got, tt.want(ids)) {
				t.Errorf("sent %s (%v); want %+v", r.Body, err, tt.want(ids))
			}
			s, err := c.ReadFlag(ctx, "web", tt.want(ids).EnvironmentKey, tt.key)
			if err != nil || s.On != tt.wantOn || !reflect.DeepEqual(s.Serving, tt.wantServing) {
				t.Errorf("after the write: %+v, %v; want on %v, serving %v", s, err, tt.wantOn, tt.wantServing)
			}
		})
	}
}

// TestSemanticPatchNeedsItsContentType replays the body SetOn sent
// without the domain-model parameter: the fake, like LaunchDarkly, reads it
// as a JSON Patch and refuses it.
func TestSemanticPatchNeedsItsContentType(t *testing.T) {
	srv := newFake(t, 1)
	c, _ := newClient(t, srv, transport.Options{})
	if err := c.SetOn(context.Background(), "web", "staging", "flag-00000", true, "restore"); err != nil {
		t.Fatal(err)
	}
	sent := patches(srv)[0]
	req, err := http.NewRequest(http.MethodPatch, srv.URL()+sent.Path, bytes.NewReader(sent.Body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", srv.Token())
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var e struct{ Code, Message string }
	if err := json.NewDecoder(resp.Body).Decode(&e); err != nil || resp.StatusCode != 400 || e.Code != "invalid_request" ||
		!strings.Contains(e.Message, semanticPatchType) {
		t.Errorf("replayed as JSON Patch: %d %+v (%v); want 400 invalid_request naming the content type", resp.StatusCode, e, err)
	}
}

func TestWriteFailures(t *testing.T) {
	ctx := context.Background()
	kill := func(c *Client) error { return c.SetOn(ctx, "web", "production", "flag-00000", false, "kill") }
	serve := func(serving ...provider.Allocation) func(c *Client) error {
		return func(c *Client) error { return c.SetServing(ctx, "web", "production", "flag-00000", serving, "") }
	}
	requireApprovals := func(t *testing.T, srv *ldfake.Server) { must(t, srv.SetApprovalsRequired("web", "production", true)) }
	pending := func(kind ldfake.PendingChange) func(*testing.T, *ldfake.Server) {
		return func(t *testing.T, srv *ldfake.Server) {
			must(t, srv.SetPendingChange("web", "production", "flag-00000", kind))
		}
	}
	inject := func(f ldfake.Fault) func(*testing.T, *ldfake.Server) {
		return func(_ *testing.T, srv *ldfake.Server) { srv.Inject(f) }
	}
	tests := []struct {
		name        string
		setup       func(t *testing.T, srv *ldfake.Server)
		write       func(c *Client) error
		want        *transporttest.WantError // nil: success after one wait
		wantPatches int
	}{
		{"approval required", requireApprovals, kill, &transporttest.WantError{Is: provider.ErrApprovalRequired, Status: 405, Text: []string{
			`turn off flag "flag-00000" of project "web" in production: HTTP 405: the environment requires an approved change request for this (server said: method_not_allowed: Approval is required to make this request)`}}, 1},
		{"approval required for a rollout", requireApprovals, serve(provider.Allocation{Variation: "false", Percent: 100}),
			&transporttest.WantError{Is: provider.ErrApprovalRequired, Status: 405, Text: []string{"set the rollout of flag", "requires an approved change request"}}, 1},
		{"pending scheduled change", pending(ldfake.ScheduledChange), kill,
			&transporttest.WantError{Is: provider.ErrPendingChanges, Status: 400, Text: []string{
				`turn off flag "flag-00000" of project "web" in production: HTTP 400: the change conflicts with the flag's scheduled changes or pending approval requests`,
				`(server said: invalid_request: This change conflicts with a pending scheduled change on flag "flag-00000" in environment "production"`}}, 1},
		{"pending approval request, on a rollout", pending(ldfake.ApprovalRequest), serve(provider.Allocation{Variation: "false", Percent: 100}),
			&transporttest.WantError{Is: provider.ErrPendingChanges, Status: 400, Text: []string{
				`set the rollout of flag "flag-00000"`, "conflicts with a pending approval request"}}, 1},
		{"conflict", inject(ldfake.Fault{Kind: fakehttp.Conflict, Method: http.MethodPatch}), kill,
			&transporttest.WantError{Is: provider.ErrConflict, Status: 409, Text: []string{
				"HTTP 409: the flag changed while it was being written", "optimistic_locking_error: Conflict. Optimistic lock error."}}, 1},
		{"a 500 is not retried", inject(ldfake.Fault{Kind: fakehttp.ServerError, Method: http.MethodPatch}), kill,
			&transporttest.WantError{Status: 500, Text: []string{"HTTP 500: server error (Internal Server Error); gave up after 1 attempt"}}, 1},
		{"a 429 is retried", inject(ldfake.Fault{Kind: fakehttp.RateLimited, Method: http.MethodPatch, Times: 1, RateLimit: ldfake.RateLimit{RetryAfter: time.Second}}),
			kill, nil, 2},
		{"unknown variation", nil, serve(provider.Allocation{Variation: "maybe", Percent: 100}), &transporttest.WantError{Text: []string{
			`set the rollout of flag "flag-00000" of project "web" in production: the flag has no variation "maybe"; its variations are "true", "false"`}}, 0},
		{"shares short of 100%", nil, serve(provider.Allocation{Variation: "true", Percent: 12.5}, provider.Allocation{Variation: "false", Percent: 80}),
			&transporttest.WantError{Text: []string{"the percentages add up to 92.5, not 100"}}, 0},
		{"a share above 100%", nil, serve(provider.Allocation{Variation: "true", Percent: 150}, provider.Allocation{Variation: "false", Percent: -50}),
			&transporttest.WantError{Text: []string{`150% for variation "true" is not between 0 and 100`}}, 0},
		{"unknown flag", nil, func(c *Client) error { return c.SetOn(ctx, "web", "production", "nope", true, "") },
			&transporttest.WantError{Status: 404, Text: []string{`turn on flag "nope" of project "web" in production: HTTP 404: unknown flag "nope" (or project "web")`}}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newFake(t, 5)
			if tt.setup != nil {
				tt.setup(t, srv)
			}
			c, clock := newClient(t, srv, transport.Options{})
			before, err := c.ReadFlag(ctx, "web", "production", "flag-00000")
			if err != nil {
				t.Fatal(err)
			}
			err = tt.write(c)
			if n := len(patches(srv)); n != tt.wantPatches {
				t.Errorf("%d PATCHes sent, want %d", n, tt.wantPatches)
			}
			if tt.want == nil {
				if err != nil || len(clock.Sleeps()) != 1 {
					t.Errorf("write = %v after waits %v; want success after one wait", err, clock.Sleeps())
				}
				return
			}
			want := *tt.want
			want.Secret = srv.Token()
			want.Check(t, err)
			srv.ClearFaults()
			if after, err := c.ReadFlag(ctx, "web", "production", "flag-00000"); err != nil || !reflect.DeepEqual(after, before) {
				t.Errorf("a failed write changed the flag: %+v → %+v (%v)", before, after, err)
			}
		})
	}
}

// TestWriteErrorMeaning checks which failures of a write writeError
// recognises, from the status and the server's message.
func TestWriteErrorMeaning(t *testing.T) {
	tests := []struct {
		status  int
		message string
		want    error // nil: none
	}{
		{400, "This change conflicts with a pending scheduled change on flag \"f\"", provider.ErrPendingChanges},
		{400, "Conflicts with pending scheduled changes", provider.ErrPendingChanges},
		{400, "The update would cause approval request 65a1 to fail: conflict", provider.ErrPendingChanges},
		{400, "Invalid semantic patch: unknown variation id", nil},
		{400, "rollout weights conflict with each other", nil},
		{400, "the approval settings are invalid", nil},
		{405, "Approval is required to make this request", provider.ErrApprovalRequired},
		{409, "Conflict. Optimistic lock error. Try again later.", provider.ErrConflict},
		{500, "conflict with a scheduled change", nil},
	}
	reasons := []error{provider.ErrPendingChanges, provider.ErrApprovalRequired, provider.ErrConflict}
	for _, tt := range tests {
		err := writeError(&transport.HTTPError{Call: "write", Status: tt.status, Code: "invalid_request", Message: tt.message})
		for _, reason := range reasons {
			if errors.Is(err, reason) != (reason == tt.want) {
				t.Errorf("%d %q: errors.Is(%v) = %v", tt.status, tt.message, reason, !(reason == tt.want))
			}
		}
		if !strings.Contains(err.Error(), tt.message) {
			t.Errorf("%d %q: error %q lost the server's message", tt.status, tt.message, err)
		}
	}
}
