package split_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/provider/fakehttp"
	"rolloutdesk/backend/provider/split"
	"rolloutdesk/backend/provider/split/splitfake"
	"rolloutdesk/backend/provider/transport/transporttest"
)

// writes returns the requests other than GETs that srv received.
func writes(srv *splitfake.Server) []fakehttp.Request {
	return slices.DeleteFunc(srv.Requests(), func(r fakehttp.Request) bool { return r.Method == http.MethodGet })
}

func TestReadFlagMatchesFetch(t *testing.T) {
	w := newWorld(t)
	evaluated := simpleDefinition("evaluated")
	evaluated.LastTrafficReceivedAt = time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC).UnixMilli()
	evaluated.Killed = true
	w.srv.PutDefinition(w.ws.ID, w.lower.ID, evaluated)
	c, _ := w.client(t, nil)
	ctx := context.Background()
	states, err := c.Fetch(ctx, provider.Scope{Project: "Default"}, nil)
	if err != nil || len(states) != 123 {
		t.Fatalf("Fetch = %d states, %v; want 123", len(states), err)
	}
	for _, want := range states {
		if got, err := c.ReadFlag(ctx, want.Project, want.Environment, want.Key); err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("ReadFlag(%s, %s) = %+v, %v; Fetch gave %+v", want.Environment, want.Key, got, err, want)
		}
	}
	byID, err := c.ReadFlag(ctx, w.ws.ID, w.lower.ID, "evaluated")
	if err != nil || byID.Environment != "production" || byID.On || byID.LastEvaluated == nil {
		t.Errorf("ReadFlag by ids = %+v, %v", byID, err)
	}

	tests := []struct {
		project, env, key string
		want              string
	}{
		{"Default", "Production", "nope", `split: get definition of nope in Default/Production: HTTP 404: unknown flag "nope" in Default/Production`},
		{"Default", "PRODUCTION", "flag_001", `split: unknown environment "PRODUCTION" in workspace "Default"; known environments: Production, Staging, production`},
		{"Nope", "Production", "flag_001", `split: unknown workspace "Nope"; known workspaces: Default, Other`},
	}
	for _, tt := range tests {
		if _, err := c.ReadFlag(ctx, tt.project, tt.env, tt.key); err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("ReadFlag(%s, %s, %s) = %v\nwant %s", tt.project, tt.env, tt.key, err, tt.want)
		}
	}
}

