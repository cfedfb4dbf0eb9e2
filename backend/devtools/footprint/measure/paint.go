package measure

// contentColours is how many distinct colours make a screenshot count as
// showing page content. Before the page paints, the screen holds at most the
// X root's black and the window's flat background fill (two colours, three
// if the web view paints its own background); anti-aliased text, icons and
// images bring hundreds. The desktop smoke test (backend/smoke) uses the
// same colour threshold.
const contentColours = 32

// ShowsWindow reports whether anything is drawn on the empty, single-colour
// screen of a fresh Xvfb: the app's window has been mapped and filled.
func ShowsWindow(pixels []uint32) bool { return distinctColours(pixels, 2) >= 2 }

// ShowsContent reports whether a screenshot (pixels as from Screen.Capture)
// shows rendered page content rather than only flat fills.
func ShowsContent(pixels []uint32) bool {
	return distinctColours(pixels, contentColours) >= contentColours
}

// distinctColours counts the colours in pixels, stopping at limit.
func distinctColours(pixels []uint32, limit int) int {
	seen := make(map[uint32]struct{}, limit)
	for i, p := range pixels {
		// Screens are mostly long runs of one colour: skipping repeats keeps
		// a 1400×900 check to a couple of milliseconds.
		if i > 0 && p == pixels[i-1] {
			continue
		}
		seen[p] = struct{}{}
		if len(seen) >= limit {
			break
		}
	}
	return len(seen)
}
