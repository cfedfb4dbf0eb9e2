package mailtest

import (
	"crypto/tls"
	"slices"
)

// Defaults of Config, and the sender of Server.Settings.
const (
	// DefaultUsername is the username a Server accepts unless Config says
	// otherwise.
	DefaultUsername = "releases@example.com"
	// DefaultPassword is the password a Server accepts unless Config says
	// otherwise. Its odd characters catch clients that mangle passwords.
	DefaultPassword = `pa55;word,with\odd chars`
	// From is the sender Server.Settings puts in mail.Settings.From.
	From = "Rollout Desk <releases@example.com>"
)

// Security is how a Server protects its connections.
type Security int

const (
	// StartTLS listens in plaintext, offers STARTTLS and offers AUTH only
	// after it, as a submission server on port 587 does. It is the zero
	// value.
	StartTLS Security = iota
	// ImplicitTLS speaks TLS from the first byte, as on port 465.
	ImplicitTLS
	// Plaintext never encrypts and offers AUTH anyway, as a local relay or
	// mail catcher does.
	Plaintext
	// NoStartTLS never encrypts and, having no TLS to offer AUTH over,
	// offers neither STARTTLS nor AUTH, as a submission server whose TLS is
	// not set up does.
	NoStartTLS
)

// Config shapes a Server. The zero value offers STARTTLS, AUTH PLAIN and
// LOGIN, and accepts DefaultUsername with DefaultPassword.
type Config struct {
	// Security is how the server speaks TLS.
	Security Security
	// Mechanisms are the AUTH mechanisms offered, sasl.Plain,
	// sasl.Login or both; nil means both.
	Mechanisms []string
	// Username and Password are the only credentials accepted; empty means
	// DefaultUsername and DefaultPassword.
	Username, Password string
	// Reject lists recipients answered with 550 5.1.1.
	Reject []string
	// RejectData answers the end of every message with 554 5.6.0.
	RejectData bool
	// EchoPassword makes a failed login's reply repeat the password, as a
	// careless server might.
	EchoPassword bool
	// Certificate is what the server presents in the TLS modes; nil means a
	// fresh one from NewCertificate().
	Certificate *tls.Certificate
	// OnMail, when set, runs as MAIL FROM arrives, before the reply: a test
	// can block in it to make the server hang.
	OnMail func()
	// OnDelivery, when set, runs for every message accepted, after it is
	// recorded. Sessions run concurrently, and so may its calls.
	OnDelivery func(Delivery)
}

// Delivery is a message the server accepted.
type Delivery struct {
	// From is the envelope sender, from MAIL FROM.
	From string
	// To holds the accepted recipients, from RCPT TO.
	To []string
	// Data is the message as received, with CRLF line endings.
	Data []byte
}

// clone is a deep copy of d, which the caller may change freely.
func (d Delivery) clone() Delivery {
	return Delivery{From: d.From, To: slices.Clone(d.To), Data: slices.Clone(d.Data)}
}
