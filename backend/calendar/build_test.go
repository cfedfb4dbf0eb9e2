package calendar

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"rolloutdesk/backend/comms"
	"rolloutdesk/backend/domain"
)

// template makes a phase-triggered template whose front matter has
// channel, phase and, when not empty, audience.
func template(name string, channel domain.Channel, phase, audience string) domain.Template {
	return triggered(name, channel, domain.TriggerPhase, phase, audience)
}

// triggered makes a template sent on trigger; phase is its front matter
// phase as YAML.
func triggered(name string, channel domain.Channel, trigger domain.Trigger, phase, audience string) domain.Template {
	source := fmt.Sprintf("---\nchannel: %s\ntrigger: %s\nphase: %s\n", channel, trigger, phase)
	if audience != "" {
		source += fmt.Sprintf("audience: %q\n", audience)
	}
	source += "---\nBody.\n"
	t, err := comms.ParseTemplate(name, source)
	if err != nil {
		panic(err)
	}
	return t
}

// phase makes a phase at position pos starting at start (no start when nil).
func phase(pos int, name, audience string, start *time.Time) domain.Phase {
	return domain.Phase{Position: pos, Name: name, Audience: audience, PlannedStart: start}
}

func at(t time.Time) *time.Time { return &t }

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestBuild(t *testing.T) {
	mar3, mar10 := date(2025, 3, 3), date(2025, 3, 10)
	release := domain.Release{Key: "checkout-v2", Name: "New checkout"}
	internal := phase(0, "Internal", "Employees", at(mar3.Add(9*time.Hour)))
	beta := phase(1, "Beta 5%", "5% of customers", at(mar10.Add(8*time.Hour)))
	beta25 := phase(2, "Beta 25%", "25% of customers", at(mar10))
	ga := phase(3, "GA", "Every customer", nil)

	invitation := template("beta-invitation", domain.ChannelEmail, "Beta 5%", "Customers who opted into beta")
	announcement := template("ga-announcement", domain.ChannelEmail, "GA", "All customers")
	banner := template("in-app-banner", domain.ChannelInApp, `"*"`, "Customers in the rollout")
	guide := template("support-guide", domain.ChannelSupport, `"*"`, "Support team")
	knownIssues := template("known-issues", domain.ChannelSupport, `"*"`, "")
	incidentCustomers := triggered("customer-notice", domain.ChannelEmail, domain.TriggerIncident, `"*"`, "Customers in the rollout")
	rollbackSupport := triggered("moved-back", domain.ChannelSupport, domain.TriggerRollback, `"*"`, "Support team")
	incidentFAQ := template("incident-faq", domain.ChannelSupport, "first", "Support team")
	footer := template("_footer", domain.ChannelEmail, `"*"`, "Shared block")
	welcome := template("welcome", domain.ChannelEmail, "first", "")
	farewell := template("farewell", domain.ChannelEmail, "last", "")
	followUp := template("follow-up", domain.ChannelEmail, "{next-after: Internal}", "")
	both := template("both", domain.ChannelInApp, `[Internal, "Beta 25%"]`, "")
	started := internal
	started.StartedAt = at(mar3.AddDate(0, 0, -2).Add(15 * time.Hour))

	entry := func(day time.Time, p domain.Phase, tmpl domain.Template, title, audience string) Entry {
		return Entry{Date: day, Release: "checkout-v2", Phase: p.Name, Channel: string(tmpl.Channel),
			Template: tmpl.Name, Title: title, Audience: audience}
	}

	tests := []struct {
		name      string
		phases    []domain.Phase
		templates []domain.Template
		want      []Entry
	}{
		{
			name:      "a template goes out in its phase or in every phase",
			phases:    []domain.Phase{internal, beta},
			templates: []domain.Template{invitation, announcement, banner},
			want: []Entry{
				entry(mar3, internal, banner, "In app banner", "Customers in the rollout"),
				entry(mar10, beta, invitation, "Beta invitation", "Customers who opted into beta"),
				entry(mar10, beta, banner, "In app banner", "Customers in the rollout"),
			},
		},
		{
			name:      "incident and rollback templates and shared blocks are not scheduled, whatever their names",
			phases:    []domain.Phase{internal},
			templates: []domain.Template{incidentCustomers, footer, guide, rollbackSupport, incidentFAQ},
			want: []Entry{
				entry(mar3, internal, incidentFAQ, "Incident faq", "Support team"),
				entry(mar3, internal, guide, "Support guide", "Support team"),
			},
		},
		{
			name:      "positions and lists follow the plan's order",
			phases:    []domain.Phase{beta25, internal, beta},
			templates: []domain.Template{welcome, farewell, followUp, both},
			want: []Entry{
				entry(mar3, internal, welcome, "Welcome", "Employees"),
				entry(mar3, internal, both, "Both", "Employees"),
				entry(mar10, beta, followUp, "Follow up", "5% of customers"),
				entry(mar10, beta25, farewell, "Farewell", "25% of customers"),
				entry(mar10, beta25, both, "Both", "25% of customers"),
			},
		},
		{
			name:      "a phase that started goes out on the day it started",
			phases:    []domain.Phase{started},
			templates: []domain.Template{banner},
			want:      []Entry{entry(mar3.AddDate(0, 0, -2), started, banner, "In app banner", "Customers in the rollout")},
		},
		{
			name:      "phases without a planned start are skipped",
			phases:    []domain.Phase{ga, phase(4, "Later", "", nil)},
			templates: []domain.Template{announcement, banner},
			want:      nil,
		},
		{
			name:      "a template without an audience takes the phase's",
			phases:    []domain.Phase{beta},
			templates: []domain.Template{knownIssues},
			want:      []Entry{entry(mar10, beta, knownIssues, "Known issues", "5% of customers")},
		},
		{
			name:      "sorted by date, then phase order, channel and template",
			phases:    []domain.Phase{beta25, beta, internal},
			templates: []domain.Template{guide, knownIssues, banner, invitation},
			want: []Entry{
				entry(mar3, internal, banner, "In app banner", "Customers in the rollout"),
				entry(mar3, internal, knownIssues, "Known issues", "Employees"),
				entry(mar3, internal, guide, "Support guide", "Support team"),
				entry(mar10, beta, invitation, "Beta invitation", "Customers who opted into beta"),
				entry(mar10, beta, banner, "In app banner", "Customers in the rollout"),
				entry(mar10, beta, knownIssues, "Known issues", "5% of customers"),
				entry(mar10, beta, guide, "Support guide", "Support team"),
				entry(mar10, beta25, banner, "In app banner", "Customers in the rollout"),
				entry(mar10, beta25, knownIssues, "Known issues", "25% of customers"),
				entry(mar10, beta25, guide, "Support guide", "Support team"),
			},
		},
		{
			name: "the day is the start's date in its own time zone",
			phases: []domain.Phase{phase(0, "Internal", "Employees",
				at(time.Date(2025, 3, 3, 0, 30, 0, 0, time.FixedZone("CET", 3600))))},
			templates: []domain.Template{banner},
			want:      []Entry{entry(mar3, internal, banner, "In app banner", "Customers in the rollout")},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Build(domain.Plan{Release: release, Phases: tt.phases}, tt.templates)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Build =\n%v\nwant\n%v", got, tt.want)
			}
		})
	}
}
