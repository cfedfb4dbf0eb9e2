package main

import (
	"path/filepath"
	"sync"

	"rolloutdesk/backend/viewmodel"
)

// fakeRuntime is a Runtime that records what the binding layer sends the
// window and answers dialogs as told.
type fakeRuntime struct {
	mu      sync.Mutex
	events  []viewmodel.Event
	notices []viewmodel.Notification
	dialogs []string // titles, in order

	saveDir  string // save dialogs answer with a file here; "" cancels
	openFile string // open dialogs answer with this file; "" cancels
}

func (f *fakeRuntime) Emit(e viewmodel.Event) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.events = append(f.events, e)
}

func (f *fakeRuntime) Notify(n viewmodel.Notification) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.notices = append(f.notices, n)
}

func (f *fakeRuntime) SaveDialog(d SaveDialog) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.dialogs = append(f.dialogs, d.Title)
	if f.saveDir == "" {
		return "", nil
	}
	return filepath.Join(f.saveDir, d.Filename), nil
}

func (f *fakeRuntime) OpenDialog(d OpenDialog) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.dialogs = append(f.dialogs, d.Title)
	return f.openFile, nil
}

// named lists the names of the events emitted, in order.
func (f *fakeRuntime) named() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	names := make([]string, len(f.events))
	for i, e := range f.events {
		names[i] = e.EventName()
	}
	return names
}
