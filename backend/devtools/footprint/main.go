//go:build linux

// Command footprint compares the Rollout Desk window's cost with a
// hello-world Wails app of the same Wails version: the memory of each app's
// whole process tree (the app plus WebKit's web and network processes) 8 s
// after start, and the time from start to the first screenshot that shows
// page content, with the CPU time the tree had used by then. Each app starts
// -runs times, alternating, each time on its own Xvfb with an empty home
// directory; it prints Markdown tables of the medians and of every run. It
// builds the hello-world app with the pinned Wails CLI on first use. Linux
// only: it reads /proc and starts Xvfb. `make footprint` runs it:
//
//	go run ./backend/devtools/footprint -app build/bin/rolloutdesk -wails bin/wails
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"rolloutdesk/backend/devtools/footprint/measure"
)

func main() {
	appBin := flag.String("app", "build/bin/rolloutdesk", "the production Rollout Desk binary (make build)")
	wails := flag.String("wails", "bin/wails", "the pinned Wails CLI, to build the hello-world app")
	helloBin := flag.String("hello", "", "a hello-world Wails binary to use instead of building one")
	cache := flag.String("cache", "bin/footprint", "where to build the hello-world app")
	runs := flag.Int("runs", 3, "measured starts of each app")
	warmup := flag.Int("warmup", 1, "unmeasured starts of each app first, to load the shared libraries into the page cache")
	s := settings{screen: "1400x900x24"}
	flag.DurationVar(&s.settle, "settle", 8*time.Second, "when to read memory, after start")
	flag.DurationVar(&s.poll, "poll", 100*time.Millisecond, "screenshot interval until the first paint")
	flag.DurationVar(&s.timeout, "timeout", 60*time.Second, "give up on a start that shows nothing by then")
	flag.StringVar(&s.shotsDir, "shots", "", "save each run's first painted screenshot in this directory")
	flag.Parse()
	if err := run(*appBin, *wails, *helloBin, *cache, *runs, *warmup, s); err != nil {
		fmt.Fprintln(os.Stderr, "footprint:", err)
		os.Exit(1)
	}
}

func run(appBin, wails, helloBin, cache string, runs, warmup int, s settings) error {
	if helloBin == "" {
		var err error
		if helloBin, err = helloBinary(wails, cache); err != nil {
			return err
		}
	}
	if s.shotsDir != "" {
		if err := os.MkdirAll(s.shotsDir, 0o755); err != nil {
			return err
		}
	}
	hello := app{name: "hello world", binary: helloBin, env: func(string) []string { return nil }}
	desk := app{name: "Rollout Desk", binary: appBin, env: func(home string) []string {
		// A fresh workspace: the first start seeds the demo, the realistic case.
		return []string{"ROLLOUTDESK_DATA_DIR=" + filepath.Join(home, "rolloutdesk")}
	}}
	load := loadAverage()
	results := []measure.App{{Name: hello.name}, {Name: desk.name}}
	for i := range warmup + runs {
		// Alternate the apps so drifting load on the machine hits both alike.
		for j, a := range []app{hello, desk} {
			shot := "" // warm-up starts leave no screenshot
			if i >= warmup {
				shot = fmt.Sprintf("%s-%d", strings.ReplaceAll(strings.ToLower(a.name), " ", "-"), i+1-warmup)
			}
			r, err := measureRun(a, s, shot)
			if err != nil {
				return err
			}
			if i < warmup {
				continue
			}
			results[j].Runs = append(results[j].Runs, r)
			fmt.Fprintf(os.Stderr, "%s run %d: RSS %d MiB, first paint %s\n", a.name, i+1-warmup, r.RSS()>>20, r.FirstPaint.Round(time.Millisecond))
		}
	}
	fmt.Printf("Memory read %s after start; screenshots every %s on a %s Xvfb. Load average before the runs: %s; after: %s.\n\n",
		s.settle, s.poll, s.screen, load, loadAverage())
	fmt.Println(measure.Table(results[0], results[1]))
	fmt.Println(measure.RunsTable(results...))
	return nil
}

// loadAverage is the first three fields of /proc/loadavg: runs on a busy
// machine are slower and noisier.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	return strings.Join(strings.Fields(string(b))[:3], " ")
}
