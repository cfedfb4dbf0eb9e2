package plan

import (
	"fmt"

	"rolloutdesk/backend/domain"
)

// Presets returns the phases a new plan starts from, all planned and meant
// to be edited: Internal and Beta reach people only through a segment
// ("employees", "beta-testers") with the flag on and 0% of the default rule;
// 5%, 25% and 50% serve the release variation to that share of everyone; GA
// serves it to all. Each call returns new slices.
func Presets() []domain.Phase {
	segment := func(name, audience, seg string) domain.Phase {
		return preset(name, audience, domain.Expectation{On: true, Segments: []string{seg}})
	}
	ramp := func(percent float64) domain.Phase {
		return preset(fmt.Sprintf("%g%%", percent), fmt.Sprintf("%g%% of all customers", percent), domain.Expectation{On: true, Percent: percent})
	}
	phases := []domain.Phase{
		segment("Internal", "Employees", "employees"),
		segment("Beta", "Customers who opted into beta", "beta-testers"),
		ramp(5), ramp(25), ramp(50),
		preset("GA", "Every customer", domain.Expectation{On: true, Percent: 100}),
	}
	for i := range phases {
		phases[i].Position = i
	}
	return phases
}

func preset(name, audience string, expect domain.Expectation) domain.Phase {
	return domain.Phase{
		Name: name, Audience: audience, Status: domain.PhasePlanned, Expect: &expect,
		FlagExpects: []domain.FlagExpectation{}, Entry: []domain.ChecklistItem{}, Exit: []domain.ChecklistItem{},
	}
}