// TestWrites checks each write's request, that it carries a title and a
// comment (see auditNote) so that a workspace that requires them takes it,
// and the flag after it.
func TestWrites(t *testing.T) {
	ctx := context.Background()
	const defaultComment = "Changed from Rollout Desk; no comment was given."
	tests := []struct {
		name        string
		write       func(c *split.Client, w world) error
		wantMethod  string
		wantPath    func(w world) string // below the API root
		wantPatch   string               // the body of a PATCH; kill and restore send the note
		wantTitle   string
		wantComment string
		wantOn      bool
		wantServing []provider.Allocation
	}{
		{"kill with a comment",
			func(c *split.Client, _ world) error {
				return c.SetOn(ctx, "Default", "Production", "flag_007", false, "INC-7: kill")
			},
			"PUT", func(w world) string { return "/splits/ws/" + w.ws.ID + "/flag_007/environments/" + w.prod.ID + "/kill" },
			"", "Rollout Desk: kill flag_007 in Production", "INC-7: kill",
			false, []provider.Allocation{{Variation: "on", Percent: 20}, {Variation: "off", Percent: 80}}},
		{"restore without a comment",
			func(c *split.Client, w world) error {
				d := simpleDefinition("flag_007")
				d.Killed = true
				w.srv.PutDefinition(w.ws.ID, w.prod.ID, d)
				return c.SetOn(ctx, "Default", "Production", "flag_007", true, " ")
			},
			"PUT", func(w world) string {
				return "/splits/ws/" + w.ws.ID + "/flag_007/environments/" + w.prod.ID + "/restore"
			},
			"", "Rollout Desk: restore flag_007 in Production", defaultComment,
			true, []provider.Allocation{{Variation: "on", Percent: 20}, {Variation: "off", Percent: 80}}},
		{"25/75",
			func(c *split.Client, _ world) error {
				return c.SetServing(ctx, "Default", "Production", "flag_007",
					[]provider.Allocation{{Variation: "on", Percent: 25}, {Variation: "off", Percent: 75}}, "ramp")
			},
			"PATCH", func(w world) string { return "/splits/ws/" + w.ws.ID + "/flag_007/environments/" + w.prod.ID },
			`[{"op":"replace","path":"/defaultRule","value":[{"treatment":"on","size":25},{"treatment":"off","size":75}]}]`,
			"Rollout Desk: set flag_007 in Production to on 25%, off 75%", "ramp",
			true, []provider.Allocation{{Variation: "on", Percent: 25}, {Variation: "off", Percent: 75}}},
		{"one treatment gets everything, named by ids",
			func(c *split.Client, w world) error {
				return c.SetServing(ctx, w.ws.ID, w.prod.ID, "flag_007", []provider.Allocation{{Variation: "off", Percent: 100}}, "")
			},
			"PATCH", func(w world) string { return "/splits/ws/" + w.ws.ID + "/flag_007/environments/" + w.prod.ID },
			`[{"op":"replace","path":"/defaultRule","value":[{"treatment":"off","size":100}]}]`,
			"Rollout Desk: set flag_007 in Production to off 100%", defaultComment,
			true, []provider.Allocation{{Variation: "off", Percent: 100}}},
		{"shares of one treatment add up",
			func(c *split.Client, _ world) error {
				return c.SetServing(ctx, "Default", "Production", "flag_007", []provider.Allocation{
					{Variation: "off", Percent: 50}, {Variation: "on", Percent: 10}, {Variation: "off", Percent: 40}}, "")
			},
			"PATCH", func(w world) string { return "/splits/ws/" + w.ws.ID + "/flag_007/environments/" + w.prod.ID },
			`[{"op":"replace","path":"/defaultRule","value":[{"treatment":"off","size":90},{"treatment":"on","size":10}]}]`,
			"Rollout Desk: set flag_007 in Production to off 90%, on 10%", defaultComment,
			true, []provider.Allocation{{Variation: "off", Percent: 90}, {Variation: "on", Percent: 10}}},
	}
	for _, tt := range tests {
		for _, required := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s, requiresTitleAndComments %v", tt.name, required), func(t *testing.T) {
				w := newWorld(t)
				w.srv.SetRequiresTitleAndComments(w.ws.ID, required)
				c, _ := w.client(t, nil)
				if err := tt.write(c, w); err != nil {
					t.Fatal(err)
				}
				sent := writes(w.srv)
				if len(sent) != 1 {
					t.Fatalf("%d writes sent, want 1", len(sent))
				}
				r := sent[0]
				wantBody := tt.wantPatch
				if wantBody == "" {
					wantBody = fmt.Sprintf(`{"comment":%q,"title":%q}`, tt.wantComment, tt.wantTitle)
				}
				if r.Method != tt.wantMethod || r.Path != splitfake.APIRoot+tt.wantPath(w) || string(r.Body) != wantBody || r.Status != 200 {
					t.Errorf("sent %s %s %s, answered %d; want %s %s %s", r.Method, r.Path, r.Body, r.Status, tt.wantMethod, tt.wantPath(w), wantBody)
				}
				if q, err := url.ParseQuery(r.RawQuery); err != nil || !reflect.DeepEqual(q, url.Values{"title": {tt.wantTitle}, "comment": {tt.wantComment}}) {
					t.Errorf("query %q, want title %q and comment %q", r.RawQuery, tt.wantTitle, tt.wantComment)
				}
				s, err := c.ReadFlag(ctx, "Default", "Production", "flag_007")
				if err != nil || s.On != tt.wantOn || !reflect.DeepEqual(s.Serving, tt.wantServing) {
					t.Errorf("after the write: %+v, %v; want on %v, serving %v", s, err, tt.wantOn, tt.wantServing)
				}
			})
		}
	}
}

