package comms

import (
	"time"

	"rolloutdesk/backend/domain"
)

// Check trial-renders t against a sample plan, so a template that cannot
// render is refused when saved rather than when announcing. A template
// renders for every sample phase it applies to, or for the first one renamed
// to its phase when none does. A partial, which r must already hold in its
// new version, is checked by rendering every template of r.
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
			rd, err := r.Render(target, NewData(sample, p, now))
			if err == nil {
				_, err = r.Files(rd, PhaseDir(p.Name), sample.Release.Name)
			}
			errs = append(errs, err)
		}
	}
	return joinUnique(errs)
}

func samplePhases(t domain.Template, sample domain.Plan) []domain.Phase {
	var out []domain.Phase
	for _, p := range sample.Phases {
		if t.Phase == "*" || t.Phase == p.Name {
			out = append(out, p)
		}
	}
	if len(out) > 0 {
		return out
	}
	var p domain.Phase
	if len(sample.Phases) > 0 {
		p = sample.Phases[0]
	}
	p.Name = t.Phase
	return []domain.Phase{p}
}
