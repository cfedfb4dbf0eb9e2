// Package files writes what Rollout Desk exports — plan files, bundles,
// calendars, rendered communications — so that a reader sees the old file
// or the new one, never a part.
package files

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
)

// WriteAtomic replaces path with data through a temporary file in the same
// folder.
func WriteAtomic(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// WriteTree writes files, named by slash-separated paths relative to dir,
// creating folders as needed and replacing each file atomically, and
// returns their paths sorted.
func WriteTree(dir string, files map[string][]byte) ([]string, error) {
	names := slices.Sorted(maps.Keys(files))
	paths := make([]string, 0, len(names))
	for _, name := range names {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return paths, fmt.Errorf("write %s: %w", path, err)
		}
		if err := WriteAtomic(path, files[name]); err != nil {
			return paths, err
		}
		paths = append(paths, path)
	}
	return paths, nil
}
