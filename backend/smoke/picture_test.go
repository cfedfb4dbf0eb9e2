package smoke

import (
	"image"
	"image/color"
	"testing"
)

func TestShowsContent(t *testing.T) {
	solid := image.NewRGBA(image.Rect(0, 0, 200, 100))
	for i := range solid.Pix {
		solid.Pix[i] = 255
	}
	gradient := image.NewRGBA(image.Rect(0, 0, 200, 100))
	for y := 0; y < 100; y++ {
		for x := 0; x < 200; x++ {
			gradient.Set(x, y, color.RGBA{uint8(x), uint8(y * 2), uint8(x + y), 255})
		}
	}
	mostlyBlank := image.NewRGBA(image.Rect(0, 0, 200, 100))
	for i := range mostlyBlank.Pix {
		mostlyBlank.Pix[i] = 255
	}
	for x := 0; x < 64; x++ { // a few distinct pixels on a white window
		mostlyBlank.Set(x, 0, color.RGBA{uint8(x * 4), 0, 0, 255})
	}
	tests := []struct {
		name string
		img  image.Image
		want bool
	}{
		{"solid white window", solid, false},
		{"empty image", image.NewRGBA(image.Rect(0, 0, 0, 0)), false},
		{"a few pixels on white", mostlyBlank, false},
		{"rich picture", gradient, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Measure(tt.img).ShowsContent(); got != tt.want {
				t.Errorf("ShowsContent = %v (%+v), want %v", got, Measure(tt.img), tt.want)
			}
		})
	}
}
