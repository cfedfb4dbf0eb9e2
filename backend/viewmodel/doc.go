// Package viewmodel holds every type that crosses the desktop binding
// boundary: the parameters and results of the methods the window calls and
// the payloads of the events it hears. The generated TypeScript contract
// (frontend/wailsjs/go/models.ts, frontend/src/api/events.gen.ts) is made
// from these types alone, so storage and service types stay out of it and
// can change without the front end noticing.
//
// Each type has a From… function that maps it from its backend type and,
// for parameters, a method that maps it back. Field names and JSON tags
// are the contract: change them together with frontend/src/api.
package viewmodel

// mapAll maps each element of xs with f, keeping nil as nil.
func mapAll[T, V any](xs []T, f func(T) V) []V {
	if xs == nil {
		return nil
	}
	out := make([]V, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

// List lifts f to lists: List(FromPlan) maps a []domain.Plan.
func List[T, V any](f func(T) V) func([]T) []V {
	return func(xs []T) []V { return mapAll(xs, f) }
}
