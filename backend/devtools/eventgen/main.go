// Command eventgen writes the TypeScript types of the events the Go side
// emits, from the view models that carry them, so the front end's event
// payloads are generated rather than written by hand:
//
//	go run ./backend/devtools/eventgen [FILE]
//
// FILE defaults to frontend/src/api/events.gen.ts. `make bin/.bindings-stamp`
// runs it with the Wails bindings; a test fails while the file is stale.
package main

import (
	"bytes"
	"fmt"
	"os"

	"rolloutdesk/backend/viewmodel"
)

// defaultOut is where the types go, relative to the repository root.
const defaultOut = "frontend/src/api/events.gen.ts"

func main() {
	out := defaultOut
	if len(os.Args) > 1 {
		out = os.Args[1]
	}
	if err := write(out); err != nil {
		fmt.Fprintln(os.Stderr, "eventgen:", err)
		os.Exit(1)
	}
}

// write writes the types to out, leaving it untouched when it is current
// so that make sees nothing new to build.
func write(out string) error {
	ts, err := generate(viewmodel.Events())
	if err != nil {
		return err
	}
	if old, err := os.ReadFile(out); err == nil && bytes.Equal(old, ts) {
		return nil
	}
	return os.WriteFile(out, ts, 0o644)
}
