package split_test

import (
	"context"
	"net/http"
	"reflect"
	"slices"
	"strings"
	"testing"

	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/provider/split"
	"rolloutdesk/backend/provider/split/splitfake"
)

// byIDs configures the client with the workspace id and envs' ids and the
// fake's feature-flags-only key, which may not list workspaces or
// environments.
func (w world) byIDs(envs ...string) func(*split.Options) {
	return func(o *split.Options) {
		o.Token = w.srv.FlagsOnlyToken()
		o.WorkspaceID = w.ws.ID
		o.EnvironmentIDs = envs
	}
}

// lists counts the requests the fake received by what they list or change:
// "workspaces", "environments" or "flags".
func lists(w world) map[string]int {
	got := map[string]int{}
	for _, r := range w.srv.Requests() {
		switch path := strings.TrimPrefix(r.Path, splitfake.APIRoot); {
		case strings.HasPrefix(path, "/workspaces"):
			got["workspaces"]++
		case strings.HasPrefix(path, "/environments/"):
			got["environments"]++
		default:
			got["flags"]++
		}
	}
	return got
}

func TestFetchByIDs(t *testing.T) {
	w := newWorld(t)
	tests := []struct {
		name        string
		edit        func(*split.Options)
		scope       provider.Scope
		perEnv      map[string]int
		wantProject string
		wantLists   map[string]int
		wantErr     string
	}{
		{"the ids' environments, named by the scope", w.byIDs(w.prod.ID, w.lower.ID), provider.Scope{Project: "Default"},
			map[string]int{"Production": 120, "production": 2}, "Default", map[string]int{"flags": 3 + 1}, ""},
		{"no project: labelled with the workspace id", w.byIDs(w.prod.ID), provider.Scope{},
			map[string]int{"Production": 120}, w.ws.ID, map[string]int{"flags": 3}, ""},
		{"the scope's environments by name", w.byIDs(w.prod.ID), provider.Scope{Project: "Default", Environments: []string{"production"}},
			map[string]int{"production": 2}, "Default", map[string]int{"flags": 1}, ""},
		{"an environment by id and by name once", w.byIDs(w.prod.ID), provider.Scope{Project: "Default", Environments: []string{w.prod.ID, "Production", w.prod.ID}},
			map[string]int{"Production": 120}, "Default", map[string]int{"flags": 3 + 3}, ""},
		{"an environment without flags", w.byIDs(w.stg.ID), provider.Scope{Project: "Default"},
			map[string]int{}, "Default", map[string]int{"flags": 1}, ""},
		{"an unknown environment", w.byIDs(w.prod.ID), provider.Scope{Project: "Default", Environments: []string{"Nope"}}, nil, "",
			map[string]int{"flags": 1}, `split: list definitions Default/Nope (offset 0): HTTP 404: unknown workspace "Default" or environment "Nope"`},
		{"the workspace id alone still lists environments", func(o *split.Options) { o.WorkspaceID = w.ws.ID }, provider.Scope{Project: "Default", Environments: []string{"Production"}},
			map[string]int{"Production": 120}, "Default", map[string]int{"environments": 1, "flags": 3}, ""},
		{"a flags-only key without ids", func(o *split.Options) { o.Token = w.srv.FlagsOnlyToken() }, provider.Scope{Project: "Default"}, nil, "",
			map[string]int{"workspaces": 1}, `split: list workspaces (offset 0): HTTP 403: the token lacks a role/permission for this request (server said: Forbidden`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w.srv.ResetStats()
			c, _ := w.client(t, tt.edit)
			states, err := c.Fetch(context.Background(), tt.scope, nil)
			if got := lists(w); !reflect.DeepEqual(got, tt.wantLists) {
				t.Errorf("requests %v, want %v", got, tt.wantLists)
			}
			if tt.wantErr != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tt.wantErr) || states != nil {
					t.Fatalf("got %d states, error %v\nwant error %s", len(states), err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]int{}
			for _, s := range states {
				got[s.Environment]++
				if s.Project != tt.wantProject {
					t.Fatalf("state %+v: project %q, want %q", s, s.Project, tt.wantProject)
				}
			}
			if !reflect.DeepEqual(got, tt.perEnv) {
				t.Errorf("flags per environment %v, want %v", got, tt.perEnv)
			}
			envIDs := map[string]string{"Production": w.prod.ID, "production": w.lower.ID}
			for _, want := range states {
				for _, env := range []string{want.Environment, envIDs[want.Environment]} {
					read, err := c.ReadFlag(context.Background(), want.Project, env, want.Key)
					if err != nil || !reflect.DeepEqual(read, want) {
						t.Fatalf("ReadFlag(%s, %s, %s) = %+v, %v; Fetch gave %+v", want.Project, env, want.Key, read, err, want)
					}
				}
			}
		})
	}
}

