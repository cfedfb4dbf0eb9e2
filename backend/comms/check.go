package comms

import (
	"time"

	"rolloutdesk/backend/domain"
)

// Check trial-renders t against a sample plan, so a template that cannot
// render is refused when saved rather than when announcing. A template
// renders for every sample phase its selector picks, or for the first one
// renamed to the phase it names when none does; an incident or rollback
// template with a sample event (see SampleData). A partial, which r must
// already hold in its new version, is checked by rendering every template
// of r.
func (r *Renderer) Check(t domain.Template, sample domain.Plan, now time.Time) error {
	if _, err := ParseTemplate(t.Name, t.Source); err != nil {
		return err
	}
	targets := []domain.Template{t}
	if IsPartial(t.Name) {
		targets = r.templates
	}
	var errs []error
	for _, target := range targets {
		for _, p := range samplePhases(target, sample) {
			rd, err := r.Render(target, SampleData(target.Trigger, sample, p, now))
			if err == nil {
				_, err = r.Files(rd, PhaseDir(p.Name), sample.Release.Name)
			}
			errs = append(errs, err)
		}
	}
	return joinUnique(errs)
}

// samplePhases are the phases of sample t is checked against.
func samplePhases(t domain.Template, sample domain.Plan) []domain.Phase {
	sel := PhaseSelector(t)
	if picked := sel.Picks(sample.Phases); len(picked) > 0 {
		return picked
	}
	var p domain.Phase
	if len(sample.Phases) > 0 {
		p = sample.Phases[0]
	}
	if len(sel.names) > 0 {
		p.Name = sel.names[0]
	}
	return []domain.Phase{p}
}
