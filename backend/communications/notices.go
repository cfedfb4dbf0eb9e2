package communications

import (
	"context"
	"fmt"
	"time"

	"rolloutdesk/backend/comms"
	"rolloutdesk/backend/domain"
)

// Notice is a drafted notice as a release's "Who to tell" lists it: what
// happened, the template rendered for it, and whether someone exported,
// sent or dismissed it yet.
type Notice struct {
	ID       int64             `json:"id"`
	Release  string            `json:"release"`
	Trigger  domain.Trigger    `json:"trigger"`
	Template string            `json:"template"`
	State    domain.DraftState `json:"state"`
	Event    comms.Event       `json:"event"`
	// What says what happened, such as "kill switch on new-checkout in
	// production".
	What string `json:"what"`
	// At is when it happened.
	At       time.Time      `json:"at"`
	Channel  domain.Channel `json:"channel"`
	Title    string         `json:"title"`
	Audience string         `json:"audience"`
	// Problem says why the notice does not render now (its template was
	// changed or its phase renamed); "" when it renders.
	Problem   string    `json:"problem"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

// Notices lists a release's drafted notices, newest first, each rendered
// for its title, channel and audience. It is empty, not nil, when there
// are none.
func (s *Service) Notices(ctx context.Context, release string) ([]Notice, error) {
	plan, err := s.Store.GetPlan(ctx, release)
	if err != nil {
		return nil, err
	}
	drafts, err := s.Store.ListDrafts(ctx, plan.Release.Key)
	if err != nil {
		return nil, err
	}
	r, err := s.storedRenderer(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]Notice, len(drafts))
	for i, d := range drafts {
		e, preview, err := r.RenderDraft(plan, d)
		out[i] = Notice{ID: d.ID, Release: d.Release, Trigger: d.Trigger, Template: d.Template, State: d.State,
			Event: e, What: e.Describe(), At: e.At(), Channel: preview.Channel, Title: preview.Title, Audience: preview.Audience,
			CreatedAt: d.CreatedAt, UpdatedAt: d.UpdatedAt}
		if err != nil {
			out[i].Problem = err.Error()
		}
	}
	return out, nil
}

// NoticePreview renders drafted notice id: its text and the files an
// export writes.
func (s *Service) NoticePreview(ctx context.Context, id int64) (comms.Preview, error) {
	d, err := s.Store.GetDraft(ctx, id)
	if err != nil {
		return comms.Preview{}, err
	}
	_, preview, err := s.renderDraft(ctx, d)
	return preview, err
}

// renderDraft renders a drafted notice with the stored templates.
func (s *Service) renderDraft(ctx context.Context, d domain.Draft) (comms.Event, comms.Preview, error) {
	plan, err := s.Store.GetPlan(ctx, d.Release)
	if err != nil {
		return comms.Event{}, comms.Preview{}, err
	}
	r, err := s.storedRenderer(ctx)
	if err != nil {
		return comms.Event{}, comms.Preview{}, err
	}
	return r.RenderDraft(plan, d)
}

// DismissNotice marks drafted notice id dismissed: nobody needs to hear
// it. A notice already sent or dismissed stays so.
func (s *Service) DismissNotice(ctx context.Context, id int64) error {
	d, err := s.Store.GetDraft(ctx, id)
	if err != nil {
		return err
	}
	return s.markNotice(ctx, d, domain.DraftDismissed)
}

// MarkNoticeSent marks drafted notice id sent, as a send of it does.
func (s *Service) MarkNoticeSent(ctx context.Context, id int64) error {
	d, err := s.Store.GetDraft(ctx, id)
	if err != nil {
		return err
	}
	return s.markNotice(ctx, d, domain.DraftSent)
}

// markNotice moves a drafted notice to state and audits it; a notice that
// cannot move there (one already sent or dismissed) is left as it is.
func (s *Service) markNotice(ctx context.Context, d domain.Draft, state domain.DraftState) error {
	if !d.State.CanBecome(state) {
		return nil
	}
	if err := s.Store.SetDraftState(ctx, d.ID, state, s.Now()); err != nil {
		return err
	}
	return s.Audit.Record(ctx, "comms.notice."+string(state), d.Release, fmt.Sprintf("Notice %d (%s, %s) %s", d.ID, d.Template, d.Trigger, state))
}

// NoticeEmail renders email notice id as an RFC 5322 message for a test
// send, and names its release.
func (s *Service) NoticeEmail(ctx context.Context, id int64) ([]byte, string, error) {
	d, err := s.Store.GetDraft(ctx, id)
	if err != nil {
		return nil, "", err
	}
	_, preview, err := s.renderDraft(ctx, d)
	if err != nil {
		return nil, d.Release, err
	}
	eml, err := emailMessage(preview)
	return eml, d.Release, err
}
