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

// ParseRecipients checks that to holds at least one address and that each
// is one, such as "Ana <ana@example.com>".
func ParseRecipients(to []string) ([]*mail.Address, error) {
	if len(to) == 0 {
		return nil, errors.New("no recipients: give at least one address to send the test email to")
	}
	addrs := make([]*mail.Address, len(to))
	for i, s := range to {
		a, err := mail.ParseAddress(s)
		if err != nil {
			return nil, fmt.Errorf("recipient %q is not an email address such as ana@example.com: %w", s, err)
		}
		addrs[i] = a
	}
	return addrs, nil
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
