package launchdarkly

import (
	"context"
	"errors"
	"testing"

	"rolloutdesk/backend/provider/transport"
)

func TestReadOperations(t *testing.T) {
	srv := newFake(t, 130)
	must(t, srv.AddProject("mobile", "Mobile"))
	must(t, srv.AddEnvironment("web", "qa", "QA"))
	must(t, srv.AddEnvironment("web", "perf", "Perf"))
	c, _ := newClient(t, srv, transport.Options{})
	ctx := context.Background()

	projects, err := c.Projects(ctx)
	if err != nil || len(projects) != 2 || projects[0].Key != "web" || projects[1].Name != "Mobile" {
		t.Errorf("Projects = %+v, %v", projects, err)
	}
	p, err := c.Project(ctx, "mobile")
	if err != nil || p.Key != "mobile" || p.ID == "" {
		t.Errorf("Project = %+v, %v", p, err)
	}
	var he *transport.HTTPError
	if _, err := c.Project(ctx, "nope"); !errors.As(err, &he) || he.Status != 404 {
		t.Errorf("Project(nope) = %v; want 404", err)
	}
	envs, err := c.Environments(ctx, "web")
	if err != nil || len(envs) != 5 || envs[4].Key != "perf" {
		t.Errorf("Environments = %+v, %v", envs, err)
	}

	// Five environments take two chunks; each flag comes back once with all five.
	flags, err := c.Flags(ctx, "web", []string{"production", "staging", "development", "qa", "perf"})
	if err != nil || len(flags) != 130 {
		t.Fatalf("Flags = %d flags, %v", len(flags), err)
	}
	for _, f := range flags {
		if len(f.Environments) != 5 || len(f.Variations) < 2 {
			t.Fatalf("flag %s: %d environments, %d variations", f.Key, len(f.Environments), len(f.Variations))
		}
	}
	if _, err := c.Flags(ctx, "web", nil); err == nil {
		t.Error("Flags without environments succeeded")
	}

	statuses, err := c.FlagStatuses(ctx, "web", "staging")
	if err != nil || len(statuses) != 130 || statuses[1].FlagKey() != "flag-00001" || statuses[1].LastRequested == nil || statuses[2].LastRequested != nil {
		t.Errorf("FlagStatuses = %d, %v", len(statuses), err)
	}

	// 25 segments: two pages, with no next links to follow.
	for i := range 20 {
		must(t, srv.AddSegmentsJSON("web", "production", []byte(`{"key":"extra-`+string(rune('a'+i))+`"}`)))
	}
	segments, err := c.Segments(ctx, "web", "production")
	if err != nil || len(segments) != 25 || segments[24].Key != "extra-t" {
		t.Errorf("Segments = %d, %v", len(segments), err)
	}
}
