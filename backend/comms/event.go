package comms

import (
	"fmt"
	"slices"
	"time"

	"rolloutdesk/backend/domain"
)

// Event is something that happened to a release that people must hear
// about: a kill switch used on one of its flags (Incident) or a phase
// rolled back (Rollback). The templates with the matching trigger are
// rendered for it, for the phase it happened in.
type Event struct {
	Trigger domain.Trigger `json:"trigger"`
	// Phase is the name of the phase the notices are rendered for: the one
	// active when the flag was killed, or the one rolled back from.
	Phase    string    `json:"phase"`
	Incident *Incident `json:"incident,omitempty"`
	Rollback *Rollback `json:"rollback,omitempty"`
}

// Incident is a kill switch used on a linked flag, as templates see it in
// .Incident.
type Incident struct {
	Flag        string    `json:"flag"`
	Environment string    `json:"environment"`
	Provider    string    `json:"provider"`
	Project     string    `json:"project"`
	At          time.Time `json:"at"`
	// Comment is what the person typed with the kill.
	Comment string `json:"comment"`
}

// Rollback is a phase move back, as templates see it in .Rollback: From is
// the phase rolled back, To the one active again.
type Rollback struct {
	From    string    `json:"from"`
	To      string    `json:"to"`
	At      time.Time `json:"at"`
	Comment string    `json:"comment"`
}

// At is when the event happened.
func (e Event) At() time.Time {
	switch {
	case e.Incident != nil:
		return e.Incident.At
	case e.Rollback != nil:
		return e.Rollback.At
	}
	return time.Time{}
}

// TriggerWhen says when templates of trigger go out, such as "when a kill
// switch is used".
func TriggerWhen(t domain.Trigger) string {
	switch t {
	case domain.TriggerIncident:
		return "when a kill switch is used"
	case domain.TriggerRollback:
		return "when a phase is rolled back"
	}
	return "with each phase it applies to"
}

// Describe says what happened in a few words, such as "kill switch on
// new-checkout in production" or "rollback from 25% to Beta 5%".
func (e Event) Describe() string {
	switch {
	case e.Incident != nil:
		return fmt.Sprintf("kill switch on %s in %s", e.Incident.Flag, e.Incident.Environment)
	case e.Rollback != nil:
		return fmt.Sprintf("rollback from %s to %s", e.Rollback.From, e.Rollback.To)
	}
	return string(e.Trigger)
}

// Dir is the folder an event's notices are written to, such as
// "incident-2026-03-02-0930".
func (e Event) Dir() string {
	return PhaseDir(string(e.Trigger) + " " + e.At().UTC().Format("2006-01-02 1504"))
}

// NewIncident is the event of a kill switch used at at on link of plan,
// during the release's current phase (see CurrentPhase).
func NewIncident(plan domain.Plan, link domain.FlagLink, at time.Time, comment string) (Event, error) {
	p, err := CurrentPhase(plan)
	if err != nil {
		return Event{}, err
	}
	return Event{Trigger: domain.TriggerIncident, Phase: p.Name, Incident: &Incident{
		Flag: link.FlagKey, Environment: link.Environment, Provider: link.Provider, Project: link.Project, At: at, Comment: comment,
	}}, nil
}

// NewRollback is the event of plan rolled back from the phase named from to
// the one named to at at.
func NewRollback(from, to string, at time.Time, comment string) Event {
	return Event{Trigger: domain.TriggerRollback, Phase: from, Rollback: &Rollback{From: from, To: to, At: at, Comment: comment}}
}

// CurrentPhase is the phase customers are in: the active one, else the one
// that started last. A release that never started has none, and an error
// says so.
func CurrentPhase(plan domain.Plan) (domain.Phase, error) {
	if p := plan.ActivePhase(); p != nil {
		return *p, nil
	}
	var last *domain.Phase
	for i, p := range plan.Phases {
		if p.StartedAt != nil && (last == nil || p.StartedAt.After(*last.StartedAt)) {
			last = &plan.Phases[i]
		}
	}
	if last == nil {
		return domain.Phase{}, fmt.Errorf("release %s has not started: no phase has customers to tell", plan.Release.Key)
	}
	return *last, nil
}

// EventPhase is the index of the phase of plan e happened in; -1 when the
// plan no longer has it.
func EventPhase(plan domain.Plan, e Event) int {
	return slices.IndexFunc(plan.Phases, func(p domain.Phase) bool { return p.Name == e.Phase })
}

// EventData is the data templates see for e: the phase of plan it
// happened in, with .Incident or .Rollback set. It fails when the plan no
// longer has that phase.
func EventData(plan domain.Plan, e Event, now time.Time) (Data, error) {
	i := EventPhase(plan, e)
	if i < 0 {
		return Data{}, fmt.Errorf("release %s no longer has phase %q, where the %s happened (phases: %s)",
			plan.Release.Key, e.Phase, e.Describe(), phaseNames(plan.Phases))
	}
	return NewData(plan, plan.Phases[i], now).With(e), nil
}

// sampleEvent is an event of trigger for phase p of plan, as a template
// sees it when checked or previewed: a kill of the first linked flag, or a
// rollback from p to the phase before it. It is nil for phase templates.
func sampleEvent(trigger domain.Trigger, plan domain.Plan, p domain.Phase, now time.Time) *Event {
	switch trigger {
	case domain.TriggerIncident:
		link := domain.FlagLink{FlagKey: "a-flag", Environment: "production"}
		if len(plan.Links) > 0 {
			link = plan.Links[0]
		}
		return &Event{Trigger: trigger, Phase: p.Name, Incident: &Incident{Flag: link.FlagKey, Environment: link.Environment,
			Provider: link.Provider, Project: link.Project, At: now, Comment: sampleComment}}
	case domain.TriggerRollback:
		to := p.Name
		if i := slices.IndexFunc(plan.Phases, func(q domain.Phase) bool { return q.Name == p.Name }); i > 0 {
			to = plan.Phases[i-1].Name
		}
		e := NewRollback(p.Name, to, now, sampleComment)
		return &e
	}
	return nil
}

// sampleComment is the comment of a sample event.
const sampleComment = "(the comment typed with the action)"

// SampleData is the data a template of trigger sees for phase p of plan
// when it is checked or previewed rather than sent for a real event:
// incident and rollback templates get a sample event (see Data.Incident
// and Data.Rollback).
func SampleData(trigger domain.Trigger, plan domain.Plan, p domain.Phase, now time.Time) Data {
	d := NewData(plan, p, now)
	if e := sampleEvent(trigger, plan, p, now); e != nil {
		d = d.With(*e)
	}
	return d
}
