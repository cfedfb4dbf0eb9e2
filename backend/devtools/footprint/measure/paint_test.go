package measure

import "testing"

func TestShowsContent(t *testing.T) {
	const w, h = 1400, 900
	fill := func(c uint32) []uint32 {
		p := make([]uint32, w*h)
		for i := range p {
			p[i] = c
		}
		return p
	}
	window := fill(0x000000) // the X root
	for y := 40; y < 860; y++ {
		for x := 60; x < 1340; x++ {
			window[y*w+x] = 0xf8f9fa // the window's background fill
		}
	}
	text := append([]uint32(nil), window...)
	for i := range 40 { // anti-aliased glyph edges
		text[100*w+100+i] = uint32(i) * 0x060606
	}
	fewColours := append([]uint32(nil), window...)
	for i := range 20 {
		fewColours[100*w+100+2*i] = uint32(i) * 0x0a0a0a
	}
	tests := []struct {
		name   string
		pixels []uint32
		want   bool
	}{
		{"empty screen", fill(0), false},
		{"window background only", window, false},
		{"a few flat shapes", fewColours, false},
		{"text", text, true},
		{"no pixels", nil, false},
	}
	for _, tt := range tests {
		if got := ShowsContent(tt.pixels); got != tt.want {
			t.Errorf("%s: ShowsContent = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestShowsWindow(t *testing.T) {
	empty := make([]uint32, 1400*900)
	if ShowsWindow(empty) {
		t.Error("ShowsWindow is true for an empty screen")
	}
	empty[700*1400+700] = 0xf8f9fa
	if !ShowsWindow(empty) {
		t.Error("ShowsWindow is false with something drawn")
	}
}
