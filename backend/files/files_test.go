package files

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestWriteAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.yaml")
	for _, content := range []string{"first\n", "second\n"} {
		if err := WriteAtomic(path, []byte(content)); err != nil {
			t.Fatal(err)
		}
		if got, err := os.ReadFile(path); err != nil || string(got) != content {
			t.Fatalf("file = %q, %v; want %q", got, err, content)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("folder holds %d entries, want the file alone", len(entries))
	}
	if err := WriteAtomic(filepath.Join(dir, "missing", "x"), nil); err == nil || !strings.Contains(err.Error(), "missing") {
		t.Errorf("into a missing folder: %v", err)
	}
}

func TestWriteTree(t *testing.T) {
	dir := t.TempDir()
	paths, err := WriteTree(dir, map[string][]byte{"b/two.md": []byte("2"), "index.html": []byte("i"), "a/one.md": []byte("1")})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(dir, "a", "one.md"), filepath.Join(dir, "b", "two.md"), filepath.Join(dir, "index.html")}
	if !slices.Equal(paths, want) {
		t.Errorf("paths = %q, want %q", paths, want)
	}
}
