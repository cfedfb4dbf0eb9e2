package main

import (
	"time"

	"rolloutdesk/backend/readiness"
	vm "rolloutdesk/backend/viewmodel"
	"rolloutdesk/backend/workspace"
)

// metricsFilter picks the metric exports an import dialog offers.
var metricsFilter = FileFilter{Name: "Metric exports (*.csv)", Pattern: "*.csv"}

// GetReadiness judges whether a release's active phase may advance: ready,
// hold or rollback, with every reason.
func (a *App) GetReadiness(release string) (vm.Readiness, error) {
	return serve(a, func(ws *workspace.Workspace) (vm.Readiness, error) {
		return adapt(vm.FromReadiness)(ws.Readiness.Judge(a.ctx, release, time.Time{}))
	})
}

// ListReadiness judges every release, for the releases list.
func (a *App) ListReadiness() ([]vm.Readiness, error) {
	return serve(a, func(ws *workspace.Workspace) ([]vm.Readiness, error) {
		return adaptAll(vm.FromReadiness)(ws.Readiness.JudgeAll(a.ctx))
	})
}

// ListMetricValues lists a release's stored metric values.
func (a *App) ListMetricValues(release string) ([]vm.MetricValue, error) {
	return serve(a, func(ws *workspace.Workspace) ([]vm.MetricValue, error) {
		return adaptAll(vm.FromMetricValue)(ws.Readiness.Values(a.ctx, release))
	})
}

// ImportMetricsFile asks for a metrics CSV export and imports it into a
// release; nil when the dialog was cancelled.
func (a *App) ImportMetricsFile(release string) (*vm.MetricsImported, error) {
	return serve(a, func(ws *workspace.Workspace) (*vm.MetricsImported, error) {
		path, err := a.rt.OpenDialog(OpenDialog{Title: "Import metric values", Filter: metricsFilter})
		if err != nil || path == "" {
			return nil, err
		}
		return adapt(pointer(vm.FromMetricsImported))(ws.Readiness.ImportMetricsFile(a.ctx, release, path))
	})
}

// EnterMetric stores one metric value typed in the window; day is
// YYYY-MM-DD.
func (a *App) EnterMetric(release, metric, day string, value float64) (vm.MetricsImported, error) {
	return serve(a, func(ws *workspace.Workspace) (vm.MetricsImported, error) {
		d, err := vm.ParseDay(day)
		if err != nil {
			return vm.MetricsImported{}, err
		}
		return adapt(vm.FromMetricsImported)(ws.Readiness.EnterMetric(a.ctx, release, metric, d, value))
	})
}

// TickCriterion marks a manual criterion of a phase as met (done) or open,
// recording who and when, and returns the release.
func (a *App) TickCriterion(release, phase, text string, done bool) (vm.Plan, error) {
	return serve(a, func(ws *workspace.Workspace) (vm.Plan, error) {
		return adapt(func(t readiness.Ticked) vm.Plan { return vm.FromPlan(t.Plan) })(ws.Readiness.TickCriterion(a.ctx, release, phase, text, done))
	})
}

// ListAdoption reports what the providers observed of a release's linked
// flags.
func (a *App) ListAdoption(release string) ([]vm.Adoption, error) {
	return serve(a, func(ws *workspace.Workspace) ([]vm.Adoption, error) {
		return adaptAll(vm.FromAdoption)(ws.Adoption.ReleaseFlags(a.ctx, release))
	})
}

// FlagUsage returns one flag's daily evaluations per variation over the
// last 30 days, or why there are none.
func (a *App) FlagUsage(id vm.FlagID) (vm.FlagUsage, error) {
	return serve(a, func(ws *workspace.Workspace) (vm.FlagUsage, error) {
		return adapt(vm.FromFlagUsage)(ws.Adoption.Usage(a.ctx, id.ID()))
	})
}

// announceReadiness tells the window and the desktop about changed go/no-go
// verdicts.
func (a *App) announceReadiness(changes []readiness.Change) {
	a.rt.Emit(vm.FromReadinessChanges(changes))
	for _, n := range vm.ReadinessNotifications(changes) {
		a.rt.Notify(n)
	}
}

// pointer lifts a mapping to return a pointer, for results that may be
// absent (a cancelled dialog).
func pointer[T, V any](f func(T) V) func(T) *V {
	return func(t T) *V {
		v := f(t)
		return &v
	}
}
