package mail

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// authenticate logs in as s.Username with the mechanism s.AuthMethod asks
// for, or the best one the server offers. A 535 reply is ErrAuthRejected.
func authenticate(c *smtp.Client, s Settings, password string) error {
	ok, offered := c.Extension("AUTH")
	if !ok {
		return fmt.Errorf("the server does not offer authentication (no AUTH after EHLO): " +
			"clear the username to send without logging in, or check the port and security")
	}
	mech, err := mechanism(s.AuthMethod, strings.Fields(strings.ToUpper(offered)))
	if err != nil {
		return err
	}
	client := sasl.NewPlainClient("", s.Username, password)
	if mech == sasl.Login {
		client = sasl.NewLoginClient(s.Username, password)
	}
	err = c.Auth(client)
	var se *smtp.SMTPError
	if errors.As(err, &se) && se.Code == 535 {
		return fmt.Errorf("%w (%s): check the username %q and store the password again in Settings",
			ErrAuthRejected, reply(se), s.Username)
	}
	if err != nil {
		return describe(err, "logging in as %q with AUTH %s", s.Username, mech)
	}
	return nil
}

// mechanism picks the SASL mechanism for method among those the server
// offers: PLAIN, else LOGIN, when method is AuthAuto.
func mechanism(method string, offered []string) (string, error) {
	want := []string{sasl.Plain, sasl.Login}
	switch method {
	case AuthPlain:
		want = []string{sasl.Plain}
	case AuthLogin:
		want = []string{sasl.Login}
	}
	for _, mech := range want {
		if slices.Contains(offered, mech) {
			return mech, nil
		}
	}
	return "", fmt.Errorf("the server offers AUTH %s but not %s: set the authentication method to one it offers, or leave it empty",
		strings.Join(offered, " "), strings.Join(want, " or "))
}
