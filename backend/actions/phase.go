package actions

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"

	"rolloutdesk/backend/audit"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
)

// Direction is which way a release moves between phases.
type Direction string

// Directions.
const (
	Advance  Direction = "advance"  // to the next phase
	Rollback Direction = "rollback" // back to the previous phase
)

// WriterFor returns the provider writer for a linked flag's account.
type WriterFor func(ctx context.Context, link domain.FlagLink) (provider.Writer, error)

// FlagChange is one flag's proposed new default rule.
type FlagChange struct {
	Link   domain.FlagLink       `json:"link"`
	Before provider.FlagState    `json:"before"` // live, read for the preview
	After  []provider.Allocation `json:"after"`
	Note   string                `json:"note"`
	// Refused says why this change cannot be written (an archived flag, a
	// Split traffic allocation below 100%); a move that writes rollouts is
	// refused while any change is.
	Refused string `json:"refused"`
}

// Proposal is the dry run of a phase move: which phase becomes active and
// how each linked flag's default rule would change.
type Proposal struct {
	Release   string       `json:"release"`
	Direction Direction    `json:"direction"`
	From      string       `json:"from"` // the active phase now; "" before the first
	To        string       `json:"to"`
	Changes   []FlagChange `json:"changes"`
	// Warnings are what the move does that deserves a second look: a flag
	// whose exposure goes down, a required segment the next phase drops, a
	// flag the next phase plans off that the move leaves on.
	Warnings []string `json:"warnings"`
}

// target finds the active phase's index (-1 when none) and the phase the
// move leads to.
func target(plan domain.Plan, dir Direction) (from int, to int, err error) {
	if len(plan.Phases) == 0 {
		return 0, 0, fmt.Errorf("release %s has no phases", plan.Release.Key)
	}
	from = slices.IndexFunc(plan.Phases, func(p domain.Phase) bool { return p.Status == domain.PhaseActive })
	switch dir {
	case Advance:
		to = from + 1
		if to >= len(plan.Phases) {
			return 0, 0, fmt.Errorf("release %s: %q is the last phase; there is nothing to advance to", plan.Release.Key, plan.Phases[from].Name)
		}
	case Rollback:
		if from < 0 {
			return 0, 0, fmt.Errorf("release %s has no active phase to roll back", plan.Release.Key)
		}
		to = from - 1
		if to < 0 {
			return 0, 0, fmt.Errorf("release %s: %q is the first phase; there is nothing to roll back to", plan.Release.Key, plan.Phases[from].Name)
		}
	default:
		return 0, 0, fmt.Errorf("unknown direction %q", dir)
	}
	return from, to, nil
}

// Propose reads every linked flag live and works out the default rule the
// target phase plans for it. Nothing is written.
func Propose(ctx context.Context, plan domain.Plan, dir Direction, writerFor WriterFor) (Proposal, error) {
	from, to, err := target(plan, dir)
	if err != nil {
		return Proposal{}, err
	}
	p := Proposal{Release: plan.Release.Key, Direction: dir, To: plan.Phases[to].Name, Changes: []FlagChange{}, Warnings: []string{}}
	var current *domain.Phase
	if from >= 0 {
		p.From = plan.Phases[from].Name
		current = &plan.Phases[from]
	}
	for _, link := range plan.Links {
		expect := plan.Phases[to].ExpectationFor(link)
		if expect == nil {
			continue
		}
		p.Warnings = append(p.Warnings, droppedSegments(link, current, *expect, p.To)...)
		w, err := writerFor(ctx, link)
		if err != nil {
			return p, err
		}
		before, err := w.ReadFlag(ctx, link.Project, link.Environment, link.FlagKey)
		if err != nil {
			return p, fmt.Errorf("read %s in %s: %w", link.FlagKey, link.Environment, err)
		}
		if !expect.On {
			if before.On {
				p.Warnings = append(p.Warnings, fmt.Sprintf("%s in %s is on, but %q plans it off: the move does not turn it off; use the kill switch if it must be.",
					link.FlagKey, link.Environment, p.To))
			}
			continue
		}
		if now := before.EffectiveExposure(link.Variation); before.On && expect.Percent < now-0.001 {
			p.Warnings = append(p.Warnings, fmt.Sprintf("%s in %s goes down from %g%% to %g%% of traffic: fewer customers get %q.",
				link.FlagKey, link.Environment, round(now), expect.Percent, link.Variation))
		}
		after, err := Allocate(before.Serving, link.Variation, expect.Percent, before.OffVariation)
		if err != nil {
			return p, fmt.Errorf("%s in %s: %w", link.FlagKey, link.Environment, err)
		}
		if servesAsPlanned(before, after, link.Variation, expect.Percent) {
			continue
		}
		change := FlagChange{Link: link, Before: before, After: after, Refused: refusal(before, link, expect.Percent)}
		if !before.On {
			change.Note = "The flag is off: the new split takes effect when it is restored."
		}
		p.Changes = append(p.Changes, change)
	}
	return p, nil
}

