package measure

import (
	"encoding/binary"
	"io"
	"net"
	"strings"
	"testing"
)

// fakeX answers one connection setup describing a 3×2 root window (id
// 0x123, depth 24 at 32 bits per pixel) and then GetImage requests with
// pixels, checking each request. It stands in for Xvfb.
func fakeX(t *testing.T, conn net.Conn, pixels []uint32) {
	t.Helper()
	defer conn.Close()
	setup := make([]byte, 12)
	if _, err := io.ReadFull(conn, setup); err != nil || setup[0] != 'l' || setup[2] != 11 {
		t.Errorf("setup request %v, %v", setup, err)
		return
	}
	le := binary.LittleEndian
	body := make([]byte, 32, 128)
	le.PutUint16(body[16:], 4) // vendor length
	body[20], body[21] = 1, 2  // one screen, two pixmap formats
	body = append(body, "Fake"...)
	body = append(body, 1, 1, 32, 0, 0, 0, 0, 0)   // depth 1: 1 bit per pixel
	body = append(body, 24, 32, 32, 0, 0, 0, 0, 0) // depth 24: 32 bits per pixel
	screen := make([]byte, 40)
	le.PutUint32(screen[0:], 0x123)
	le.PutUint16(screen[20:], 3)
	le.PutUint16(screen[22:], 2)
	screen[38] = 24
	body = append(body, screen...)
	head := []byte{1, 0, 11, 0, 0, 0, 0, 0}
	le.PutUint16(head[6:], uint16(len(body)/4))
	conn.Write(append(head, body...))

	for {
		req := make([]byte, 20)
		if _, err := io.ReadFull(conn, req); err != nil {
			return // client closed
		}
		if req[0] != 73 || req[1] != 2 || le.Uint32(req[4:]) != 0x123 || le.Uint16(req[12:]) != 3 || le.Uint16(req[14:]) != 2 {
			t.Errorf("GetImage request %v", req)
			return
		}
		reply := make([]byte, 32+4*len(pixels))
		reply[0], reply[1] = 1, 24
		le.PutUint32(reply[4:], uint32(len(pixels)))
		for i, p := range pixels {
			le.PutUint32(reply[32+4*i:], p|0xff000000) // the unused byte may hold anything
		}
		conn.Write(reply)
	}
}

func TestScreenCapturesTheRootWindow(t *testing.T) {
	want := []uint32{0x000000, 0xf8f9fa, 0xf8f9fa, 0x123456, 0xffffff, 0x000001}
	client, server := net.Pipe()
	go fakeX(t, server, want)
	s, err := NewScreen(client)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if w, h := s.Size(); w != 3 || h != 2 {
		t.Fatalf("Size = %d×%d, want 3×2", w, h)
	}
	for range 2 { // the connection serves repeated captures
		got, err := s.Capture()
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) {
			t.Fatalf("Capture returned %d pixels, want %d", len(got), len(want))
		}
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("pixel %d = %06x, want %06x", i, got[i], want[i])
			}
		}
	}
}

func TestScreenReportsARefusedConnection(t *testing.T) {
	client, server := net.Pipe()
	go func() {
		defer server.Close()
		io.ReadFull(server, make([]byte, 12))
		reason := "No protocol specified\n\x00\x00" // padded to 4 bytes
		head := []byte{0, byte(len("No protocol specified\n")), 11, 0, 0, 0, byte(len(reason) / 4), 0}
		server.Write(append(head, reason...))
	}()
	_, err := NewScreen(client)
	if err == nil || !strings.Contains(err.Error(), "No protocol specified") {
		t.Fatalf("NewScreen error = %v, want the server's reason", err)
	}
}

func TestDialScreenWantsALocalDisplay(t *testing.T) {
	for _, display := range []string{"", "localhost:0", ":x"} {
		if _, err := DialScreen(display); err == nil {
			t.Errorf("DialScreen(%q) succeeded", display)
		}
	}
}
