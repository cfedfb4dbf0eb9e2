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

// RecipientResult is the server's answer to RCPT TO for one address.
type RecipientResult struct {
	Address  string `json:"address"`
	Accepted bool   `json:"accepted"`
	// Code and Message are the server's rejection, such as 550 and
	// "5.1.1 No such user"; 0 and "" when the recipient was accepted.
	Code    int    `json:"code"`
	Message string `json:"message"`
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
		parts[i] = rcpt.Address + " accepted"
		if !rcpt.Accepted {
			parts[i] = fmt.Sprintf("%s rejected (%d %s)", rcpt.Address, rcpt.Code, rcpt.Message)
		}
	}
	return strings.Join(parts, ", ")
}
