package comms

import (
	"archive/zip"
	"bytes"
	"flag"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestGolden renders the fixture templates for the first test phase, one
// golden file per output (email, in-app and support) plus the bundle index.
func TestGolden(t *testing.T) {
	r := newTestRenderer(t, fixtures(t))
	outputs, err := r.RenderPlan(testPlan(), "Früh dabei")
	if err != nil {
		t.Fatal(err)
	}
	var bundle bytes.Buffer
	if err := r.WriteBundle(&bundle, outputs); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(bundle.Bytes()), int64(bundle.Len()))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		got[f.Name], err = io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, o := range outputs {
		if string(got[o.Path()]) != o.Content {
			t.Errorf("bundle %s differs from the output", o.Path())
		}
	}
	const dir = "testdata/golden"
	if *update {
		if err := os.RemoveAll(dir); err != nil {
			t.Fatal(err)
		}
		for name, b := range got {
			p := filepath.Join(dir, filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	seen := 0
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		seen++
		name, _ := filepath.Rel(dir, p)
		want, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if g, ok := got[filepath.ToSlash(name)]; !ok {
			t.Errorf("%s: golden file for an output no longer made", name)
		} else if !bytes.Equal(g, want) {
			t.Errorf("%s differs from the golden file (go test ./backend/comms -run TestGolden -update rewrites it):\n%s", name, g)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if seen != len(got) {
		t.Errorf("%d golden files for %d outputs", seen, len(got))
	}
}
