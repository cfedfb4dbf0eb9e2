package mail

import (
	"errors"
	"fmt"
)

// envelope is the checked sender and recipients of one message, as bare
// addresses for MAIL FROM and RCPT TO.
type envelope struct {
	from string
	to   []string
}

// newEnvelope checks from (s.From when empty), to and message. Addresses
// may carry a display name ("Ops <ops@example.com>"); only the address is
// kept.
func newEnvelope(s Settings, from string, to []string, message []byte) (envelope, error) {
	if from == "" {
		from = s.From
	}
	if from == "" {
		return envelope{}, errors.New("no sender: enter a From address in the SMTP settings")
	}
	sender, err := ParseAddress(from)
	if err != nil {
		return envelope{}, fmt.Errorf("the sender: %w", err)
	}
	if len(to) == 0 {
		return envelope{}, errors.New("no recipients: enter at least one address to send the test email to")
	}
	env := envelope{from: sender.Address, to: make([]string, len(to))}
	for i, addr := range to {
		rcpt, err := ParseAddress(addr)
		if err != nil {
			return envelope{}, fmt.Errorf("recipient %d: %w", i+1, err)
		}
		env.to[i] = rcpt.Address
	}
	if len(message) == 0 {
		return envelope{}, errors.New("the message is empty: render it before sending")
	}
	return env, nil
}
