package mail

import (
	"context"
	"errors"
	"fmt"

	"github.com/emersion/go-smtp"
)

// errTimedOut is the cause of Send's own deadline, told apart from the
// caller's.
var errTimedOut = errors.New("SMTP timeout")

// Send delivers message, a complete RFC 5322 message with CRLF line
// endings, from the envelope sender from (s.From when empty) to every
// address in to, over the server s describes. password is used only when
// s.Username is set; read it with Password.
//
// Send first checks s (see Settings.Validate) and the addresses, so a
// password bound for another machine in plaintext is refused before any
// connection is made. It then connects with implicit TLS or STARTTLS as
// s.Security says, logs in, offers every recipient and records the
// server's answer to each in the Report, and sends DATA only when at least
// one was accepted. The Report is returned as far as it got, also with an
// error.
//
// The whole exchange is bounded by s.Timeout and by ctx; cancelling ctx
// closes the connection. No error contains password.
func Send(ctx context.Context, s Settings, password, from string, to []string, message []byte) (Report, error) {
	report, err := send(ctx, s, password, from, to, message)
	report.settle()
	return report, scrub(err, password)
}

func send(ctx context.Context, s Settings, password, from string, to []string, message []byte) (Report, error) {
	if err := s.Validate(); err != nil {
		return Report{}, err
	}
	env, err := newEnvelope(s, from, to, message)
	if err != nil {
		return Report{}, err
	}
	if s.Username != "" && password == "" {
		return Report{}, fmt.Errorf("no password for SMTP user %q: store it in Settings, or clear the username to send without logging in", s.Username)
	}
	ctx, cancel := context.WithTimeoutCause(ctx, s.timeout(), errTimedOut)
	defer cancel()

	report, err := session(ctx, s, password, env, message)
	if err != nil && ctx.Err() != nil {
		return report, stopped(ctx, s)
	}
	return report, err
}

// session connects, logs in, delivers and says QUIT.
func session(ctx context.Context, s Settings, password string, env envelope, message []byte) (Report, error) {
	c, err := connect(ctx, s)
	if err != nil {
		return Report{}, err
	}
	defer quit(c)
	if s.Username != "" {
		if err := authenticate(c, s, password); err != nil {
			return Report{}, err
		}
	}
	return deliver(c, env, message)
}

// quit ends the session politely, or just closes the connection when QUIT
// fails: by then the outcome is known and QUIT cannot change it.
func quit(c *smtp.Client) {
	if c.Quit() != nil {
		c.Close()
	}
}

// stopped explains why ctx ended the session: Send's own timeout, or the
// caller's cancellation or deadline.
func stopped(ctx context.Context, s Settings) error {
	if errors.Is(context.Cause(ctx), errTimedOut) {
		return fmt.Errorf("%s did not finish within %s: check the host, the port and the security "+
			"(a server that expects STARTTLS waits silently for implicit TLS): %w", s.address(), s.timeout(), context.DeadlineExceeded)
	}
	return fmt.Errorf("sending to %s stopped: %w", s.address(), context.Cause(ctx))
}
