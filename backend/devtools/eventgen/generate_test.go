package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"rolloutdesk/backend/viewmodel"
)

// TestGeneratedFileIsCurrent fails while the committed events.gen.ts
// differs from what the view models generate.
func TestGeneratedFileIsCurrent(t *testing.T) {
	want, err := generate(viewmodel.Events())
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join("..", "..", "..", defaultOut))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("%s is stale: run go run ./backend/devtools/eventgen (make bin/.bindings-stamp does) and commit it", defaultOut)
	}
}

type inner struct {
	At    time.Time `json:"at"`
	Tally map[string]int
}

type outer struct {
	inner
	Name    string            `json:"name"`
	Maybe   *inner            `json:"maybe,omitempty"`
	List    []inner           `json:"list"`
	Raw     []byte            `json:"raw"`
	Any     any               `json:"any"`
	Skipped string            `json:"-"`
	hidden  string            //nolint:unused // unexported fields are left out
	Labels  map[string]string `json:"labels"`
}

func (outer) EventName() string { return "test:outer" }

type outers []outer

func (outers) EventName() string { return "test:outers" }

func TestGenerate(t *testing.T) {
	got, err := generate([]viewmodel.Event{outer{}, outers{}})
	if err != nil {
		t.Fatal(err)
	}
	want := header + `
export const outerEvent = 'test:outer';

export const outersEvent = 'test:outers';
export type outers = outer[];

export interface outer {
  at: string;
  Tally: Record<string, number>;
  name: string;
  maybe?: inner | null;
  list: inner[];
  raw: string;
  any: unknown;
  labels: Record<string, string>;
}

export interface inner {
  at: string;
  Tally: Record<string, number>;
}
`
	if string(got) != want {
		t.Errorf("generate =\n%s\nwant\n%s", got, want)
	}
	if _, err := generate([]viewmodel.Event{chanEvent(nil)}); err == nil || !strings.Contains(err.Error(), "no TypeScript") {
		t.Errorf("a channel: %v", err)
	}
}

type chanEvent chan int

func (chanEvent) EventName() string { return "test:chan" }