// droppedSegments warns about segments the current phase requires of a
// link that the next phase no longer does.
func droppedSegments(link domain.FlagLink, current *domain.Phase, next domain.Expectation, to string) []string {
	if current == nil {
		return nil
	}
	now := current.ExpectationFor(link)
	if now == nil {
		return nil
	}
	var out []string
	for _, seg := range now.Segments {
		if !slices.Contains(next.Segments, seg) {
			out = append(out, fmt.Sprintf("%q no longer requires segment %s for %s in %s.", to, seg, link.FlagKey, link.Environment))
		}
	}
	return out
}

// servesAsPlanned reports whether before already gives the planned share:
// its default rule equals the proposed one, or, under a traffic allocation
// below 100%, its effective exposure equals the plan.
func servesAsPlanned(before provider.FlagState, after []provider.Allocation, variation string, planned float64) bool {
	if before.TrafficAllocation < 100 {
		return math.Abs(before.EffectiveExposure(variation)-planned) <= 0.001
	}
	return slices.Equal(normalize(after), normalize(before.Serving))
}

// refusal says why a phase move may not write this flag's default rule, or
// "" when it may. An archived flag takes no writes. Under a Split traffic
// allocation below 100%, the plan's share of all traffic is not the default
// rule's share, and writing the rule alone would expose the wrong number of
// people.
func refusal(before provider.FlagState, link domain.FlagLink, planned float64) string {
	switch {
	case before.Archived:
		return fmt.Sprintf("%s is archived in %s: restore it there before moving the phase.", link.FlagKey, link.Provider)
	case before.TrafficAllocation < 100:
		return fmt.Sprintf("%s limits %s to %g%% of traffic (traffic allocation), so the plan's %g%% of all traffic cannot be set "+
			"through the default rule alone. Set the traffic allocation to 100%% in %s (or change the plan), then preview again.",
			link.Provider, link.FlagKey, before.TrafficAllocation, planned, link.Provider)
	}
	return ""
}

// normalize merges duplicate variations and drops empty shares, so two rules
// that serve the same compare equal.
func normalize(serving []provider.Allocation) []provider.Allocation {
	var out []provider.Allocation
	for _, a := range serving {
		if a.Percent == 0 {
			continue
		}
		i := slices.IndexFunc(out, func(b provider.Allocation) bool { return b.Variation == a.Variation })
		if i < 0 {
			out = append(out, provider.Allocation{Variation: a.Variation, Percent: round(a.Percent)})
			continue
		}
		out[i].Percent = round(out[i].Percent + a.Percent)
	}
	return out
}

// Move is a confirmed phase move.
type Move struct {
	Proposal Proposal `json:"proposal"`
	// ApplyRollout writes the proposed default rules; without it only the
	// phase statuses change.
	ApplyRollout bool   `json:"apply_rollout"`
	Comment      string `json:"comment"`
}

// PlanSaver saves the plan with its new phase statuses.
type PlanSaver interface {
	SavePlan(ctx context.Context, plan domain.Plan) (int64, error)
}

