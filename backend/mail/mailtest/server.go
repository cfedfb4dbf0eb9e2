// Package mailtest runs a real SMTP server on loopback, built on
// github.com/emersion/go-smtp, for tests of code that sends email and for
// the fake providers of the end-to-end tests. It records the AUTH
// mechanisms clients try and every message it accepts, and can be set up to
// misbehave as real servers do: no STARTTLS, a rejected recipient, a refused
// message, a reply that echoes the password, or a hang.
package mailtest

import (
	"crypto/tls"
	"fmt"
	"io"
	"log"
	"net"
	"slices"
	"sync"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"rolloutdesk/backend/mail"
)

// Server is an SMTP server on 127.0.0.1 that records what clients did. Its
// methods are safe for concurrent use.
type Server struct {
	cfg    Config
	smtp   *smtp.Server
	addr   *net.TCPAddr
	closer io.Closer     // the listener
	served chan struct{} // closed when Serve has returned

	mu         sync.Mutex
	auths      []string
	deliveries []Delivery
}

// Start starts a server on 127.0.0.1 at a free port, as cfg says. Stop it
// with Close.
func Start(cfg Config) (*Server, error) {
	if cfg.Security < StartTLS || cfg.Security > NoStartTLS {
		return nil, fmt.Errorf("mailtest: unknown security %d", cfg.Security)
	}
	if cfg.Mechanisms == nil {
		cfg.Mechanisms = []string{sasl.Plain, sasl.Login}
	}
	if cfg.Username == "" {
		cfg.Username = DefaultUsername
	}
	if cfg.Password == "" {
		cfg.Password = DefaultPassword
	}
	s := &Server{cfg: cfg, served: make(chan struct{})}
	s.smtp = smtp.NewServer(smtp.BackendFunc(func(*smtp.Conn) (smtp.Session, error) {
		return &session{server: s}, nil
	}))
	s.smtp.Domain = "localhost"
	s.smtp.AllowInsecureAuth = cfg.Security == Plaintext
	s.smtp.ErrorLog = log.New(io.Discard, "", 0)

	if cfg.Security == StartTLS || cfg.Security == ImplicitTLS {
		tlsCfg, err := tlsConfig(cfg.Certificate)
		if err != nil {
			return nil, err
		}
		s.smtp.TLSConfig = tlsCfg
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("mailtest: listen on loopback: %w", err)
	}
	s.addr, s.closer = l.Addr().(*net.TCPAddr), l
	if cfg.Security == ImplicitTLS {
		l = tls.NewListener(l, s.smtp.TLSConfig)
	}
	go func() {
		defer close(s.served)
		s.smtp.Serve(l)
	}()
	return s, nil
}

// Close stops the server: it stops listening and closes every connection.
// Closing it again returns smtp.ErrServerClosed.
func (s *Server) Close() error {
	err := s.smtp.Close()
	// Serve may not have registered the listener with go-smtp yet, so close
	// it here too; closing it twice is harmless.
	s.closer.Close()
	<-s.served
	return err
}

// Addr is the server's address, "127.0.0.1:port".
func (s *Server) Addr() string { return s.addr.String() }

// Host is the server's IP address, "127.0.0.1".
func (s *Server) Host() string { return s.addr.IP.String() }

// Port is the server's TCP port.
func (s *Server) Port() int { return s.addr.Port }

// Settings are client settings that reach the server: the mail.Security
// that matches its Security, its username unless it offers no AUTH, From as
// the sender, and InsecureSkipVerify for its self-signed certificate. The
// password to send with them is Config.Password, DefaultPassword by
// default.
func (s *Server) Settings() mail.Settings {
	settings := mail.Settings{Host: s.Host(), Port: s.Port(), Username: s.cfg.Username, From: From}
	switch s.cfg.Security {
	case StartTLS:
		settings.Security, settings.InsecureSkipVerify = mail.SecurityStartTLS, true
	case ImplicitTLS:
		settings.Security, settings.InsecureSkipVerify = mail.SecurityTLS, true
	case Plaintext:
		settings.Security = mail.SecurityNone
	case NoStartTLS:
		settings.Security, settings.Username = mail.SecurityNone, ""
	}
	return settings
}

// Auths returns the AUTH mechanisms clients tried, in order, whether or not
// the login succeeded.
func (s *Server) Auths() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.auths)
}

// Deliveries returns a copy of every message the server accepted, in order.
func (s *Server) Deliveries() []Delivery {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Delivery, len(s.deliveries))
	for i, d := range s.deliveries {
		out[i] = d.clone()
	}
	return out
}
