package split

import "sync"

// memo keeps lists by key, each read once and then reused until read
// afresh. The zero value is ready to use and safe for concurrent use;
// callers must not modify the lists it returns.
type memo[T any] struct {
	mu    sync.Mutex
	lists map[string][]T
}

// get returns the list kept under key, or, when there is none or fresh is
// set, reads it with read and keeps it. A failed read keeps nothing.
func (m *memo[T]) get(key string, fresh bool, read func() ([]T, error)) ([]T, error) {
	if !fresh {
		m.mu.Lock()
		list, ok := m.lists[key]
		m.mu.Unlock()
		if ok {
			return list, nil
		}
	}
	list, err := read()
	if err != nil {
		return nil, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.lists == nil {
		m.lists = map[string][]T{}
	}
	m.lists[key] = list
	return list, nil
}
