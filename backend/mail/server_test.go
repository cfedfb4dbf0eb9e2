package mail

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"io"
	"log"
	"math/big"
	"net"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// Credentials the test server accepts.
const (
	testUser     = "releases@example.com"
	testPassword = "pa55;word,with\\odd chars"
)

// serverMode is how the test server speaks TLS.
type serverMode int

const (
	offersStartTLS serverMode = iota // plaintext listener that offers STARTTLS
	implicitTLS                      // TLS from the first byte
	plaintextOnly                    // no TLS at all
)

// serverConfig shapes a test server.
type serverConfig struct {
	mode serverMode
	// mechs are the AUTH mechanisms offered; nil means PLAIN and LOGIN.
	mechs []string
	// insecureAuth lets the server offer AUTH before TLS.
	insecureAuth bool
	// reject lists recipients answered with 550.
	reject []string
	// refuseData answers the end of DATA with 554.
	refuseData bool
	// echoPassword makes a failed login's reply repeat the password, as a
	// careless server might.
	echoPassword bool
	// onMail, when set, runs as MAIL FROM arrives, before the reply.
	onMail func()
}

// delivery is a message the test server accepted.
type delivery struct {
	from string
	to   []string
	data string
}

// testServer is a real go-smtp server on loopback that records what
// clients did.
type testServer struct {
	cfg  serverConfig
	host string
	port int

	mu         sync.Mutex
	auths      []string // mechanisms clients tried
	deliveries []delivery
}

// startServer starts a test server on 127.0.0.1 and stops it when the test
// ends.
func startServer(t *testing.T, cfg serverConfig) *testServer {
	t.Helper()
	if cfg.mechs == nil {
		cfg.mechs = []string{sasl.Plain, sasl.Login}
	}
	ts := &testServer{cfg: cfg}
	srv := smtp.NewServer(smtp.BackendFunc(func(*smtp.Conn) (smtp.Session, error) {
		return &testSession{server: ts}, nil
	}))
	srv.Domain = "localhost"
	srv.AllowInsecureAuth = cfg.insecureAuth
	srv.ErrorLog = log.New(io.Discard, "", 0)

	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("listen: %v", err)
	}
	switch cfg.mode {
	case offersStartTLS:
		srv.TLSConfig = selfSignedTLS(t)
	case implicitTLS:
		srv.TLSConfig = selfSignedTLS(t)
		l = tls.NewListener(l, srv.TLSConfig)
	}
	addr := l.Addr().(*net.TCPAddr)
	ts.host, ts.port = addr.IP.String(), addr.Port
	go srv.Serve(l)
	t.Cleanup(func() { srv.Close() })
	return ts
}

// settings are Settings that reach ts, with the security that fits its
// mode and its self-signed certificate accepted.
func (ts *testServer) settings() Settings {
	security := map[serverMode]string{offersStartTLS: SecurityStartTLS, implicitTLS: SecurityTLS, plaintextOnly: SecurityNone}
	return Settings{
		Host:               ts.host,
		Port:               ts.port,
		Security:           security[ts.cfg.mode],
		Username:           testUser,
		From:               "Rollout Desk <releases@example.com>",
		InsecureSkipVerify: true,
	}
}

// recorded returns copies of what the server saw.
func (ts *testServer) recorded() (auths []string, deliveries []delivery) {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	return slices.Clone(ts.auths), slices.Clone(ts.deliveries)
}

// testSession is one client session of a testServer.
type testSession struct {
	server *testServer
	from   string
	to     []string
}

func (s *testSession) AuthMechanisms() []string { return s.server.cfg.mechs }

func (s *testSession) Auth(mech string) (sasl.Server, error) {
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

// check accepts testUser with testPassword and answers anything else 535.
func (ts *testServer) check(user, pass string) error {
	if user == testUser && pass == testPassword {
		return nil
	}
	if ts.cfg.echoPassword {
		return &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8}, Message: "wrong password " + pass}
	}
	return smtp.ErrAuthFailed
}

func (s *testSession) Mail(from string, _ *smtp.MailOptions) error {
	if s.server.cfg.onMail != nil {
		s.server.cfg.onMail()
	}
	s.from = from
	return nil
}

func (s *testSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	if slices.Contains(s.server.cfg.reject, to) {
		return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "No such user"}
	}
	s.to = append(s.to, to)
	return nil
}

func (s *testSession) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	if s.server.cfg.refuseData {
		return &smtp.SMTPError{Code: 554, EnhancedCode: smtp.EnhancedCode{5, 6, 0}, Message: "Message rejected"}
	}
	s.server.mu.Lock()
	defer s.server.mu.Unlock()
	s.server.deliveries = append(s.server.deliveries, delivery{from: s.from, to: s.to, data: string(b)})
	return nil
}

func (s *testSession) Reset() { s.from, s.to = "", nil }

func (s *testSession) Logout() error { return nil }

// loginServer is the server side of AUTH LOGIN, which go-sasl lacks: it
// asks for the username unless the client sent it with AUTH, then for the
// password.
type loginServer struct {
	check    func(user, pass string) error
	user     string
	userSeen bool
}

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

// selfSignedTLS makes a server TLS configuration with a fresh self-signed
// certificate for 127.0.0.1 and localhost.
func selfSignedTLS(t *testing.T) *tls.Config {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatalf("generate key: %v", err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: "localhost"},
		DNSNames:     []string{"localhost"},
		IPAddresses:  []net.IP{net.IPv4(127, 0, 0, 1), net.IPv6loopback},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatalf("create certificate: %v", err)
	}
	return &tls.Config{Certificates: []tls.Certificate{{Certificate: [][]byte{der}, PrivateKey: key}}}
}
