package workspace

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/drift"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/store"
)

// settingStaleAfter holds the drift staleness window as a Go duration.
const settingStaleAfter = "drift.stale_after"

// DriftChange is a linked flag whose verdict changed since the last check.
type DriftChange struct {
	Release string        `json:"release"`
	Flag    drift.Flag    `json:"flag"`
	Before  drift.Verdict `json:"before"` // "" the first time the flag is judged
}

// StaleAfter is the drift staleness window (Settings; default 24 hours).
func (w *Workspace) StaleAfter(ctx context.Context) (time.Duration, error) {
	v, err := w.Store.Setting(ctx, settingStaleAfter)
	if err != nil || v == "" {
		return drift.DefaultStaleAfter, err
	}
	d, err := time.ParseDuration(v)
	if err != nil {
		return 0, fmt.Errorf("setting %s: %q is not a duration such as 24h: %w", settingStaleAfter, v, err)
	}
	return d, nil
}

// SetStaleAfter changes the drift staleness window.
func (w *Workspace) SetStaleAfter(ctx context.Context, d time.Duration) error {
	if d < time.Minute {
		return fmt.Errorf("stale window %s is too short: use a minute or more", d)
	}
	return w.Store.SetSetting(ctx, settingStaleAfter, d.String())
}

// judge returns a function that evaluates plans against the latest synced
// state, read once however many plans it judges.
func (w *Workspace) judge(ctx context.Context) (func(domain.Plan) drift.Report, error) {
	latest, err := w.Store.LatestFlags(ctx, store.FlagFilter{})
	if err != nil {
		return nil, err
	}
	staleAfter, err := w.StaleAfter(ctx)
	if err != nil {
		return nil, err
	}
	now := w.Now()
	return func(plan domain.Plan) drift.Report { return drift.Evaluate(plan, latest, now, staleAfter) }, nil
}

// Drift evaluates one release against the latest synced state.
func (w *Workspace) Drift(ctx context.Context, release string) (drift.Report, error) {
	plan, err := w.Store.GetPlan(ctx, release)
	if err != nil {
		return drift.Report{}, err
	}
	judge, err := w.judge(ctx)
	if err != nil {
		return drift.Report{}, err
	}
	return judge(plan), nil
}

// DriftReports evaluates every release, newest first.
func (w *Workspace) DriftReports(ctx context.Context) ([]drift.Report, error) {
	releases, err := w.Store.ListReleases(ctx)
	if err != nil {
		return nil, err
	}
	judge, err := w.judge(ctx)
	if err != nil {
		return nil, err
	}
	reports := make([]drift.Report, 0, len(releases))
	for _, r := range releases {
		plan, err := w.Store.GetPlan(ctx, r.Key)
		if err != nil {
			return nil, err
		}
		reports = append(reports, judge(plan))
	}
	return reports, nil
}

// RecomputeDrift judges every release, records the verdicts, and writes an
// audit event for each verdict that changed. It returns the changes.
func (w *Workspace) RecomputeDrift(ctx context.Context) ([]DriftChange, error) {
	reports, err := w.DriftReports(ctx)
	if err != nil {
		return nil, err
	}
	var changes []DriftChange
	for _, report := range reports {
		r := report.Release
		previous, err := w.Store.DriftVerdicts(ctx, r)
		if err != nil {
			return changes, err
		}
		current := make([]store.StoredVerdict, 0, len(report.Flags))
		for _, f := range report.Flags {
			id := provider.ID{Provider: f.Provider, Project: f.Project, Environment: f.Environment, Key: f.Key}
			before := previous[id]
			current = append(current, store.StoredVerdict{ID: id, Phase: report.Phase, Verdict: string(f.Verdict), Reason: f.Reason, UpdatedAt: w.Now()})
			if before.Verdict == string(f.Verdict) && before.Phase == report.Phase {
				continue
			}
			change := DriftChange{Release: r, Flag: f, Before: drift.Verdict(before.Verdict)}
			if err := w.auditDrift(ctx, change); err != nil {
				return changes, err
			}
			changes = append(changes, change)
		}
		if err := w.Store.ReplaceDrift(ctx, r, current); err != nil {
			return changes, err
		}
	}
	return changes, nil
}

func (w *Workspace) auditDrift(ctx context.Context, c DriftChange) error {
	before, _ := json.Marshal(map[string]string{"verdict": string(c.Before)})
	after, _ := json.Marshal(map[string]string{"verdict": string(c.Flag.Verdict), "reason": c.Flag.Reason})
	_, err := w.Store.AppendAudit(ctx, domain.AuditEvent{
		At: w.Now(), Actor: "rolloutdesk (drift check)", Action: "drift.change", Release: c.Release,
		Subject: fmt.Sprintf("%s %s/%s %s", c.Flag.Provider, c.Flag.Project, c.Flag.Environment, c.Flag.Key),
		Summary: fmt.Sprintf("%s: %s", c.Flag.Key, c.Flag.Reason), Before: before, After: after,
	})
	return err
}
