package ldfake

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// newFromFixtures is a Server seeded with the real responses in
// testdata/fixtures.
func newFromFixtures(t *testing.T) (*Server, string) {
	t.Helper()
	dir, err := FixturesDir()
	if err != nil {
		t.Fatal(err)
	}
	srv := New(Options{})
	t.Cleanup(srv.Close)
	if err := srv.LoadFixtures(dir); err != nil {
		t.Fatal(err)
	}
	return srv, dir
}

// TestServesFixtureFlagsAsSeeded checks that a full listing gives back every
// field of every fixture flag as the real API sent it.
func TestServesFixtureFlagsAsSeeded(t *testing.T) {
	srv, dir := newFromFixtures(t)
	data, err := os.ReadFile(filepath.Join(dir, "get_flags.json"))
	if err != nil {
		t.Fatal(err)
	}
	var want []map[string]any
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	var got struct{ Items []map[string]any }
	r := getPath(t, srv, "/api/v2/flags/test-project-key?env=production&env=test&summary=0&limit=100")
	if err := json.Unmarshal(r.body, &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Items) != len(want) {
		t.Fatalf("served %d flags, fixture has %d", len(got.Items), len(want))
	}
	for i, w := range want {
		g := got.Items[i]
		for field, wv := range w {
			if field == "environments" {
				continue
			}
			if !reflect.DeepEqual(g[field], wv) {
				t.Errorf("flag %v field %s = %v, want %v", w["key"], field, g[field], wv)
			}
		}
		wantEnvs, gotEnvs := w["environments"].(map[string]any), g["environments"].(map[string]any)
		for env, wcfg := range wantEnvs {
			for field, wv := range wcfg.(map[string]any) {
				if gv := gotEnvs[env].(map[string]any)[field]; !reflect.DeepEqual(gv, wv) {
					t.Errorf("flag %v env %s field %s = %v, want %v", w["key"], env, field, gv, wv)
				}
			}
		}
	}
}

func TestFixtureProjectsAndEnvironments(t *testing.T) {
	srv, _ := newFromFixtures(t)
	projects := decodeCollection(t, getPath(t, srv, "/api/v2/projects"))
	if len(projects.Items) != 3 {
		t.Fatalf("%d projects, want 3", len(projects.Items))
	}
	tests := []struct {
		project string
		want    []string
	}{
		{"default", []string{"test", "production"}},
		{"test-project-key", []string{"test", "production"}},
		{"another-project", []string{"test", "production"}},
	}
	for _, tt := range tests {
		envs := decodeCollection(t, getPath(t, srv, "/api/v2/projects/"+tt.project+"/environments"))
		var keys []string
		for _, e := range envs.Items {
			var k string
			json.Unmarshal(e["key"], &k)
			keys = append(keys, k)
		}
		if !reflect.DeepEqual(keys, tt.want) {
			t.Errorf("%s environments %v, want %v", tt.project, keys, tt.want)
		}
	}
	var project map[string]any
	json.Unmarshal(getPath(t, srv, "/api/v2/projects/default").body, &project)
	if project["name"] != "TestProject" || project["environments"] != nil {
		t.Errorf("project default = %v; want the fixture's name and no embedded environments", project)
	}
}
