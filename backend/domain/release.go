package domain

import (
	"fmt"
	"time"
)

// Release is a feature launch coordinated across flags and phases.
type Release struct {
	ID          int64     `json:"id"`
	Key         string    `json:"key"`
	Name        string    `json:"name"`
	Description string    `json:"description"`
	Owner       string    `json:"owner"`
	Demo        bool      `json:"demo"` // part of the built-in demo workspace
	CreatedAt   time.Time `json:"created_at"`
	UpdatedAt   time.Time `json:"updated_at"`
}

// FlagLink ties a release to one flag in one environment. Variation is the
// variation that counts as "released" (e.g. "true", "on", "New checkout").
type FlagLink struct {
	ID          int64  `json:"id"`
	ReleaseID   int64  `json:"release_id"`
	Provider    string `json:"provider"`
	Project     string `json:"project"`
	Environment string `json:"environment"`
	FlagKey     string `json:"flag_key"`
	Variation   string `json:"variation"`
}

// Plan is a release with everything that belongs to it, saved and loaded as
// one unit.
type Plan struct {
	Release Release    `json:"release"`
	Links   []FlagLink `json:"links"`
	Phases  []Phase    `json:"phases"`
}

// ActivePhase returns the phase with status active, or nil.
func (p Plan) ActivePhase() *Phase {
	for i := range p.Phases {
		if p.Phases[i].Status == PhaseActive {
			return &p.Phases[i]
		}
	}
	return nil
}

// Phase is the phase named name; name "" means the active phase, else the
// first.
func (p Plan) Phase(name string) (Phase, error) {
	for _, ph := range p.Phases {
		if ph.Name == name {
			return ph, nil
		}
	}
	if name == "" {
		if ph := p.ActivePhase(); ph != nil {
			return *ph, nil
		}
		if len(p.Phases) > 0 {
			return p.Phases[0], nil
		}
	}
	return Phase{}, fmt.Errorf("release %s has no phase %q", p.Release.Key, name)
}