// TestWriteRequests checks the exact requests of a kill, restore or rollout
// as the app makes them (read, write, read back), with the ids known and
// without, where names are looked up once per client.
func TestWriteRequests(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t)
	flag := "/splits/ws/" + w.ws.ID + "/flag_007/environments/"
	byName, byID := flag+"Production", flag+w.prod.ID
	lookups := []string{"GET /workspaces", "GET /environments/ws/" + w.ws.ID}
	act := func(write func(c *split.Client) error) func(c *split.Client) error {
		return func(c *split.Client) error {
			if _, err := c.ReadFlag(ctx, "Default", "Production", "flag_007"); err != nil {
				return err
			}
			if err := write(c); err != nil {
				return err
			}
			_, err := c.ReadFlag(ctx, "Default", "Production", "flag_007")
			return err
		}
	}
	kill := act(func(c *split.Client) error { return c.SetOn(ctx, "Default", "Production", "flag_007", false, "INC-1") })
	restore := act(func(c *split.Client) error { return c.SetOn(ctx, "Default", "Production", "flag_007", true, "") })
	ramp := act(func(c *split.Client) error {
		return c.SetServing(ctx, "Default", "Production", "flag_007",
			[]provider.Allocation{{Variation: "on", Percent: 50}, {Variation: "off", Percent: 50}}, "")
	})
	sync := func(c *split.Client) error {
		_, err := c.Fetch(ctx, provider.Scope{Project: "Default", Environments: []string{"production"}}, nil)
		return err
	}
	tests := []struct {
		name   string
		edit   func(*split.Options)
		before func(c *split.Client) error // not counted
		action func(c *split.Client) error
		want   []string
	}{
		{"kill, ids known", w.byIDs(w.prod.ID), nil, kill,
			[]string{"GET " + byName, "PUT " + byName + "/kill", "GET " + byName}},
		{"restore, ids known", w.byIDs(w.prod.ID), nil, restore,
			[]string{"GET " + byName, "PUT " + byName + "/restore", "GET " + byName}},
		{"rollout, ids known", w.byIDs(w.prod.ID), nil, ramp,
			[]string{"GET " + byName, "GET " + byName, "PATCH " + byName, "GET " + byName}},
		{"kill, names looked up", nil, nil, kill,
			append(lookups, "GET "+byID, "PUT "+byID+"/kill", "GET "+byID)},
		{"kill after a kill: the lookups are kept", nil, kill, kill,
			[]string{"GET " + byID, "PUT " + byID + "/kill", "GET " + byID}},
		{"rollout after a sync: the sync's lookups are kept", nil, sync, ramp,
			[]string{"GET " + byID, "GET " + byID, "PATCH " + byID, "GET " + byID}},
		{"a sync after a kill looks up afresh", nil, kill, sync,
			append(lookups, "GET /splits/ws/"+w.ws.ID+"/environments/"+w.lower.ID)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, _ := w.client(t, tt.edit)
			if tt.before != nil {
				if err := tt.before(c); err != nil {
					t.Fatal(err)
				}
			}
			w.srv.ResetStats()
			if err := tt.action(c); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range w.srv.Requests() {
				got = append(got, r.Method+" "+strings.TrimPrefix(r.Path, splitfake.APIRoot))
				if r.Status != http.StatusOK {
					t.Errorf("%s %s answered %d", r.Method, r.Path, r.Status)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("requests\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
