package mail

import (
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"
	"time"
)

// Connection security, the values of Settings.Security.
const (
	// SecurityStartTLS connects in plaintext and upgrades with STARTTLS
	// before anything else is sent (usually port 587). A server that does
	// not offer STARTTLS is an error, never a reason to go on unencrypted.
	SecurityStartTLS = "starttls"
	// SecurityTLS speaks TLS from the first byte, "implicit TLS" (usually
	// port 465).
	SecurityTLS = "tls"
	// SecurityNone never encrypts. With a username it is only accepted for a
	// server on this machine (localhost, 127.0.0.1, ::1), such as a local
	// relay or a mail catcher.
	SecurityNone = "none"
)

// Authentication mechanisms, the values of Settings.AuthMethod.
const (
	// AuthAuto uses PLAIN when the server advertises it and LOGIN otherwise.
	AuthAuto = ""
	// AuthPlain is SASL PLAIN (RFC 4616).
	AuthPlain = "plain"
	// AuthLogin is the older LOGIN mechanism, for servers that lack PLAIN.
	AuthLogin = "login"
)

// DefaultTimeout bounds a Send whose Settings.Timeout is zero.
const DefaultTimeout = time.Minute

// Settings says how to reach an SMTP server. The password is not part of
// it: it is stored in the OS keyring (see Password).
type Settings struct {
	// Host is the server's name or IP address, without a port.
	Host string `json:"host"`
	// Port is the TCP port; 0 means the usual one for Security: 587 for
	// starttls, 465 for tls, 25 for none.
	Port int `json:"port"`
	// Security is SecurityStartTLS, SecurityTLS or SecurityNone.
	Security string `json:"security"`
	// Username logs in when set; empty sends without AUTH.
	Username string `json:"username"`
	// AuthMethod is AuthAuto, AuthPlain or AuthLogin.
	AuthMethod string `json:"auth_method"`
	// From is the default envelope sender, used when Send gets none.
	From string `json:"from"`
	// InsecureSkipVerify accepts any TLS certificate, so the connection is
	// encrypted but the server is not authenticated and anyone on the path
	// could read the password. It exists for test servers with self-signed
	// certificates only; never turn it on for a real mail server.
	InsecureSkipVerify bool `json:"insecure_skip_verify"`
	// Timeout bounds a whole Send, from dialling to QUIT; 0 means
	// DefaultTimeout.
	Timeout time.Duration `json:"timeout"`
}

// Validate checks the settings before they are saved or used and returns
// every problem found, joined, each saying which field is wrong and how to
// fix it. A username with SecurityNone for a host other than this machine
// is an error that matches ErrInsecureAuth.
func (s Settings) Validate() error {
	var errs []error
	problem := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf(format, args...))
	}
	switch {
	case strings.TrimSpace(s.Host) == "":
		problem("SMTP host is empty: enter the server's name, such as smtp.example.com")
	case strings.ContainsAny(s.Host, " \t\r\n/"):
		problem("SMTP host %q is not a host name: enter the name alone, such as smtp.example.com, without a scheme or path", s.Host)
	case hasPort(s.Host):
		problem("SMTP host %q includes a port: enter the host alone and the port in the Port field", s.Host)
	}
	if s.Port < 0 || s.Port > 65535 {
		problem("SMTP port %d is outside 1–65535: use 587 for STARTTLS, 465 for TLS, or 0 for the usual port", s.Port)
	}
	switch s.Security {
	case SecurityStartTLS, SecurityTLS:
	case SecurityNone:
		if s.Username != "" && !isLoopback(s.Host) {
			errs = append(errs, fmt.Errorf("%w to %s: choose security \"starttls\" or \"tls\", or clear the username; "+
				"plaintext login is allowed only to localhost, 127.0.0.1 or ::1", ErrInsecureAuth, s.Host))
		}
	default:
		problem("SMTP security %q is not one of starttls, tls, none: choose starttls (usually port 587) or tls (usually port 465)", s.Security)
	}
	switch s.AuthMethod {
	case AuthAuto, AuthPlain, AuthLogin:
	default:
		problem("SMTP authentication method %q is not one of plain, login or empty (automatic): leave it empty unless the server needs one", s.AuthMethod)
	}
	if s.From != "" {
		if _, err := ParseAddress(s.From); err != nil {
			problem("SMTP sender (From): %v", err)
		}
	}
	if s.Timeout < 0 {
		problem("SMTP timeout %s is negative: use 0 for the default of %s", s.Timeout, DefaultTimeout)
	}
	return errors.Join(errs...)
}

// address is host:port, with the usual port for the security when Port is 0.
func (s Settings) address() string {
	port := s.Port
	if port == 0 {
		port = map[string]int{SecurityStartTLS: 587, SecurityTLS: 465, SecurityNone: 25}[s.Security]
	}
	return net.JoinHostPort(hostOnly(s.Host), strconv.Itoa(port))
}

// Server names the server s reaches for people, as host:port, or the host
// alone when the port is the usual one for its security (Port 0).
func (s Settings) Server() string {
	if s.Port == 0 {
		return s.Host
	}
	return net.JoinHostPort(s.Host, strconv.Itoa(s.Port))
}

// timeout is Timeout, or DefaultTimeout when it is zero.
func (s Settings) timeout() time.Duration {
	if s.Timeout == 0 {
		return DefaultTimeout
	}
	return s.Timeout
}

// hostOnly strips the brackets of an IPv6 literal such as "[::1]".
func hostOnly(host string) string {
	return strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
}

// hasPort reports whether host is written as host:port.
func hasPort(host string) bool {
	_, _, err := net.SplitHostPort(host)
	return err == nil
}

// isLoopback reports whether host names this machine: "localhost" or a
// loopback address (127.0.0.0/8, ::1). It does not resolve names, so a
// name that merely resolves to a loopback address does not count.
func isLoopback(host string) bool {
	host = hostOnly(host)
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
