package mail

import (
	"errors"
	"fmt"
	"net"
	"strings"
	"syscall"
	"testing"
)

// TestConnectErrorInPlainWords: the dial errors a person meets most, raw
// and as they read them.
func TestConnectErrorInPlainWords(t *testing.T) {
	tests := []struct {
		name string
		raw  error
		want string
	}{
		{"nothing listening",
			&net.OpError{Op: "dial", Net: "tcp", Err: fmt.Errorf("connect: %w", syscall.ECONNREFUSED)},
			"nothing answers at 127.0.0.1:2525: check the server and the port, and that the server is running (dial tcp: connect: connection refused)"},
		{"unknown host",
			&net.OpError{Op: "dial", Net: "tcp", Err: &net.DNSError{Err: "no such host", Name: "smtp.exmaple.com", IsNotFound: true}},
			"there is no mail server called “smtp.exmaple.com”: check the server name for typos (dial tcp: lookup smtp.exmaple.com: no such host)"},
		{"anything else keeps what was being done",
			errors.New("EOF"),
			"connecting to 127.0.0.1:2525: EOF"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := connectError("127.0.0.1:2525", tt.raw)
			if got.Error() != tt.want || !errors.Is(got, tt.raw) {
				t.Errorf("connectError = %q, want %q wrapping the raw error", got, tt.want)
			}
		})
	}
}

// TestSendToAClosedPort goes through a real dial on loopback.
func TestSendToAClosedPort(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close() // nothing listens there now
	s := Settings{Host: "127.0.0.1", Port: port, Security: SecurityNone, From: "a@example.com"}
	_, err = Send(t.Context(), s, "", "", []string{"b@example.com"}, []byte("Subject: x\r\n\r\nx\r\n"))
	if err == nil || !strings.HasPrefix(err.Error(), fmt.Sprintf("nothing answers at 127.0.0.1:%d", port)) {
		t.Errorf("Send = %v, want it to say nothing answers", err)
	}
}
