package workspace

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	netmail "net/mail"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/emersion/go-message"
	gomail "github.com/emersion/go-message/mail"
	"github.com/emersion/go-message/textproto"

	"rolloutdesk/backend/comms"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/mail"
)

// SMTPPasswordEnv holds the password for a SendTest through an override
// server that has a username. The saved password never goes to a server
// other than the saved one.
const SMTPPasswordEnv = "ROLLOUTDESK_SMTP_PASSWORD"

// SendTest renders one template of a release for a phase into an .eml and sends it through
// the saved SMTP server (or through override when non-nil), reporting per recipient.
//
// Only an email template that applies to the phase can be sent; phase ""
// means the active phase, else the first. Every recipient must be an
// address, such as "Ana <ana@example.com>"; the message's To header lists
// them all. The envelope sender is the SMTP settings' From, else the
// emails' sender (see Sender). With override, the password for its
// username comes from $ROLLOUTDESK_SMTP_PASSWORD (SMTPPasswordEnv), never
// from the keyring. Every attempt to send is audited as "comms.send_test"
// with each recipient's result, never with the password. The Report is
// returned as far as the exchange got, also with an error.
func (w *Workspace) SendTest(ctx context.Context, release, phase, template string, to []string, override *mail.Settings) (mail.Report, error) {
	addrs, err := recipients(to)
	if err != nil {
		return mail.Report{}, err
	}
	eml, p, err := w.testMessage(ctx, release, phase, template, addrs)
	if err != nil {
		return mail.Report{}, err
	}
	s, password, err := w.testServer(ctx, override)
	if err != nil {
		return mail.Report{}, err
	}
	from := s.From
	if from == "" {
		if from, err = w.Sender(ctx); err != nil {
			return mail.Report{}, err
		}
	}
	report, sendErr := mail.Send(ctx, s, password, from, to, eml)
	summary := fmt.Sprintf("Test email %s for phase %s through %s: %s", template, p, serverName(s), results(report))
	if sendErr != nil {
		summary += "; not sent: " + sendErr.Error()
		sendErr = fmt.Errorf("sending test email %s: %w", template, sendErr)
	}
	return report, errors.Join(sendErr, w.Audit(ctx, "comms.send_test", release, summary))
}

// recipients checks that to holds at least one address and that each is
// one.
func recipients(to []string) ([]*netmail.Address, error) {
	if len(to) == 0 {
		return nil, errors.New("no recipients: give at least one address to send the test email to")
	}
	addrs := make([]*netmail.Address, len(to))
	for i, s := range to {
		a, err := netmail.ParseAddress(s)
		if err != nil {
			return nil, fmt.Errorf("recipient %q is not an email address such as ana@example.com: %w", s, err)
		}
		addrs[i] = a
	}
	return addrs, nil
}

// testMessage renders the email template named name for a phase of a
// release and addresses it to addrs. It returns the message and the
// phase's name.
func (w *Workspace) testMessage(ctx context.Context, release, phase, name string, addrs []*netmail.Address) ([]byte, string, error) {
	plan, err := w.Store.GetPlan(ctx, release)
	if err != nil {
		return nil, "", err
	}
	p, err := previewPhase(plan, phase)
	if err != nil {
		return nil, "", err
	}
	t, err := w.Store.GetTemplate(ctx, name)
	if err != nil {
		return nil, "", err
	}
	if err := sendable(t, plan, p.Name); err != nil {
		return nil, "", err
	}
	preview, err := w.RenderTemplate(ctx, release, p.Name, name, "")
	if err != nil {
		return nil, "", err
	}
	i := slices.IndexFunc(preview.Files, func(o comms.Output) bool { return o.Ext == "eml" })
	if i < 0 {
		return nil, "", fmt.Errorf("template %s rendered no email message", name)
	}
	eml, err := addressed([]byte(preview.Files[i].Content), addrs)
	if err != nil {
		return nil, "", fmt.Errorf("addressing test email %s: %w", name, err)
	}
	return eml, p.Name, nil
}

// sendable checks that t is an email template that applies to the phase
// named phase of plan.
func sendable(t domain.Template, plan domain.Plan, phase string) error {
	if comms.IsPartial(t.Name) {
		return fmt.Errorf("template %s is a shared block: send a template that includes it", t.Name)
	}
	if t.Channel != domain.ChannelEmail {
		return fmt.Errorf("template %s is for the %s channel: only email templates can be sent", t.Name, t.Channel)
	}
	if comms.Applies(t, phase) {
		return nil
	}
	var phases []string
	for _, p := range plan.Phases {
		if comms.Applies(t, p.Name) {
			phases = append(phases, strconv.Quote(p.Name))
		}
	}
	if len(phases) == 0 {
		return fmt.Errorf("template %s is for phase %q, which release %s does not have", t.Name, t.Phase, plan.Release.Key)
	}
	return fmt.Errorf("template %s is not for phase %q: it applies to %s", t.Name, phase, strings.Join(phases, ", "))
}

// addressed is eml with its To header set to addrs.
func addressed(eml []byte, addrs []*netmail.Address) ([]byte, error) {
	r := bufio.NewReader(bytes.NewReader(eml))
	h, err := textproto.ReadHeader(r)
	if err != nil {
		return nil, err
	}
	header := gomail.Header{Header: message.Header{Header: h}}
	header.SetAddressList("To", addrs)
	var b bytes.Buffer
	if err := textproto.WriteHeader(&b, header.Header.Header); err != nil {
		return nil, err
	}
	_, err = io.Copy(&b, r)
	return b.Bytes(), err
}

// testServer is the SMTP server to send through and its password: override
// with the password from the environment, else the saved server with the
// password from the keyring.
func (w *Workspace) testServer(ctx context.Context, override *mail.Settings) (mail.Settings, string, error) {
	if override != nil {
		password := os.Getenv(SMTPPasswordEnv)
		if override.Username != "" && password == "" {
			return *override, "", fmt.Errorf("SMTP user %q needs a password: set %s", override.Username, SMTPPasswordEnv)
		}
		return *override, password, nil
	}
	s, err := w.SMTPSettings(ctx)
	if err != nil {
		return s, "", err
	}
	if s.Host == "" {
		return s, "", errors.New("no SMTP server is set up: add one in Settings → Email, or give a server to send through")
	}
	if s.Username == "" {
		return s, "", nil
	}
	store, err := w.smtpSecrets()
	if err != nil {
		return s, "", err
	}
	password, err := mail.Password(store, smtpName)
	return s, password, err
}

// serverName is the server s reaches, as host:port, or the host alone when
// the port is the usual one for its security.
func serverName(s mail.Settings) string {
	if s.Port == 0 {
		return s.Host
	}
	return net.JoinHostPort(s.Host, strconv.Itoa(s.Port))
}

// results describes each recipient's result, for the audit log.
func results(report mail.Report) string {
	if len(report.Recipients) == 0 {
		return "no recipient offered"
	}
	parts := make([]string, len(report.Recipients))
	for i, r := range report.Recipients {
		parts[i] = r.Address + " accepted"
		if !r.Accepted {
			parts[i] = fmt.Sprintf("%s rejected (%d %s)", r.Address, r.Code, r.Message)
		}
	}
	return strings.Join(parts, ", ")
}
