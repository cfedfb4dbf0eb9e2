// Package smoke holds the desktop smoke test: it starts the production
// binary on an X display, waits for its window, screenshots it and checks the
// picture is not blank. The test itself is behind the "smoke" build tag
// (run it with `make test-smoke`); the picture check is plain code.
package smoke

import "image"

// Blankness summarises a picture: how many distinct colours it has and the
// share of pixels taken by the most common one.
type Blankness struct {
	Colours       int
	DominantShare float64
}

// Measure samples every pixel of img.
func Measure(img image.Image) Blankness {
	counts := map[[4]uint32]int{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, a := img.At(x, y).RGBA()
			counts[[4]uint32{r >> 8, g >> 8, bl >> 8, a >> 8}]++
		}
	}
	most := 0
	for _, n := range counts {
		most = max(most, n)
	}
	total := b.Dx() * b.Dy()
	if total == 0 {
		return Blankness{}
	}
	return Blankness{Colours: len(counts), DominantShare: float64(most) / float64(total)}
}

// ShowsContent reports whether a screenshot shows a rendered interface
// rather than an empty or single-colour window: text and widgets bring many
// colours (anti-aliasing) and no colour covers nearly everything.
func (b Blankness) ShowsContent() bool {
	return b.Colours >= 32 && b.DominantShare < 0.95
}
