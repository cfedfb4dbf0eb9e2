package cli

import (
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"rolloutdesk/backend/mail"
	"rolloutdesk/backend/mailer"
	"rolloutdesk/backend/workspace"
)

func newCommsSendTestCmd(g *globals) *cobra.Command {
	var phase, template, server, user string
	var to []string
	cmd := &cobra.Command{
		Use:   "send-test RELEASE --phase NAME --template NAME --to ADDR... [--smtp HOST:PORT]",
		Short: "Send one email template, rendered for a phase, to test addresses",
		Long: `Renders the email template NAME for the phase NAME of RELEASE, addresses it
to every --to address and sends it through the SMTP server saved in the
desktop app (Settings → Email), with the password from $` + mailer.SMTPPasswordEnv + `
when it is set, else from the system keyring.

--smtp HOST:PORT sends through another server instead: in plaintext when HOST
is this machine (localhost, 127.0.0.1, ::1), such as a local mail catcher, and
with STARTTLS otherwise. It logs in as --smtp-user when given, with the
password in $` + mailer.SMTPPasswordEnv + ` (never on the command line); the
saved password is never sent to it.

The envelope sender is the saved server's From address, else the sender set
with rolloutdesk comms sender. It prints the server's answer for each
recipient; with --json the report {"recipients":[{"address","accepted",
"code","message","status","reason"}],"sent"}, where status is sent,
refused (by the server), invalid (not an email address, never offered) or
not_sent. Recipients that are not email addresses do not stop the others
from getting the message. It exits with 1 when nothing was sent or any
recipient did not get it.`,
		Example: "  rolloutdesk comms send-test new-checkout --phase \"Beta 5%\" --template beta-invitation --to me@example.com\n" +
			"  rolloutdesk comms send-test new-checkout --phase GA --template ga-announcement \\\n" +
			"      --to ana@example.com,ben@example.com --smtp localhost:1025",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			override, err := smtpOverride(server, user)
			if err != nil {
				return err
			}
			return g.withWorkspace(cmd.Context(), func(w *workspace.Workspace) error {
				report, err := w.Mail.SendTest(cmd.Context(), args[0], phase, template, to, override)
				if len(report.Recipients) > 0 {
					if perr := g.print(report, reportTable(report)); perr != nil {
						return perr
					}
				}
				if err != nil {
					return releaseHint(err)
				}
				return rejections(report)
			})
		},
	}
	cmd.Flags().StringVar(&phase, "phase", "", "the phase to render the template for (required)")
	cmd.Flags().StringVar(&template, "template", "", "the email template to send (required)")
	cmd.Flags().StringSliceVar(&to, "to", nil, "a recipient; repeat it or separate addresses with commas (required)")
	cmd.Flags().StringVar(&server, "smtp", "", "send through HOST:PORT instead of the saved SMTP server")
	cmd.Flags().StringVar(&user, "smtp-user", "", "log in to the --smtp server as this user, with the password in $"+mailer.SMTPPasswordEnv)
	for _, name := range []string{"phase", "template", "to"} {
		_ = cmd.MarkFlagRequired(name)
	}
	return cmd
}

// smtpOverride is the server --smtp names, or nil when it is not given.
func smtpOverride(addr, user string) (*mail.Settings, error) {
	if addr == "" {
		if user != "" {
			return nil, errors.New("--smtp-user needs --smtp HOST:PORT")
		}
		return nil, nil
	}
	host, portText, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("--smtp %q: %w (write HOST:PORT, such as smtp.example.com:587)", addr, err)
	}
	port, err := strconv.Atoi(portText)
	if err != nil || port < 1 || port > 65535 {
		return nil, fmt.Errorf("--smtp %q: port %q is not a number from 1 to 65535", addr, portText)
	}
	s := &mail.Settings{Host: host, Port: port, Security: mail.SecurityStartTLS, Username: user}
	if ip := net.ParseIP(host); strings.EqualFold(host, "localhost") || ip != nil && ip.IsLoopback() {
		s.Security = mail.SecurityNone
	}
	return s, nil
}

// reportTable shows the server's answer to each recipient.
func reportTable(report mail.Report) string {
	rows := [][]string{{"RECIPIENT", "RESULT"}}
	for _, r := range report.Recipients {
		result := "accepted"
		switch {
		case r.Status == mail.StatusInvalid:
			result = "invalid: " + r.Reason
		case !r.Accepted:
			result = fmt.Sprintf("rejected: %d %s", r.Code, r.Message)
		}
		rows = append(rows, []string{r.Address, result})
	}
	return tabulate(rows)
}

// tabulate aligns rows of cells, the first row being the header, in
// columns two spaces apart.
func tabulate(rows [][]string) string {
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	for _, r := range rows {
		fmt.Fprintln(tw, strings.Join(r, "\t"))
	}
	tw.Flush()
	return strings.TrimRight(b.String(), "\n")
}

// rejections is an error naming the recipients the server rejected, or
// saying that nothing was sent; nil when every recipient got the message.
func rejections(report mail.Report) error {
	var rejected []string
	for _, r := range report.Recipients {
		switch {
		case r.Status == mail.StatusInvalid:
			rejected = append(rejected, fmt.Sprintf("%q (not an email address)", r.Address))
		case !r.Accepted:
			rejected = append(rejected, fmt.Sprintf("%s (%d %s)", r.Address, r.Code, r.Message))
		}
	}
	switch {
	case !report.Sent:
		return errors.New("nothing was sent")
	case len(rejected) > 0:
		return fmt.Errorf("sent, but not to %s", strings.Join(rejected, ", "))
	}
	return nil
}
