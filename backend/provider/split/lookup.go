package split

import (
	"slices"
	"strings"
)

// identified is a Split object a user may name by id or by exact name.
type identified interface {
	ident() (id, name string)
}

func (w Workspace) ident() (string, string)   { return w.ID, w.Name }
func (e Environment) ident() (string, string) { return e.ID, e.Name }

// ident of a treatment is its name twice: a flag names its treatments
// uniquely.
func (t Treatment) ident() (string, string) { return t.Name, t.Name }

// findByIDOrName returns the item whose id is idOrName or, failing that, the
// first whose name is exactly idOrName.
func findByIDOrName[T identified](items []T, idOrName string) (T, bool) {
	byName := -1
	for i, item := range items {
		id, name := item.ident()
		if id == idOrName {
			return item, true
		}
		if name == idOrName && byName < 0 {
			byName = i
		}
	}
	if byName < 0 {
		var zero T
		return zero, false
	}
	return items[byName], true
}

// knownNames lists the items' names, sorted, for an error message.
func knownNames[T identified](items []T) string {
	if len(items) == 0 {
		return "(none)"
	}
	names := make([]string, len(items))
	for i, item := range items {
		_, names[i] = item.ident()
	}
	slices.Sort(names)
	return strings.Join(names, ", ")
}
