package mail

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/emersion/go-smtp"

	"rolloutdesk/backend/secrets"
)

// Sentinel errors. Match them with errors.Is; the errors returned say more
// (the server's reply, and what to change).
var (
	// ErrInsecureAuth means a password would have crossed the network
	// unencrypted; nothing was sent.
	ErrInsecureAuth = errors.New("refusing to send the password over an unencrypted connection")
	// ErrNoStartTLS means security is "starttls" but the server does not
	// offer STARTTLS; nothing but EHLO was sent.
	ErrNoStartTLS = errors.New("server does not offer STARTTLS")
	// ErrUntrustedCertificate means the server's TLS certificate failed
	// verification.
	ErrUntrustedCertificate = errors.New("the server's TLS certificate is not trusted")
	// ErrAuthRejected means the server answered 535 to the login.
	ErrAuthRejected = errors.New("the server rejected the username or password")
	// ErrNoRecipientAccepted means every RCPT TO was rejected, so no DATA
	// was sent; the Report says why for each.
	ErrNoRecipientAccepted = errors.New("the server accepted none of the recipients")
)

// reply formats a server reply as it appeared on the wire, e.g.
// "550 5.1.1 No such user".
func reply(e *smtp.SMTPError) string {
	return fmt.Sprintf("%d %s", e.Code, replyText(e))
}

// replyText is the reply without its code: the enhanced status code, when
// the server sent one, and the message.
func replyText(e *smtp.SMTPError) string {
	if e.EnhancedCode == (smtp.EnhancedCode{}) || e.EnhancedCode == smtp.NoEnhancedCode {
		return e.Message
	}
	c := e.EnhancedCode
	return fmt.Sprintf("%d.%d.%d %s", c[0], c[1], c[2], e.Message)
}

// replyError is a server reply as an error: its text is the reply as it
// appeared on the wire instead of go-smtp's "SMTP error 550: …", and it
// unwraps to the *smtp.SMTPError.
type replyError struct{ reply *smtp.SMTPError }

func (e replyError) Error() string { return "the server replied " + reply(e.reply) }
func (e replyError) Unwrap() error { return e.reply }

// describe wraps err with what was being done, spelling out a server reply.
func describe(err error, format string, args ...any) error {
	var se *smtp.SMTPError
	if errors.As(err, &se) {
		err = replyError{se}
	}
	return fmt.Errorf("%s: %w", fmt.Sprintf(format, args...), err)
}

// redactedError stands in for an error whose text contained the password:
// it keeps the redacted text and still matches the sentinels the original
// did, but drops the chain that held the password.
type redactedError struct {
	msg   string
	kinds []error
}

func (e *redactedError) Error() string        { return e.msg }
func (e *redactedError) Is(target error) bool { return slices.Contains(e.kinds, target) }

// scrub returns err unchanged unless its text contains password, as it
// could if a server echoed it; then it returns a redactedError in its place.
func scrub(err error, password string) error {
	if err == nil || password == "" || !strings.Contains(err.Error(), password) {
		return err
	}
	var kinds []error
	for _, kind := range []error{ErrInsecureAuth, ErrNoStartTLS, ErrUntrustedCertificate, ErrAuthRejected,
		ErrNoRecipientAccepted, context.Canceled, context.DeadlineExceeded} {
		if errors.Is(err, kind) {
			kinds = append(kinds, kind)
		}
	}
	return &redactedError{msg: secrets.Redact(err.Error(), password), kinds: kinds}
}
