package main

import (
	"rolloutdesk/backend/viewmodel"
	"rolloutdesk/backend/workspace"
)

// serve runs call on the open workspace, or fails with the error that
// keeps it closed.
func serve[V any](a *App, call func(*workspace.Workspace) (V, error)) (V, error) {
	ws, err := a.workspace()
	if err != nil {
		var zero V
		return zero, err
	}
	return call(ws)
}

// do is serve for calls without a result.
func do(a *App, call func(*workspace.Workspace) error) error {
	_, err := serve(a, func(ws *workspace.Workspace) (struct{}, error) { return struct{}{}, call(ws) })
	return err
}

// adapt lifts f, which maps a service's result to its view model, to the
// result and error of a service call: adapt(f)(svc.Get(ctx, key)). On an
// error the view model is zero, as the window only sees the error.
func adapt[T, V any](f func(T) V) func(T, error) (V, error) {
	return func(v T, err error) (V, error) {
		if err != nil {
			var zero V
			return zero, err
		}
		return f(v), nil
	}
}

// adaptAll is adapt for lists.
func adaptAll[T, V any](f func(T) V) func([]T, error) ([]V, error) {
	return adapt(viewmodel.List(f))
}

// saveAs asks where to save with d and writes there. It returns the path,
// or "" when the dialog was cancelled.
func (a *App) saveAs(d SaveDialog, write func(ws *workspace.Workspace, path string) error) (string, error) {
	return serve(a, func(ws *workspace.Workspace) (string, error) {
		path, err := a.rt.SaveDialog(d)
		if err != nil || path == "" {
			return "", err
		}
		return path, write(ws, path)
	})
}
