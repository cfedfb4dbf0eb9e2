package comms

import (
	"fmt"
	"strings"
	"time"

	"rolloutdesk/backend/domain"
)

// Variable is one value a template can use, as shown in the editor's
// variables panel.
type Variable struct {
	Name  string `json:"name"`  // as written in a template, e.g. {{.Release.Name}}
	Value string `json:"value"` // as it renders for the previewed phase
}

// Variables lists what a template sees for d, in the form a template writes
// it, with the text each renders to. The event values (.Incident,
// .Rollback) are listed when d has them, each saying which templates see
// it.
func Variables(d Data) []Variable {
	vars := []Variable{
		{"{{.Release.Name}}", d.Release.Name},
		{"{{.Release.Key}}", d.Release.Key},
		{"{{.Release.Description}}", d.Release.Description},
		{"{{.Release.Owner}}", d.Release.Owner},
		{"{{.Phase.Name}}", d.Phase.Name},
		{"{{.Phase.Audience}}", d.Phase.Audience},
		{"{{.Phase.Percent}}", fmt.Sprint(d.Phase.Percent)},
		{"{{date .Phase.Starts}}", dayText(d.Phase.Starts)},
		{"{{date .Phase.Ends}}", dayText(d.Phase.Ends)},
		{"{{date .Phase.PlannedStart}}", dayText(d.Phase.PlannedStart)},
		{"{{date .Phase.PlannedEnd}}", dayText(d.Phase.PlannedEnd)},
		{"{{date .Phase.StartedAt}}", dayText(d.Phase.StartedAt)},
		{"{{date .Phase.EndedAt}}", dayText(d.Phase.EndedAt)},
		{"{{join .Phase.Segments \", \"}}", strings.Join(d.Phase.Segments, ", ")},
		{"{{date .Today}}", dayText(d.Today)},
	}
	for i, f := range d.Flags {
		vars = append(vars, Variable{
			Name:  fmt.Sprintf("{{(index .Flags %d).Key}}", i),
			Value: fmt.Sprintf("%s (%s, %s %s): %s %g%% of customers", f.Key, f.Environment, f.Provider, f.Project, f.Variation, f.Percent),
		})
	}
	for i, f := range d.Features {
		vars = append(vars, Variable{
			Name:  fmt.Sprintf("{{(index .Features %d).Name}}", i),
			Value: fmt.Sprintf("%s (%s): %s", f.Name, f.Environment, featureShare(f)),
		})
	}
	if in := d.Incident; in != nil {
		vars = append(vars, eventVariables(domain.TriggerIncident, []Variable{
			{"{{.Incident.Flag}}", in.Flag}, {"{{.Incident.Environment}}", in.Environment},
			{"{{date .Incident.At \"" + eventLayout + "\"}}", momentText(in.At)}, {"{{.Incident.Comment}}", in.Comment},
		})...)
	}
	if rb := d.Rollback; rb != nil {
		vars = append(vars, eventVariables(domain.TriggerRollback, []Variable{
			{"{{.Rollback.From}}", rb.From}, {"{{.Rollback.To}}", rb.To},
			{"{{date .Rollback.At \"" + eventLayout + "\"}}", momentText(rb.At)}, {"{{.Rollback.Comment}}", rb.Comment},
		})...)
	}
	return vars
}

// eventVariables marks vars as seen only by the templates of trigger.
func eventVariables(trigger domain.Trigger, vars []Variable) []Variable {
	for i := range vars {
		vars[i].Value += fmt.Sprintf(" (%s templates only)", trigger)
	}
	return vars
}

// PanelData is what the variables panel shows for phase p of plan: the
// phase's data with a sample incident and a sample rollback, so every
// variable a template may use is listed.
func PanelData(plan domain.Plan, p domain.Phase, now time.Time) Data {
	d := SampleData(domain.TriggerIncident, plan, p, now)
	d.Rollback = SampleData(domain.TriggerRollback, plan, p, now).Rollback
	return d
}

// eventLayout is the layout the variables panel shows an event's time in.
const eventLayout = "2 Jan 2006 15:04 MST"

// dayText is v as the date helper prints it (with layout, when given), or
// its error.
func dayText(v any, layout ...string) string {
	text, err := date(v, layout...)
	if err != nil {
		return err.Error()
	}
	return text
}

// momentText is t as {{date T "2 Jan 2006 15:04 MST"}} prints it.
func momentText(t time.Time) string { return dayText(t, eventLayout) }

// featureShare is what customers get of a feature, as the variables panel
// shows it: "25% of customers", "switched off", "not planned".
func featureShare(f Feature) string {
	switch {
	case !f.Planned:
		return "not planned"
	case !f.On:
		return "switched off"
	}
	return fmt.Sprintf("%g%% of customers", f.Percent)
}
