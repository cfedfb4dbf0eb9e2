// Command fakeproviders serves the fake LaunchDarkly and Split APIs on
// loopback with generated flags, and an SMTP server that accepts any
// message, for end-to-end tests and for trying Rollout Desk's connections
// and test emails without real accounts. It prints one JSON line with the
// addresses, tokens and SMTP login, then serves until interrupted, printing
// a line to stderr for every message the SMTP server accepts:
//
//	delivered: from=<releases@example.com> to=<ana@example.com,ben@example.com> bytes=1234 subject=<Beta is live>
//
//	go run ./backend/devtools/fakeproviders -flags 300 -latency 150ms
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"mime"
	"net/mail"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"
	"unicode"

	"rolloutdesk/backend/mail/mailtest"
	"rolloutdesk/backend/provider/fakehttp"
	"rolloutdesk/backend/provider/launchdarkly/ldfake"
	"rolloutdesk/backend/provider/split/splitfake"
)

// endpoints is what the command prints for the caller.
type endpoints struct {
	LaunchDarkly endpoint     `json:"launchdarkly"`
	Split        endpoint     `json:"split"`
	SMTP         smtpEndpoint `json:"smtp"`
}

type endpoint struct {
	URL     string   `json:"url"`
	Token   string   `json:"token"`
	Project string   `json:"project"`
	Envs    []string `json:"environments"`
}

// smtpEndpoint is how to reach and log in to the SMTP server: plaintext,
// with AUTH PLAIN or LOGIN.
type smtpEndpoint struct {
	Host     string `json:"host"`
	Port     int    `json:"port"`
	Username string `json:"username"`
	Password string `json:"password"`
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
	smtpCfg := mailtest.Config{Security: mailtest.Plaintext, Username: "rollout", Password: "desk", OnDelivery: logDelivery}
	mailer, err := mailtest.Start(smtpCfg)
	if err != nil {
		return fmt.Errorf("start the SMTP server: %w", err)
	}
	defer mailer.Close()
	out := endpoints{
		LaunchDarkly: endpoint{URL: ld.URL(), Token: ld.Token(), Project: "web-store", Envs: ldEnvs},
		Split:        endpoint{URL: sp.URL(), Token: sp.Token(), Project: ws.Name, Envs: []string{"Production", "Staging"}},
		SMTP:         smtpEndpoint{Host: mailer.Host(), Port: mailer.Port(), Username: smtpCfg.Username, Password: smtpCfg.Password},
	}
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		return err
	}
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt, syscall.SIGTERM)
	<-stop
	return nil
}

// logDelivery prints one line about a message the SMTP server accepted.
func logDelivery(d mailtest.Delivery) {
	fmt.Fprintf(os.Stderr, "delivered: from=<%s> to=<%s> bytes=%d subject=<%s>\n",
		d.From, strings.Join(d.To, ","), len(d.Data), subject(d.Data))
}

// subject is the message's Subject header, decoded from RFC 2047 encoded
// words and kept on one line; the raw header when it does not decode.
func subject(message []byte) string {
	m, err := mail.ReadMessage(bytes.NewReader(message))
	if err != nil {
		return ""
	}
	raw := m.Header.Get("Subject")
	decoded, err := new(mime.WordDecoder).DecodeHeader(raw)
	if err != nil {
		decoded = raw
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, decoded)
}
