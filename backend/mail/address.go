package mail

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/mail"

	"github.com/emersion/go-message"
	gomail "github.com/emersion/go-message/mail"
	"github.com/emersion/go-message/textproto"
)

// Recipients are the recipients of a test send, checked one by one, so
// that the ones that are email addresses still get the message when
// others are not.
type Recipients struct {
	// Given is every recipient as typed, in order.
	Given []string
	// Valid are the ones that are email addresses, in order.
	Valid []*mail.Address
	// invalid is each other one's index in Given and its problem.
	invalid map[int]*AddressError
}

// CheckRecipients checks each recipient in to, such as "Ana
// <ana@example.com>". It fails when to is empty or none of them is an
// address; the Recipients are returned either way, for Report.
func CheckRecipients(to []string) (Recipients, error) {
	r := Recipients{Given: to, invalid: map[int]*AddressError{}}
	if len(to) == 0 {
		return r, errors.New("no recipients: give at least one address to send the test email to")
	}
	var problems []error
	for i, s := range to {
		a, err := ParseAddress(s)
		if err != nil {
			var ae *AddressError
			errors.As(err, &ae)
			r.invalid[i] = ae
			problems = append(problems, err)
			continue
		}
		r.Valid = append(r.Valid, a)
	}
	if len(r.Valid) == 0 {
		return r, fmt.Errorf("none of the recipients is an email address, so nothing was sent: %w", errors.Join(problems...))
	}
	return r, nil
}

// Addresses are the bare addresses of Valid, for RCPT TO.
func (r Recipients) Addresses() []string {
	out := make([]string, len(r.Valid))
	for i, a := range r.Valid {
		out[i] = a.Address
	}
	return out
}

// Report is sent, the server's report for Valid, with a StatusInvalid
// result for each recipient that is not an address, in the order given.
func (r Recipients) Report(sent Report) Report {
	out := Report{Sent: sent.Sent, Recipients: make([]RecipientResult, 0, len(r.Given))}
	next := 0
	for i, given := range r.Given {
		if problem, bad := r.invalid[i]; bad {
			out.Recipients = append(out.Recipients, RecipientResult{Address: given, Status: StatusInvalid, Reason: problem.Error()})
			continue
		}
		if next < len(sent.Recipients) {
			out.Recipients = append(out.Recipients, sent.Recipients[next])
		}
		next++
	}
	return out
}

// Addressed is the RFC 5322 message eml with its To header set to addrs;
// the rest of the message is unchanged.
func Addressed(eml []byte, addrs []*mail.Address) ([]byte, error) {
	r := bufio.NewReader(bytes.NewReader(eml))
	h, err := textproto.ReadHeader(r)
	if err != nil {
		return nil, fmt.Errorf("read the message header: %w", err)
	}
	header := gomail.Header{Header: message.Header{Header: h}}
	header.SetAddressList("To", addrs)
	var b bytes.Buffer
	if err := textproto.WriteHeader(&b, header.Header.Header); err != nil {
		return nil, fmt.Errorf("write the message header: %w", err)
	}
	if _, err := io.Copy(&b, r); err != nil {
		return nil, fmt.Errorf("copy the message body: %w", err)
	}
	return b.Bytes(), nil
}
