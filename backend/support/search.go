package support

import (
	"context"
	"regexp"
	"time"

	"rolloutdesk/backend/comms"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/store"
)

// searchLimit bounds the hits Search returns.
const searchLimit = 50

// settingIndexedOn is the day (YYYY-MM-DD) the support index was last
// rebuilt. Guides may show the day they are rendered ({{.Today}}), so an
// index from an earlier day, or from a version that kept none, is rebuilt
// before a search.
const settingIndexedOn = "support.indexed_on"

// rules matches the lines the plain-text rendering draws under headings and
// table headers; they carry no words and would clutter search snippets.
var rules = regexp.MustCompile(`[-=─]{3,}`)

// Search searches every release's support guides — the support-channel
// templates rendered for every phase — and the support notices of what
// happened to it (see View), as plain text.
//
// Every word of query must match; the last also matches as a prefix. Hits
// come best first, at most 50, each with a snippet whose matched words are
// wrapped in [[ and ]].
func (s *Service) Search(ctx context.Context, query string) ([]store.SupportHit, error) {
	indexed, err := s.Store.Setting(ctx, settingIndexedOn)
	if err != nil {
		return nil, err
	}
	if indexed != s.today() {
		if err := s.Reindex(ctx); err != nil {
			return nil, err
		}
	}
	return s.Store.SearchSupport(ctx, query, searchLimit)
}

// Reindex rebuilds the search index from every release's support guides.
// A guide that fails to render is logged and left out rather than failing
// the rebuild. Whatever changes a plan or a template calls it.
func (s *Service) Reindex(ctx context.Context) error {
	g, err := s.guideRenderer(ctx)
	if err != nil {
		return err
	}
	releases, err := s.Store.ListReleases(ctx)
	if err != nil {
		return err
	}
	var docs []store.SupportDoc
	now := s.Now()
	for _, rel := range releases {
		plan, err := s.Store.GetPlan(ctx, rel.Key)
		if err != nil {
			return err
		}
		for i, p := range plan.Phases {
			rendered, err := g.render(plan, i, now)
			if err != nil {
				s.Log.Warn("support guide left out of the search index", "error", err)
			}
			for _, rd := range rendered {
				docs = append(docs, supportDoc(plan, p.Name, rd))
			}
		}
		notices, err := s.notices(ctx, g, plan)
		if err != nil {
			return err
		}
		for _, n := range notices {
			docs = append(docs, supportDoc(plan, n.phase, n.rendered))
		}
	}
	if err := s.Store.ReplaceSupportIndex(ctx, docs); err != nil {
		return err
	}
	return s.Store.SetSetting(ctx, settingIndexedOn, day(now))
}

// supportDoc is the search index entry of a guide or notice rendered for
// the phase named phase of plan.
func supportDoc(plan domain.Plan, phase string, rd comms.Rendered) store.SupportDoc {
	return store.SupportDoc{Release: plan.Release.Key, Phase: phase, Template: rd.Template, Title: rd.Title, Body: rules.ReplaceAllString(rd.Text, " ")}
}

// today is the current day as settingIndexedOn holds it.
func (s *Service) today() string { return day(s.Now()) }

// day is t's day as settingIndexedOn holds it.
func day(t time.Time) string { return t.Format(time.DateOnly) }
