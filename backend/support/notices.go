package support

import (
	"context"
	"slices"
	"time"

	"rolloutdesk/backend/comms"
	"rolloutdesk/backend/domain"
)

// notice is a support notice drafted for something that happened to a
// release, rendered, with the phase it happened in.
type notice struct {
	phase    string
	at       time.Time // when it happened
	rendered comms.Rendered
}

// notices renders the support notices drafted for what happened to plan's
// release — kill switches used, phases rolled back — newest first, each
// titled with the day it happened (see comms.NoticeTitle). Support sees a
// notice only for an event that happened, whatever became of the draft. A
// notice that no longer renders is logged and left out: "Who to tell" says
// why.
func (s *Service) notices(ctx context.Context, g guides, plan domain.Plan) ([]notice, error) {
	drafts, err := s.Store.ListDrafts(ctx, plan.Release.Key)
	if err != nil {
		return nil, err
	}
	var out []notice
	for _, d := range drafts {
		if !slices.ContainsFunc(g.templates, func(t domain.Template) bool { return t.Name == d.Template }) {
			continue // not a support template
		}
		e, preview, err := g.r.RenderDraft(plan, d)
		if err != nil {
			s.Log.Warn("support notice left out", "release", plan.Release.Key, "draft", d.ID, "error", err)
			continue
		}
		rd := preview.Rendered
		rd.Title = comms.NoticeTitle(rd.Title, e)
		out = append(out, notice{phase: e.Phase, at: e.At(), rendered: rd})
	}
	return out, nil
}
