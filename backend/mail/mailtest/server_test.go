package mailtest_test

import (
	"crypto/tls"
	"crypto/x509"
	"slices"
	"testing"

	"rolloutdesk/backend/mail"
	"rolloutdesk/backend/mail/mailtest"
)

func TestServerRecords(t *testing.T) {
	delivered := make(chan mailtest.Delivery, 1)
	srv, err := mailtest.Start(mailtest.Config{
		Security:   mailtest.Plaintext,
		Username:   "rollout",
		Password:   "desk",
		OnDelivery: func(d mailtest.Delivery) { delivered <- d },
	})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	s := srv.Settings()
	s.AuthMethod = mail.AuthLogin
	message := "Subject: Hi\r\n\r\nHello.\r\n"

	if _, err := mail.Send(t.Context(), s, "desk", "", []string{"ana@example.com"}, []byte(message)); err != nil {
		t.Fatalf("Send: %v", err)
	}

	want := mailtest.Delivery{From: "releases@example.com", To: []string{"ana@example.com"}, Data: []byte(message)}
	got := srv.Deliveries()
	if len(got) != 1 || !equal(got[0], want) {
		t.Fatalf("Deliveries() = %+v, want [%+v]", got, want)
	}
	if d := <-delivered; !equal(d, want) {
		t.Errorf("OnDelivery got %+v, want %+v", d, want)
	}
	got[0].To[0] = "changed@example.com"
	if again := srv.Deliveries(); !equal(again[0], want) {
		t.Errorf("changing a returned Delivery changed the record: %+v", again[0])
	}
	if auths := srv.Auths(); !slices.Equal(auths, []string{"LOGIN"}) {
		t.Errorf("Auths() = %q, want [LOGIN]", auths)
	}
}

func equal(a, b mailtest.Delivery) bool {
	return a.From == b.From && slices.Equal(a.To, b.To) && string(a.Data) == string(b.Data)
}

func TestServerCertificate(t *testing.T) {
	cert, err := mailtest.NewCertificate("mail.test")
	if err != nil {
		t.Fatal(err)
	}
	srv, err := mailtest.Start(mailtest.Config{Security: mailtest.ImplicitTLS, Certificate: &cert})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	roots := x509.NewCertPool()
	roots.AddCert(cert.Leaf)

	tests := []struct {
		serverName string
		wantErr    bool
	}{
		{serverName: "mail.test"},
		{serverName: "localhost", wantErr: true},
	}
	for _, tt := range tests {
		conn, err := tls.Dial("tcp", srv.Addr(), &tls.Config{RootCAs: roots, ServerName: tt.serverName})
		if err == nil {
			conn.Close()
		}
		if (err != nil) != tt.wantErr {
			t.Errorf("TLS to %s as %q: error %v, want an error: %t", srv.Addr(), tt.serverName, err, tt.wantErr)
		}
	}
}

func TestStartRejectsUnknownSecurity(t *testing.T) {
	if srv, err := mailtest.Start(mailtest.Config{Security: mailtest.NoStartTLS + 1}); err == nil {
		srv.Close()
		t.Fatal("Start succeeded with an unknown security")
	}
}
