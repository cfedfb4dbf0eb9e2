package splitfake

import (
	"reflect"
	"testing"
	"time"
)

func TestGenerate(t *testing.T) {
	gen := func() (*Server, Workspace) {
		srv := New(Options{Now: func() time.Time { return fixedNow }})
		t.Cleanup(srv.Close)
		return srv, srv.Generate(Synthetic{Flags: 300, Seed: 42})
	}
	a, wsA := gen()
	b, wsB := gen()
	envs := []string{"Production", "Staging", "Development"}
	var killed, neverSeen, withRules int
	for _, env := range envs {
		a.mu.Lock()
		b.mu.Lock()
		e := a.workspaceByID(wsA.ID).environment(env)
		if !reflect.DeepEqual(e.defs, b.workspaceByID(wsB.ID).environment(env).defs) {
			t.Errorf("%s not reproducible", env)
		}
		b.mu.Unlock()
		if len(e.defs) != 300 || len(e.segments) == 0 {
			t.Errorf("%s: %d flags, %d segments", env, len(e.defs), len(e.segments))
		}
		for _, d := range e.defs {
			if err := validate(*d); err != nil {
				t.Errorf("%s/%s invalid: %v", env, d.Name, err)
			}
			if d.CreationTime > d.LastUpdateTime || d.LastUpdateTime > fixedNow.UnixMilli() {
				t.Errorf("%s/%s timestamps out of order", env, d.Name)
			}
			killed += btoi(d.Killed)
			neverSeen += btoi(d.LastTrafficReceivedAt == 0)
			withRules += btoi(len(d.Rules) > 0)
		}
		a.mu.Unlock()
	}
	if killed == 0 || neverSeen == 0 || withRules == 0 {
		t.Errorf("not varied: killed %d, never evaluated %d, with rules %d", killed, neverSeen, withRules)
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