func TestWriteFailures(t *testing.T) {
	ctx := context.Background()
	kill := func(c *split.Client) error { return c.SetOn(ctx, "Default", "Production", "flag_007", false, "kill") }
	serve := func(serving ...provider.Allocation) func(c *split.Client) error {
		return func(c *split.Client) error {
			return c.SetServing(ctx, "Default", "Production", "flag_007", serving, "")
		}
	}
	requireApprovals := func(w world) { w.srv.SetApprovalsRequired(w.ws.ID, "Production", true) }
	inject := func(f splitfake.Fault) func(world) {
		return func(w world) { w.srv.InjectFault(f) }
	}
	tests := []struct {
		name       string
		setup      func(w world)
		write      func(c *split.Client) error
		want       *transporttest.WantError // nil: success after one wait
		wantWrites int
	}{
		{"approval required", requireApprovals, kill, &transporttest.WantError{Is: provider.ErrApprovalRequired, Status: 403, Text: []string{
			"split: kill flag_007 in Default/Production: HTTP 403: the environment requires an approved change request for this (server said: Approvals are required. orgId=org-fake envId="}}, 1},
		{"approval required for a rollout", requireApprovals, serve(provider.Allocation{Variation: "on", Percent: 100}),
			&transporttest.WantError{Is: provider.ErrApprovalRequired, Status: 403, Text: []string{
				"set the default rule of flag_007 in Default/Production: HTTP 403: the environment requires an approved change request"}}, 1},
		{"a 403 for a missing role is not about approvals", inject(splitfake.Fault{Kind: fakehttp.Forbidden, Method: http.MethodPut}), kill,
			&transporttest.WantError{Status: 403, Text: []string{"HTTP 403: the token lacks a role/permission for this request"}}, 1},
		{"conflict", inject(splitfake.Fault{Kind: fakehttp.Conflict, Method: http.MethodPatch}), serve(provider.Allocation{Variation: "on", Percent: 100}),
			&transporttest.WantError{Is: provider.ErrConflict, Status: 409, Text: []string{"HTTP 409: the flag changed while it was being written"}}, 1},
		{"a 500 is not retried", inject(splitfake.Fault{Kind: fakehttp.ServerError, Method: http.MethodPut}), kill,
			&transporttest.WantError{Status: 500, Text: []string{
				"split: kill flag_007 in Default/Production: HTTP 500: server error (Internal Server Error); gave up after 1 attempt"}}, 1},
		{"a 429 is retried", inject(splitfake.Fault{Kind: fakehttp.RateLimited, Method: http.MethodPatch, Times: 1, RateLimit: splitfake.RateLimit{ResetOrg: 2}}),
			serve(provider.Allocation{Variation: "on", Percent: 100}), nil, 2},
		{"unknown treatment", nil, serve(provider.Allocation{Variation: "blue", Percent: 100}), &transporttest.WantError{Text: []string{
			`split: set the default rule of flag_007 in Default/Production: the flag has no treatment "blue"; its treatments are: off, on`}}, 0},
		{"a fraction of a percent", nil, serve(provider.Allocation{Variation: "on", Percent: 12.5}, provider.Allocation{Variation: "off", Percent: 87.5}),
			&transporttest.WantError{Text: []string{"Split splits in whole percents; 12.5% cannot be set"}}, 0},
		{"shares short of 100%", nil, serve(provider.Allocation{Variation: "on", Percent: 10}, provider.Allocation{Variation: "off", Percent: 80}),
			&transporttest.WantError{Text: []string{"the percentages add up to 90, not 100"}}, 0},
		{"a negative share", nil, serve(provider.Allocation{Variation: "on", Percent: -10}, provider.Allocation{Variation: "off", Percent: 110}),
			&transporttest.WantError{Text: []string{`-10% for treatment "on" is not between 0 and 100`}}, 0},
		{"unknown flag", nil, func(c *split.Client) error { return c.SetOn(ctx, "Default", "Production", "nope", true, "") },
			&transporttest.WantError{Status: 404, Text: []string{`split: restore nope in Default/Production: HTTP 404: unknown flag "nope" in Default/Production`}}, 1},
	}
	for _, tt := range tests {
		for _, byIDs := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s, ids known %v", tt.name, byIDs), func(t *testing.T) {
				w := newWorld(t)
				if tt.setup != nil {
					tt.setup(w)
				}
				edit, token := func(*split.Options) {}, w.srv.Token()
				if byIDs {
					edit, token = w.byIDs(w.prod.ID), w.srv.FlagsOnlyToken()
				}
				c, clock := w.client(t, edit)
				before, err := c.ReadFlag(ctx, "Default", "Production", "flag_007")
				if err != nil {
					t.Fatal(err)
				}
				err = tt.write(c)
				if n := len(writes(w.srv)); n != tt.wantWrites {
					t.Errorf("%d writes sent, want %d", n, tt.wantWrites)
				}
				if tt.want == nil {
					if err != nil || !reflect.DeepEqual(clock.Sleeps(), []time.Duration{2 * time.Second}) {
						t.Errorf("write = %v after waits %v; want success after 2s", err, clock.Sleeps())
					}
					return
				}
				want := *tt.want
				want.Secret = token
				want.Check(t, err)
				if want.Is == nil && errors.Is(err, provider.ErrApprovalRequired) {
					t.Errorf("error %v claims an approval is required", err)
				}
				w.srv.ClearFaults()
				if after, err := c.ReadFlag(ctx, "Default", "Production", "flag_007"); err != nil || !reflect.DeepEqual(after, before) {
					t.Errorf("a failed write changed the flag: %+v → %+v (%v)", before, after, err)
				}
			})
		}
	}
}
