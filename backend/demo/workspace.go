package demo

import (
	"context"
	"fmt"
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/store"
)

// ReleaseKey is the demo release.
const ReleaseKey = "new-checkout"

// ConnectionName is the demo provider's connection.
const ConnectionName = "Demo (offline)"

// Load seeds the demo workspace as of now: the "New checkout" release with
// five phases, the demo connection and three weeks of flag history. It
// replaces an earlier demo and leaves everything else alone.
func Load(ctx context.Context, st *store.Store, now time.Time) error {
	if _, err := st.SavePlan(ctx, Plan(now)); err != nil {
		return fmt.Errorf("load demo: %w", err)
	}
	if _, err := st.SaveConnection(ctx, domain.Connection{
		Name: ConnectionName, Provider: provider.Demo, Project: Project, Environments: Environments, Demo: true,
	}); err != nil {
		return fmt.Errorf("load demo: %w", err)
	}
	if err := st.ForgetProvider(ctx, provider.Demo); err != nil {
		return fmt.Errorf("load demo: %w", err)
	}
	if err := ResetOverrides(ctx, st); err != nil {
		return fmt.Errorf("load demo: %w", err)
	}
	// Each stage as it began, then today's sync of the current stage (no
	// change, so no new history, but the state is fresh).
	syncs := []struct {
		stage stage
		at    time.Time
	}{
		{prelaunch, now.Add(-stageStart[prelaunch])}, {internal, now.Add(-stageStart[internal])},
		{beta, now.Add(-stageStart[beta])}, {beta, now},
	}
	for _, s := range syncs {
		if _, err := st.ApplySnapshot(ctx, store.Snapshot{
			Provider: provider.Demo, Project: Project, Environments: Environments, States: statesAt(s.stage, now, s.at), At: s.at,
		}); err != nil {
			return fmt.Errorf("load demo history: %w", err)
		}
	}
	return nil
}

// Remove deletes everything the demo added: its release, connection and flag
// history. The user's own data is untouched.
func Remove(ctx context.Context, st *store.Store) error {
	releases, err := st.ListReleases(ctx)
	if err != nil {
		return fmt.Errorf("remove demo: %w", err)
	}
	for _, r := range releases {
		if r.Demo {
			if err := st.DeleteRelease(ctx, r.Key); err != nil {
				return fmt.Errorf("remove demo: %w", err)
			}
		}
	}
	conns, err := st.ListConnections(ctx)
	if err != nil {
		return fmt.Errorf("remove demo: %w", err)
	}
	for _, c := range conns {
		if c.Demo {
			if err := st.DeleteConnection(ctx, c.Name); err != nil {
				return fmt.Errorf("remove demo: %w", err)
			}
		}
	}
	if err := st.ForgetProvider(ctx, provider.Demo); err != nil {
		return fmt.Errorf("remove demo: %w", err)
	}
	return ResetOverrides(ctx, st)
}

func dayOf(t time.Time) *time.Time {
	d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	return &d
}

// Plan is the demo release as of now: Internal done, Beta 5% active since
// four days, then 25%, 50% and GA a week apart.
func Plan(now time.Time) domain.Plan {
	days := func(n int) *time.Time { return dayOf(now.AddDate(0, 0, n)) }
	started := func(n int) *time.Time { t := now.AddDate(0, 0, n).UTC().Truncate(time.Second); return &t }
	link := func(env, key, variation string) domain.FlagLink {
		return domain.FlagLink{Provider: provider.Demo, Project: Project, Environment: env, FlagKey: key, Variation: variation}
	}
	stagingOn := func() []domain.FlagExpectation {
		return []domain.FlagExpectation{{FlagKey: "new-checkout", Environment: Staging, Expect: domain.Expectation{On: true, Percent: 100}}}
	}
	ramp := func(name string, percent float64, from, to int) domain.Phase {
		return domain.Phase{
			Name: name, Status: domain.PhasePlanned, Audience: fmt.Sprintf("%g%% of all customers", percent), Owner: "dana@example.com",
			PlannedStart: days(from), PlannedEnd: days(to), Expect: &domain.Expectation{On: true, Percent: percent},
			FlagExpects: stagingOn(),
			Entry:       []domain.ChecklistItem{{Text: "Previous phase exit criteria met"}, {Text: "Support briefed with this phase's guide"}},
			Exit:        []domain.ChecklistItem{{Text: "Checkout error rate below 0.5%"}, {Text: "Conversion not below control"}},
		}
	}
	ga := ramp("GA", 100, 17, 24)
	ga.Audience = "Every customer"
	return domain.Plan{
		Release: domain.Release{
			Key: ReleaseKey, Name: "New checkout", Owner: "dana@example.com", Demo: true,
			// The demo provider's story is anchored at the creation time.
			CreatedAt:   now,
			Description: "A one-page checkout with saved addresses and express pay, replacing the three-step flow.",
		},
		Links: []domain.FlagLink{
			link(Production, "new-checkout", "true"),
			link(Production, "checkout-express-pay", "on"),
			link(Staging, "new-checkout", "true"),
		},
		Phases: []domain.Phase{
			{
				Name: "Internal", Status: domain.PhaseDone, Audience: "Employees (segment employees)", Owner: "dana@example.com",
				PlannedStart: days(-14), PlannedEnd: days(-4), StartedAt: started(-14), EndedAt: started(-releaseDays),
				Expect: &domain.Expectation{On: true, Percent: 0, Segments: []string{"employees"}}, FlagExpects: stagingOn(),
				Entry: []domain.ChecklistItem{{Text: "QA sign-off in staging", Done: true}},
				Exit:  []domain.ChecklistItem{{Text: "No open P1 bugs", Done: true}, {Text: "Support guide reviewed", Done: true}},
			},
			{
				Name: "Beta 5%", Status: domain.PhaseActive, Audience: "Customers who opted into beta, then 5% of everyone", Owner: "dana@example.com",
				PlannedStart: days(-releaseDays), PlannedEnd: days(3), StartedAt: started(-releaseDays),
				Expect: &domain.Expectation{On: true, Percent: 5, Segments: []string{"beta-testers"}}, FlagExpects: stagingOn(),
				Entry: []domain.ChecklistItem{{Text: "Beta invitation sent", Done: true}},
				Exit:  []domain.ChecklistItem{{Text: "Error rate below 0.5%", Done: true}, {Text: "No P1 tickets for 3 days"}},
			},
			ramp("25%", 25, 3, 10),
			ramp("50%", 50, 10, 17),
			ga,
		},
	}
}
