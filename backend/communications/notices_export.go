package communications

import (
	"bytes"
	"context"
	"fmt"

	"rolloutdesk/backend/comms"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/files"
)

// ExportNoticesFile writes drafted notices ids of release to path as a zip
// archive — each notice's files in its event's folder, with an index page —
// replacing it atomically, and marks them exported. A notice of another
// release, or one that does not render, stops the export before anything
// is written.
func (s *Service) ExportNoticesFile(ctx context.Context, release string, ids []int64, path string) error {
	if len(ids) == 0 {
		return fmt.Errorf("export notices of %s: choose at least one notice", release)
	}
	plan, err := s.Store.GetPlan(ctx, release)
	if err != nil {
		return err
	}
	r, err := s.storedRenderer(ctx)
	if err != nil {
		return err
	}
	drafts := make([]domain.Draft, len(ids))
	var outputs []comms.Output
	for i, id := range ids {
		if drafts[i], err = s.Store.GetDraft(ctx, id); err != nil {
			return err
		}
		if drafts[i].Release != plan.Release.Key {
			return fmt.Errorf("export notices of %s: notice %d belongs to release %s", release, id, drafts[i].Release)
		}
		_, preview, err := r.RenderDraft(plan, drafts[i])
		if err != nil {
			return err
		}
		outputs = append(outputs, preview.Files...)
	}
	var buf bytes.Buffer
	if err := r.WriteBundle(&buf, outputs); err != nil {
		return err
	}
	if err := files.WriteAtomic(path, buf.Bytes()); err != nil {
		return err
	}
	for _, d := range drafts {
		if err := s.markNotice(ctx, d, domain.DraftExported); err != nil {
			return err
		}
	}
	return nil
}

// NoticesFileName is the name a release's notices are suggested under.
func NoticesFileName(release string) string { return release + "-notices.zip" }
