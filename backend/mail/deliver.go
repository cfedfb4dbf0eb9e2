package mail

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/emersion/go-smtp"
)

// deliver runs one mail transaction: MAIL FROM, RCPT TO for every
// recipient, recording each answer, and DATA only when at least one
// recipient was accepted. The Report is filled in as far as the transaction
// got, also on error.
func deliver(c *smtp.Client, env envelope, message []byte) (Report, error) {
	var report Report
	if err := c.Mail(env.from, mailOptions(env)); err != nil {
		return report, describe(err, "MAIL FROM:<%s>", env.from)
	}
	for _, addr := range env.to {
		result := RecipientResult{Address: addr, Accepted: true}
		if err := c.Rcpt(addr, nil); err != nil {
			var se *smtp.SMTPError
			if !errors.As(err, &se) {
				return report, fmt.Errorf("offering recipient <%s>: %w", addr, err)
			}
			result = RecipientResult{Address: addr, Code: se.Code, Message: replyText(se)}
		}
		report.Recipients = append(report.Recipients, result)
	}
	if report.accepted() == 0 {
		return report, rejectedAll(report)
	}
	w, err := c.Data()
	if err != nil {
		return report, describe(err, "starting DATA")
	}
	if _, err := w.Write(message); err != nil {
		return report, fmt.Errorf("writing the message: %w", err)
	}
	if err := w.Close(); err != nil {
		return report, describe(err, "finishing DATA")
	}
	report.Sent = true
	return report, nil
}

// mailOptions asks for SMTPUTF8 when an address is not ASCII, as go-smtp's
// own SendMail does.
func mailOptions(env envelope) *smtp.MailOptions {
	nonASCII := func(addr string) bool {
		return strings.ContainsFunc(addr, func(r rune) bool { return r >= utf8.RuneSelf })
	}
	if nonASCII(env.from) || slices.ContainsFunc(env.to, nonASCII) {
		return &smtp.MailOptions{UTF8: true}
	}
	return nil
}

// rejectedAll is ErrNoRecipientAccepted with every rejection spelled out.
func rejectedAll(report Report) error {
	reasons := make([]string, len(report.Recipients))
	for i, r := range report.Recipients {
		reasons[i] = fmt.Sprintf("<%s>: %d %s", r.Address, r.Code, r.Message)
	}
	return fmt.Errorf("%w, so nothing was sent (%s): check the addresses", ErrNoRecipientAccepted, strings.Join(reasons, "; "))
}
