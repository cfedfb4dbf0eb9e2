// Command fakeproviders serves the fake LaunchDarkly and Split APIs on
// loopback with generated flags, for end-to-end tests and for trying Rollout
// Desk's connections without real accounts. It prints one JSON line with the
// addresses and tokens, then serves until interrupted.
//
//	go run ./backend/devtools/fakeproviders -flags 300 -latency 150ms
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"rolloutdesk/backend/provider/fakehttp"
	"rolloutdesk/backend/provider/launchdarkly/ldfake"
	"rolloutdesk/backend/provider/split/splitfake"
)

// endpoints is what the command prints for the caller.
type endpoints struct {
	LaunchDarkly endpoint `json:"launchdarkly"`
	Split        endpoint `json:"split"`
}

type endpoint struct {
	URL     string   `json:"url"`
	Token   string   `json:"token"`
	Project string   `json:"project"`
	Envs    []string `json:"environments"`
}

func main() {
	flags := flag.Int("flags", 120, "flags per project")
	latency := flag.Duration("latency", 0, "latency added to every request")
	flag.Parse()
	if err := run(*flags, *latency); err != nil {
		fmt.Fprintln(os.Stderr, "fakeproviders:", err)
		os.Exit(1)
	}
}

func run(flags int, latency time.Duration) error {
	ld := ldfake.New(ldfake.Options{})
	defer ld.Close()
	ldEnvs := []string{"production", "staging"}
	if err := ld.Generate(ldfake.GenerateOptions{Project: "web-store", Environments: ldEnvs, Flags: flags}); err != nil {
		return fmt.Errorf("generate LaunchDarkly flags: %w", err)
	}
	sp := splitfake.New(splitfake.Options{})
	defer sp.Close()
	ws := sp.Generate(splitfake.Synthetic{Workspace: "Web Store", Environments: []string{"Production", "Staging"}, Flags: flags, Seed: 7})
	if latency > 0 {
		ld.Inject(ldfake.Fault{Kind: fakehttp.Slow, Delay: latency})
		sp.InjectFault(splitfake.Fault{Kind: fakehttp.Slow, Delay: latency})
	}
	out := endpoints{
		LaunchDarkly: endpoint{URL: ld.URL(), Token: ld.Token(), Project: "web-store", Envs: ldEnvs},
		Split:        endpoint{URL: sp.URL(), Token: sp.Token(), Project: ws.Name, Envs: []string{"Production", "Staging"}},
	}
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		return err
	}
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt, syscall.SIGTERM)
	<-stop
	return nil
}
