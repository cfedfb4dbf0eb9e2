package split_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/provider/fakehttp"
	"rolloutdesk/backend/provider/split"
	"rolloutdesk/backend/provider/split/splitfake"
)

func TestFetchScope(t *testing.T) {
	w := newWorld(t)
	tests := []struct {
		name    string
		scope   provider.Scope
		perEnv  map[string]int
		wantErr string
	}{
		{"workspace and env by name", provider.Scope{Project: "Default", Environments: []string{"Production"}},
			map[string]int{"Production": 120}, ""},
		{"workspace by id", provider.Scope{Project: w.ws.ID, Environments: []string{"Production"}},
			map[string]int{"Production": 120}, ""},
		{"env by id", provider.Scope{Project: "Default", Environments: []string{w.prod.ID}},
			map[string]int{"Production": 120}, ""},
		{"env names are case-sensitive", provider.Scope{Project: "Default", Environments: []string{"production"}},
			map[string]int{"production": 2}, ""},
		{"same env by id and name once", provider.Scope{Project: "Default", Environments: []string{"Production", w.prod.ID}},
			map[string]int{"Production": 120}, ""},
		{"all envs when none given", provider.Scope{Project: "Default"},
			map[string]int{"Production": 120, "production": 2}, ""},
		{"unknown workspace", provider.Scope{Project: "Nope"}, nil,
			`split: unknown workspace "Nope"; known workspaces: Default, Other`},
		{"workspace name is exact", provider.Scope{Project: "default"}, nil,
			`unknown workspace "default"`},
		{"unknown env", provider.Scope{Project: "Default", Environments: []string{"PRODUCTION"}}, nil,
			`split: unknown environment "PRODUCTION" in workspace "Default"; known environments: Production, Staging, production`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, _ := w.client(t, nil)
			states, err := c.Fetch(context.Background(), tt.scope, nil)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || states != nil {
					t.Fatalf("got %d states, error %v; want error containing %q", len(states), err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]int{}
			ids := map[provider.ID]bool{}
			for _, s := range states {
				got[s.Environment]++
				ids[s.ID()] = true
				if s.Provider != provider.Split || s.Project != "Default" {
					t.Fatalf("state %+v: wrong provider or project", s)
				}
			}
			if len(ids) != len(states) {
				t.Errorf("%d states but %d distinct ids", len(states), len(ids))
			}
			for env, n := range tt.perEnv {
				if got[env] != n {
					t.Errorf("environment %s: %d flags, want %d (all: %v)", env, got[env], n, got)
				}
			}
			if len(got) != len(tt.perEnv) {
				t.Errorf("environments %v, want %v", got, tt.perEnv)
			}
		})
	}
}

func TestFetchPages(t *testing.T) {
	w := newWorld(t)
	c, _ := w.client(t, nil)
	var mu sync.Mutex
	var reports []provider.Progress
	states, err := c.Fetch(context.Background(), provider.Scope{Project: "Default", Environments: []string{"Production"}},
		func(p provider.Progress) {
			mu.Lock()
			reports = append(reports, p)
			mu.Unlock()
		})
	if err != nil {
		t.Fatal(err)
	}
	want := make([]string, 120)
	for i := range want {
		want[i] = states[i].Key
	}
	if !slices.IsSorted(want) || want[0] != "flag_000" || want[119] != "flag_119" {
		t.Errorf("flags out of order or missing: %v…", want[:3])
	}
	st := w.srv.Stats()
	if n := st.ByPath["GET /splits/ws/"+w.ws.ID+"/environments/"+w.prod.ID]; n != 3 {
		t.Errorf("%d definition pages requested, want 3 (limit 50): %v", n, st.ByPath)
	}
	// 1 workspaces page + 1 environments call + 3 definition pages.
	last := reports[len(reports)-1]
	if len(reports) != 5 || last.Done != 5 || last.Total != 5 {
		t.Errorf("last report %+v after %d reports, want 5/5", last, len(reports))
	}
	for i, p := range reports {
		if p.Done > p.Total || (i > 0 && p.Done < reports[i-1].Done) || p.Message == "" {
			t.Errorf("report %d: %+v", i, p)
		}
	}
}

func TestFetchCancel(t *testing.T) {
	w := newWorld(t)
	w.srv.InjectFault(splitfake.Fault{Kind: fakehttp.Slow, Path: "/splits/", Delay: 20 * time.Millisecond})
	c, _ := w.client(t, nil)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	states, err := c.Fetch(ctx, provider.Scope{Project: "Default"}, func(p provider.Progress) {
		if strings.HasPrefix(p.Message, "list definitions") {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) || states != nil {
		t.Fatalf("got %d states, error %v; want context.Canceled and no states", len(states), err)
	}
}

func TestSegments(t *testing.T) {
	w := newWorld(t)
	for _, name := range []string{"employees", "beta"} {
		w.srv.AddSegment(w.ws.ID, w.prod.ID, splitfake.Segment{Name: name})
	}
	c, _ := w.client(t, nil)
	segs, err := c.Segments(context.Background(), split.Workspace{ID: w.ws.ID, Name: "Default"},
		split.Environment{ID: w.prod.ID, Name: "Production"})
	if err != nil {
		t.Fatal(err)
	}
	if len(segs) != 2 || segs[0].Name != "employees" || segs[1].Name != "beta" {
		t.Errorf("segments %+v", segs)
	}
}

// TestTrafficAllocation checks that limit exposure reaches the flag state
// from a sync and a read, and what it means for exposure.
func TestTrafficAllocation(t *testing.T) {
	tests := []struct {
		allocation      int
		wantOn, wantOff float64 // EffectiveExposure; the rule is on 20%, off 80%
	}{
		{100, 20, 80},
		{40, 8, 92},
		{0, 0, 100},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%d%%", tt.allocation), func(t *testing.T) {
			w := newWorld(t)
			d := simpleDefinition("limited")
			d.TrafficAllocation = tt.allocation
			w.srv.PutDefinition(w.ws.ID, w.lower.ID, d)
			c, _ := w.client(t, nil)
			states, err := c.Fetch(context.Background(), provider.Scope{Project: "Default", Environments: []string{"production"}}, nil)
			if err != nil {
				t.Fatal(err)
			}
			read, err := c.ReadFlag(context.Background(), "Default", "production", "limited")
			if err != nil {
				t.Fatal(err)
			}
			i := slices.IndexFunc(states, func(s provider.FlagState) bool { return s.Key == "limited" })
			for _, s := range []provider.FlagState{states[i], read} {
				if s.TrafficAllocation != float64(tt.allocation) || s.EffectiveExposure("on") != tt.wantOn || s.EffectiveExposure("off") != tt.wantOff {
					t.Errorf("allocation %v, exposure on %v, off %v; want %d, %v, %v",
						s.TrafficAllocation, s.EffectiveExposure("on"), s.EffectiveExposure("off"), tt.allocation, tt.wantOn, tt.wantOff)
				}
			}
		})
	}
}

func TestWorkspaceRequiresTitleAndComments(t *testing.T) {
	w := newWorld(t)
	w.srv.SetRequiresTitleAndComments(w.ws.ID, true)
	c, _ := w.client(t, nil)
	tests := []struct {
		name string
		want bool
	}{
		{"Default", true},
		{"Other", false},
	}
	for _, tt := range tests {
		if ws, err := c.FindWorkspace(context.Background(), tt.name); err != nil || ws.RequiresTitleAndComments != tt.want {
			t.Errorf("FindWorkspace(%s) = %+v, %v; want requiresTitleAndComments %v", tt.name, ws, err, tt.want)
		}
	}
}
