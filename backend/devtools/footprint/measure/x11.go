package measure

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
)

// Screen captures the root window of an X display. It speaks the two X11
// requests it needs (connection setup and GetImage) itself, because ImageMagick's
// `import` takes 0.3–0.5 s and a fifth of a core per screenshot on this machine:
// too slow to poll every 100 ms, and it would steal CPU from the app being timed.
// A capture here is one round trip over the display's Unix socket.
type Screen struct {
	conn          io.ReadWriteCloser
	root          uint32
	width, height int
}

// DialScreen connects to display (":N", as in $DISPLAY) without
// authentication, which a private Xvfb started without -auth accepts.
func DialScreen(display string) (*Screen, error) {
	number, _, _ := strings.Cut(strings.TrimPrefix(display, ":"), ".")
	if _, err := strconv.Atoi(number); err != nil || !strings.HasPrefix(display, ":") {
		return nil, fmt.Errorf("display %q: want a local display such as :1", display)
	}
	conn, err := net.Dial("unix", "/tmp/.X11-unix/X"+number)
	if err != nil {
		return nil, err
	}
	s, err := NewScreen(conn)
	if err != nil {
		conn.Close()
		return nil, fmt.Errorf("display %s: %w", display, err)
	}
	return s, nil
}

// NewScreen performs the X11 connection setup on conn and keeps the first
// screen's root window. Only 32-bit little-endian pixels (what Xvfb serves for
// a 24-bit screen) are supported.
func NewScreen(conn io.ReadWriteCloser) (*Screen, error) {
	// Setup request: little-endian byte order, protocol 11.0, no authorisation.
	if _, err := conn.Write([]byte{'l', 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0}); err != nil {
		return nil, err
	}
	head := make([]byte, 8)
	if _, err := io.ReadFull(conn, head); err != nil {
		return nil, err
	}
	body := make([]byte, 4*int(binary.LittleEndian.Uint16(head[6:])))
	if _, err := io.ReadFull(conn, body); err != nil {
		return nil, err
	}
	if head[0] != 1 {
		reason := body[:min(int(head[1]), len(body))]
		return nil, fmt.Errorf("X server refused the connection: %s", reason)
	}
	if len(body) < 32 {
		return nil, errors.New("short X11 setup reply")
	}
	vendorLen := int(binary.LittleEndian.Uint16(body[16:]))
	formats := int(body[21])
	if body[22] != 0 {
		return nil, errors.New("X server sends big-endian images; only little-endian is supported")
	}
	formatsAt := 32 + (vendorLen+3)/4*4
	screenAt := formatsAt + 8*formats
	if len(body) < screenAt+40 {
		return nil, errors.New("short X11 setup reply")
	}
	screen := body[screenAt:]
	depth := screen[38]
	bpp := 0
	for i := range formats {
		f := body[formatsAt+8*i:]
		if f[0] == depth {
			bpp = int(f[1])
		}
	}
	if bpp != 32 {
		return nil, fmt.Errorf("root window has depth %d at %d bits per pixel; only 32 is supported", depth, bpp)
	}
	return &Screen{
		conn:   conn,
		root:   binary.LittleEndian.Uint32(screen[0:]),
		width:  int(binary.LittleEndian.Uint16(screen[20:])),
		height: int(binary.LittleEndian.Uint16(screen[22:])),
	}, nil
}

// Size is the root window's size in pixels.
func (s *Screen) Size() (width, height int) { return s.width, s.height }

// Capture returns the root window's pixels row by row as 0xRRGGBB.
func (s *Screen) Capture() ([]uint32, error) {
	req := make([]byte, 20)
	req[0], req[1] = 73, 2 // GetImage, ZPixmap
	binary.LittleEndian.PutUint16(req[2:], 5)
	binary.LittleEndian.PutUint32(req[4:], s.root)
	binary.LittleEndian.PutUint16(req[12:], uint16(s.width))
	binary.LittleEndian.PutUint16(req[14:], uint16(s.height))
	binary.LittleEndian.PutUint32(req[16:], 0xffffffff)
	if _, err := s.conn.Write(req); err != nil {
		return nil, err
	}
	head := make([]byte, 32)
	if _, err := io.ReadFull(s.conn, head); err != nil {
		return nil, err
	}
	if head[0] != 1 {
		return nil, fmt.Errorf("GetImage failed: X error %d", head[1])
	}
	data := make([]byte, 4*int(binary.LittleEndian.Uint32(head[4:])))
	if _, err := io.ReadFull(s.conn, data); err != nil {
		return nil, err
	}
	if len(data) < 4*s.width*s.height {
		return nil, fmt.Errorf("GetImage returned %d bytes for %dx%d pixels", len(data), s.width, s.height)
	}
	pixels := make([]uint32, s.width*s.height)
	for i := range pixels {
		pixels[i] = binary.LittleEndian.Uint32(data[4*i:]) & 0xffffff
	}
	return pixels, nil
}

// Close closes the connection.
func (s *Screen) Close() error { return s.conn.Close() }
