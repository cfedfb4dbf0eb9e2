package launchdarkly

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"rolloutdesk/backend/provider/launchdarkly/ldfake"
)

// TestParsesEveryFixture decodes each real response in the fixtures (see
// ldfake/testdata/README.md) with the client's types and checks that what
// the client relies on came through.
func TestParsesEveryFixture(t *testing.T) {
	dir, err := ldfake.FixturesDir()
	if err != nil {
		t.Fatal(err)
	}
	keyed := func(keys ...string) error {
		for _, k := range keys {
			if k == "" {
				return errEmptyKey
			}
		}
		return nil
	}
	checks := map[string]func([]byte) (int, error){
		"getFeatureFlags_1.json":          parseAs[page[Flag]](func(p page[Flag]) ([]Flag, error) { return p.Items, needNext(p.Links) }, flagKeys(keyed)),
		"getFeatureFlags_2.json":          parseAs[page[Flag]](func(p page[Flag]) ([]Flag, error) { return p.Items, nil }, flagKeys(keyed)),
		"get_flags.json":                  parseAs[[]Flag](func(fs []Flag) ([]Flag, error) { return fs, nil }, flagKeys(keyed)),
		"getEnvironmentsByProject_1.json": parseAs[page[Environment]](func(p page[Environment]) ([]Environment, error) { return p.Items, needNext(p.Links) }, envKeys(keyed)),
		"getEnvironmentsByProject_2.json": parseAs[page[Environment]](func(p page[Environment]) ([]Environment, error) { return p.Items, nil }, envKeys(keyed)),
		"get_environments.json":           parseAs[[]Environment](func(es []Environment) ([]Environment, error) { return es, nil }, envKeys(keyed)),
		"getProject.json":                 parseAs[Project](func(p Project) ([]Project, error) { return []Project{p}, nil }, func(p Project) error { return keyed(p.Key, p.Name) }),
		"get_project.json":                parseAs[Project](func(p Project) ([]Project, error) { return []Project{p}, nil }, func(p Project) error { return keyed(p.Key, p.Name) }),
		"get_segments.json":               parseAs[[]Segment](func(ss []Segment) ([]Segment, error) { return ss, nil }, func(s Segment) error { return keyed(s.Key, s.Name) }),
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures in %s (%v)", dir, err)
	}
	for _, file := range files {
		name := filepath.Base(file)
		t.Run(name, func(t *testing.T) {
			check, ok := checks[name]
			if !ok {
				t.Fatalf("new fixture %s: add a check for it", name)
			}
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			n, err := check(data)
			if err != nil || n == 0 {
				t.Errorf("%d items, %v", n, err)
			}
		})
	}
}

var errEmptyKey = errors.New("an item has an empty key or name")

// parseAs decodes data into a T, takes its items and checks each.
func parseAs[T, I any](items func(T) ([]I, error), check func(I) error) func([]byte) (int, error) {
	return func(data []byte) (int, error) {
		var v T
		if err := json.Unmarshal(data, &v); err != nil {
			return 0, err
		}
		list, err := items(v)
		if err != nil {
			return 0, err
		}
		for _, it := range list {
			if err := check(it); err != nil {
				return 0, err
			}
		}
		return len(list), nil
	}
}

func needNext(l Links) error {
	if l.Next == nil || l.Next.Href == "" || l.Self == nil {
		return errors.New("page lacks its next or self link")
	}
	return nil
}

func flagKeys(keyed func(...string) error) func(Flag) error {
	return func(f Flag) error {
		if len(f.Variations) < 2 || len(f.Environments) == 0 {
			return fmt.Errorf("flag %s lacks variations or environments", f.Key)
		}
		return keyed(f.Key, f.Name)
	}
}

func envKeys(keyed func(...string) error) func(Environment) error {
	return func(e Environment) error { return keyed(e.Key, e.Name) }
}
