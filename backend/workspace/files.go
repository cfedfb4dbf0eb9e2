package workspace

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"rolloutdesk/backend/domain"
)

// ExportPlanFile writes a release's plan file to path, replacing it
// atomically so it is never left half-written.
func (w *Workspace) ExportPlanFile(ctx context.Context, release, path string) error {
	data, err := w.ExportPlan(ctx, release)
	if err != nil {
		return err
	}
	return writeFileAtomic(path, data)
}

// ImportPlanFile reads and imports a plan file; problems are reported
// against path as given.
func (w *Workspace) ImportPlanFile(ctx context.Context, path string) (domain.Plan, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return domain.Plan{}, fmt.Errorf("read plan: %w", err)
	}
	return w.ImportPlan(ctx, path, data)
}

// writeFileAtomic replaces path with data through a temporary file in the
// same folder, so readers see the old file or the new one, never a part.
func writeFileAtomic(path string, data []byte) error {
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
