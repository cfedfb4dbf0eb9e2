// Package status answers "where does this release stand, and what comes
// next?" in one line: Now (the active phase, since when, its go/no-go
// verdict), Next (the next phase, its planned date and how many of the
// criteria between here and there are still open) and Due (the release's
// next communication). Every part says where it came from, so a tooltip or
// the command line can show its source. Line is pure; Service reads the
// plan, the verdict and the communications calendar for it.
package status
