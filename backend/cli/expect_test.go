package cli

import (
	"strings"
	"testing"
)

// expect runs the command line on the workspace in dir with args and
// checks that it fails when fail is set, succeeds otherwise, and prints
// want: on stdout, or on stderr when it fails.
func expect(t *testing.T, dir string, args []string, fail bool, want string) {
	t.Helper()
	code, out, errOut := run(t, nil, append([]string{"--data-dir", dir}, args...)...)
	got := out
	if fail {
		got = errOut
	}
	if (code != 0) != fail || !strings.Contains(got, want) {
		t.Fatalf("code %d stdout %q stderr %q; want %q", code, out, errOut, want)
	}
}
