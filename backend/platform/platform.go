// Package platform holds the little operating-system glue the single
// rolloutdesk binary needs before it decides between the window and the
// command line. Everything platform-specific sits behind build tags, so the
// package builds for Linux, macOS and Windows.
package platform

import (
	"os"
	"strings"
)

// Args returns the arguments the program should act on: os.Args[1:] less
// what the operating system adds on its own (see cleanArgs). No arguments
// means "open the window".
func Args() []string { return cleanArgs(os.Args[1:]) }

// withoutProcessSerialNumber drops the "-psn_0_123456" argument macOS passes
// to an app bundle opened from the Finder (notably the first start after a
// download). It names the process for the legacy Carbon Process Manager and
// is not meant for the program; left in, the command line would reject it
// as an unknown flag and the app would quit instead of opening.
func withoutProcessSerialNumber(args []string) []string {
	kept := args[:0:0]
	for _, a := range args {
		if !strings.HasPrefix(a, "-psn_") {
			kept = append(kept, a)
		}
	}
	return kept
}

// withoutCOMActivation turns a COM activation into a plain start. Wails
// registers the executable as the COM server for its Windows toast
// notifications (`"rolloutdesk.exe" %1`), and COM appends "-Embedding"
// when it starts the program because a notification was clicked while the
// app was closed. That start should open the window, not fail as an unknown
// command-line flag.
func withoutCOMActivation(args []string) []string {
	for _, a := range args {
		if strings.EqualFold(a, "-Embedding") || strings.EqualFold(a, "/Embedding") {
			return []string{}
		}
	}
	return args
}
