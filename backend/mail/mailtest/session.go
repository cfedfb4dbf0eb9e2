package mailtest

import (
	"errors"
	"io"
	"slices"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// session is one client session of a Server.
type session struct {
	server *Server
	from   string
	to     []string
}

// AuthMechanisms lists Config.Mechanisms; go-smtp offers them only over TLS
// unless the server's security is Plaintext.
func (s *session) AuthMechanisms() []string { return s.server.cfg.Mechanisms }

// Auth records the mechanism and checks the credentials it carries.
func (s *session) Auth(mech string) (sasl.Server, error) {
	s.server.mu.Lock()
	s.server.auths = append(s.server.auths, mech)
	s.server.mu.Unlock()
	switch mech {
	case sasl.Plain:
		return sasl.NewPlainServer(func(_, user, pass string) error { return s.server.check(user, pass) }), nil
	case sasl.Login:
		return &loginServer{check: s.server.check}, nil
	}
	return nil, smtp.ErrAuthUnknownMechanism
}

// check accepts the configured credentials and answers anything else 535.
func (s *Server) check(user, pass string) error {
	if user == s.cfg.Username && pass == s.cfg.Password {
		return nil
	}
	if s.cfg.EchoPassword {
		return &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8}, Message: "wrong password " + pass}
	}
	return smtp.ErrAuthFailed
}

// Mail runs Config.OnMail and accepts any sender.
func (s *session) Mail(from string, _ *smtp.MailOptions) error {
	if s.server.cfg.OnMail != nil {
		s.server.cfg.OnMail()
	}
	s.from = from
	return nil
}

// Rcpt rejects the recipients in Config.Reject and accepts the rest.
func (s *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	if slices.Contains(s.server.cfg.Reject, to) {
		return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "No such user"}
	}
	s.to = append(s.to, to)
	return nil
}

// Data records the message, unless Config.RejectData refuses it.
func (s *session) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	if s.server.cfg.RejectData {
		return &smtp.SMTPError{Code: 554, EnhancedCode: smtp.EnhancedCode{5, 6, 0}, Message: "Message rejected"}
	}
	d := Delivery{From: s.from, To: slices.Clone(s.to), Data: b}
	s.server.mu.Lock()
	s.server.deliveries = append(s.server.deliveries, d)
	s.server.mu.Unlock()
	if s.server.cfg.OnDelivery != nil {
		s.server.cfg.OnDelivery(d.clone())
	}
	return nil
}

// Reset forgets the transaction in progress.
func (s *session) Reset() { s.from, s.to = "", nil }

// Logout has nothing to release.
func (s *session) Logout() error { return nil }

// loginServer is the server side of AUTH LOGIN, which go-sasl lacks: it asks
// for the username unless the client sent it with AUTH, then for the
// password.
type loginServer struct {
	check    func(user, pass string) error
	user     string
	userSeen bool
}

// Next takes the client's next response and returns the next challenge.
func (l *loginServer) Next(response []byte) (challenge []byte, done bool, err error) {
	switch {
	case !l.userSeen && response == nil:
		return []byte("Username:"), false, nil
	case !l.userSeen:
		l.user, l.userSeen = string(response), true
		return []byte("Password:"), false, nil
	case response == nil:
		return nil, false, errors.New("no password")
	}
	return nil, true, l.check(l.user, string(response))
}
