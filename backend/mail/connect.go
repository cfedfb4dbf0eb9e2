package mail

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"syscall"

	"github.com/emersion/go-smtp"
)

// helloName is the name Rollout Desk gives itself in EHLO.
const helloName = "localhost"

// goSMTPNoStartTLS is how go-smtp reports a server that does not advertise
// STARTTLS; the library has no sentinel error for it.
const goSMTPNoStartTLS = "smtp: server doesn't support STARTTLS"

// connect dials the server and returns a client that has said EHLO over
// TLS, implicit or after STARTTLS, unless s.Security is SecurityNone.
// Cancelling ctx closes the connection, which ends any exchange in progress.
func connect(ctx context.Context, s Settings) (*smtp.Client, error) {
	addr := s.address()
	var dialer net.Dialer
	var conn net.Conn
	var err error
	if s.Security == SecurityTLS {
		conn, err = (&tls.Dialer{NetDialer: &dialer, Config: tlsConfig(s)}).DialContext(ctx, "tcp", addr)
	} else {
		conn, err = dialer.DialContext(ctx, "tcp", addr)
	}
	if err != nil {
		return nil, connectError(addr, err)
	}
	context.AfterFunc(ctx, func() { conn.Close() })

	var c *smtp.Client
	if s.Security == SecurityStartTLS {
		// NewClientStartTLS closes the connection itself when it fails.
		if c, err = smtp.NewClientStartTLS(conn, tlsConfig(s)); err != nil {
			return nil, connectError(addr, err)
		}
	} else {
		c = smtp.NewClient(conn)
	}
	// After STARTTLS this EHLO is what runs the TLS handshake.
	if err := c.Hello(helloName); err != nil {
		c.Close()
		return nil, connectError(addr, err)
	}
	return c, nil
}

// tlsConfig verifies the server's certificate against Host unless
// InsecureSkipVerify is set.
func tlsConfig(s Settings) *tls.Config {
	return &tls.Config{
		ServerName:         hostOnly(s.Host),
		MinVersion:         tls.VersionTLS12,
		InsecureSkipVerify: s.InsecureSkipVerify, // test servers only; see Settings
	}
}

// connectError explains a failure to set up the session: a missing
// STARTTLS, an untrusted certificate, a server that does not speak TLS
// where it should, or anything else the dial, greeting or EHLO met.
func connectError(addr string, err error) error {
	var certErr *tls.CertificateVerificationError
	var recordErr tls.RecordHeaderError
	var dnsErr *net.DNSError
	switch {
	case err.Error() == goSMTPNoStartTLS:
		return fmt.Errorf("%w; Rollout Desk never falls back to plaintext: choose security \"tls\" "+
			"if %s expects TLS from the first byte (usually port 465), or ask its administrator to enable STARTTLS",
			ErrNoStartTLS, addr)
	case errors.As(err, &certErr):
		return fmt.Errorf("%w (%v): check the host name; for a test server with a self-signed certificate "+
			"only, turn on InsecureSkipVerify", ErrUntrustedCertificate, certErr.Err)
	case errors.As(err, &recordErr):
		return fmt.Errorf("%s did not answer in TLS: if it expects STARTTLS (usually port 587), choose security \"starttls\": %w",
			addr, err)
	case errors.As(err, &dnsErr) && dnsErr.IsNotFound:
		return fmt.Errorf("there is no mail server called “%s”: check the server name for typos (%w)", dnsErr.Name, err)
	case errors.Is(err, syscall.ECONNREFUSED):
		return fmt.Errorf("nothing answers at %s: check the server and the port, and that the server is running (%w)", addr, err)
	}
	return describe(err, "connecting to %s", addr)
}