// apply performs a confirmed move. Each flag is re-read first: if it changed
// since the preview the move stops with ErrConflict so the caller can show a
// fresh preview. The phases move only when every flag change succeeded.
func (s *Service) apply(ctx context.Context, plan domain.Plan, m Move, writerFor WriterFor, plans PlanSaver) ([]Result, error) {
	from, to, err := target(plan, m.Proposal.Direction)
	if err != nil {
		return nil, err
	}
	if plan.Phases[to].Name != m.Proposal.To {
		return nil, fmt.Errorf("release %s: the plan changed since the preview (the move now leads to %q): %w", plan.Release.Key, plan.Phases[to].Name, provider.ErrConflict)
	}
	var done []Result
	if m.ApplyRollout {
		for _, c := range m.Proposal.Changes {
			if c.Refused != "" {
				return nil, fmt.Errorf("release %s: nothing was changed: %s", plan.Release.Key, c.Refused)
			}
		}
		for _, c := range m.Proposal.Changes {
			r, err := s.applyChange(ctx, plan.Release.Key, c, m.Comment, writerFor)
			if err != nil {
				if len(done) > 0 {
					err = fmt.Errorf("%w (%d flag(s) before it were changed; the phases did not move)", err, len(done))
				}
				return done, err
			}
			done = append(done, r)
		}
	}
	now := s.Now()
	before := phaseStatuses(plan)
	if from >= 0 {
		plan.Phases[from].Status = domain.PhaseDone
		if m.Proposal.Direction == Rollback {
			plan.Phases[from].Status = domain.PhaseRolledBack
		}
		plan.Phases[from].EndedAt = &now
	}
	plan.Phases[to].Status = domain.PhaseActive
	plan.Phases[to].StartedAt, plan.Phases[to].EndedAt = &now, nil
	if _, err := plans.SavePlan(ctx, plan); err != nil {
		return done, fmt.Errorf("the flags changed, but moving the phases failed: %w", err)
	}
	summary := fmt.Sprintf("Moved %s from %q to %q", plan.Release.Key, m.Proposal.From, m.Proposal.To)
	if !m.ApplyRollout {
		summary += " without changing flags"
	}
	beforeJSON, err := audit.Snapshot(before)
	if err != nil {
		return done, err
	}
	afterJSON, err := audit.Snapshot(phaseStatuses(plan))
	if err != nil {
		return done, err
	}
	_, err = s.Store.AppendAudit(ctx, domain.AuditEvent{At: now, Actor: s.Actor(), Action: "phase." + string(m.Proposal.Direction),
		Release: plan.Release.Key, Subject: m.Proposal.To, Summary: summary, Comment: m.Comment, Before: beforeJSON, After: afterJSON})
	return done, err
}

// phaseStatuses is each phase's status by name, the state a phase move
// changes, for the audit log.
func phaseStatuses(plan domain.Plan) map[string]string {
	out := make(map[string]string, len(plan.Phases))
	for _, p := range plan.Phases {
		out[p.Name] = string(p.Status)
	}
	return out
}

func (s *Service) applyChange(ctx context.Context, release string, c FlagChange, comment string, writerFor WriterFor) (Result, error) {
	id := provider.ID{Provider: c.Link.Provider, Project: c.Link.Project, Environment: c.Link.Environment, Key: c.Link.FlagKey}
	res := Result{ID: id}
	w, err := writerFor(ctx, c.Link)
	if err != nil {
		return res, err
	}
	live, err := w.ReadFlag(ctx, id.Project, id.Environment, id.Key)
	if err != nil {
		return res, fmt.Errorf("re-read %s in %s: %w", id.Key, id.Environment, err)
	}
	res.Before = live
	if live.Archived {
		return res, fmt.Errorf("set the rollout of %s in %s: %w in %s", id.Key, id.Environment, provider.ErrArchived, id.Provider)
	}
	if !sameServing(live, c.Before) {
		return res, fmt.Errorf("%s in %s changed since the preview: %w", id.Key, id.Environment, provider.ErrConflict)
	}
	if err := w.SetServing(ctx, id.Project, id.Environment, id.Key, c.After, comment); err != nil {
		return res, s.failed(ctx, domain.ActionFlagRollout, release, id, live, fmt.Errorf("set the rollout of %s in %s: %w", id.Key, id.Environment, err))
	}
	after, err := w.ReadFlag(ctx, id.Project, id.Environment, id.Key)
	if err != nil {
		return res, s.failed(ctx, domain.ActionFlagRollout, release, id, live,
			fmt.Errorf("set the rollout of %s in %s: accepted, but reading it back failed: %w", id.Key, id.Environment, err))
	}
	res.After = after
	if !slices.Equal(normalize(after.Serving), normalize(c.After)) {
		return res, s.failed(ctx, domain.ActionFlagRollout, release, id, live,
			fmt.Errorf("set the rollout of %s in %s: accepted, but the flag now serves %v", id.Key, id.Environment, after.Serving))
	}
	return res, s.record(ctx, domain.ActionFlagRollout, release, fmt.Sprintf("Set %s in %s/%s to %s", id.Key, id.Project, id.Environment, describe(c.After)), comment, res)
}

func describe(serving []provider.Allocation) string {
	s := ""
	for i, a := range serving {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprintf("%s %g%%", a.Variation, a.Percent)
	}
	return s
}

// IsConflict reports whether err asks the caller to re-read and preview again.
func IsConflict(err error) bool { return errors.Is(err, provider.ErrConflict) }
