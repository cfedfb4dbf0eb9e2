package mail

import (
	"fmt"
	"strings"
)

// Report is what happened to a message: the server's answer to each
// recipient and whether the message itself was accepted.
type Report struct {
	// Recipients holds one result per recipient, in the order given, for
	// every recipient the session got as far as offering to the server.
	Recipients []RecipientResult `json:"recipients"`
	// Sent is true when the server accepted the message after DATA, for
	// the accepted recipients.
	Sent bool `json:"sent"`
}

// RecipientResult is what happened for one recipient: the server's answer
// to RCPT TO, or why it was never offered.
type RecipientResult struct {
	Address  string `json:"address"`
	Accepted bool   `json:"accepted"`
	// Code and Message are the server's rejection, such as 550 and
	// "5.1.1 No such user"; 0 and "" when the recipient was accepted.
	Code    int    `json:"code"`
	Message string `json:"message"`
	// Status is the outcome in one word: StatusSent, StatusRefused,
	// StatusInvalid or StatusNotSent.
	Status string `json:"status"`
	// Reason says in plain words why the recipient got nothing; "" when
	// it was sent.
	Reason string `json:"reason"`
}

// Recipient outcomes (RecipientResult.Status).
const (
	// StatusSent: the server accepted the recipient and the message.
	StatusSent = "sent"
	// StatusRefused: the server rejected the recipient (RCPT TO).
	StatusRefused = "refused"
	// StatusInvalid: the text is not an email address; it was never
	// offered to the server.
	StatusInvalid = "invalid"
	// StatusNotSent: the server accepted the recipient, but the message
	// did not go out (the error says why).
	StatusNotSent = "not_sent"
)

// settle sets each offered recipient's Status and Reason once the
// exchange is over.
func (r *Report) settle() {
	for i := range r.Recipients {
		rcpt := &r.Recipients[i]
		switch {
		case !rcpt.Accepted:
			rcpt.Status = StatusRefused
			rcpt.Reason = fmt.Sprintf("the server refused this address (%d %s): check it for typos, or ask the mail administrator", rcpt.Code, rcpt.Message)
		case r.Sent:
			rcpt.Status, rcpt.Reason = StatusSent, ""
		default:
			rcpt.Status = StatusNotSent
			rcpt.Reason = "the server took this address, but the message did not go out (see the error)"
		}
	}
}

// accepted counts the recipients the server accepted.
func (r Report) accepted() int {
	n := 0
	for _, rcpt := range r.Recipients {
		if rcpt.Accepted {
			n++
		}
	}
	return n
}

// Summary describes each recipient's result in one line, for the audit
// log: "ana@example.com accepted, gone@example.com rejected (550 …)".
func (r Report) Summary() string {
	if len(r.Recipients) == 0 {
		return "no recipient offered"
	}
	parts := make([]string, len(r.Recipients))
	for i, rcpt := range r.Recipients {
		switch {
		case rcpt.Status == StatusInvalid:
			parts[i] = fmt.Sprintf("%q not an email address", rcpt.Address)
		case rcpt.Accepted:
			parts[i] = rcpt.Address + " accepted"
		default:
			parts[i] = fmt.Sprintf("%s rejected (%d %s)", rcpt.Address, rcpt.Code, rcpt.Message)
		}
	}
	return strings.Join(parts, ", ")
}
