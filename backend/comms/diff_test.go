package comms

import (
	"strings"
	"testing"
)

func TestLineDiff(t *testing.T) {
	lines := func(ls ...string) string { return strings.Join(ls, "\n") }
	tests := []struct {
		name, before, after, want string
	}{
		{"equal", "a\nb", "a\nb", ""},
		{"one line changed, with context", lines("1", "2", "3", "4", "5", "6", "7"), lines("1", "2", "3", "FOUR", "5", "6", "7"),
			"@@ -2,5 +2,5 @@\n 2\n 3\n-4\n+FOUR\n 5\n 6\n"},
		{"an added line at the end", "a\nb", "a\nb\nc", "@@ -1,2 +1,3 @@\n a\n b\n+c\n"},
		{"a removed line at the start", "x\na\nb", "a\nb", "@@ -1,3 +1,2 @@\n-x\n a\n b\n"},
		{"changes close together share a hunk", lines("1", "2", "3", "4", "5", "6"), lines("ONE", "2", "3", "4", "FIVE", "6"),
			"@@ -1,6 +1,6 @@\n-1\n+ONE\n 2\n 3\n 4\n-5\n+FIVE\n 6\n"},
		{"changes far apart get two hunks", lines("1", "2", "3", "4", "5", "6", "7", "8", "9"), lines("ONE", "2", "3", "4", "5", "6", "7", "8", "NINE"),
			"@@ -1,3 +1,3 @@\n-1\n+ONE\n 2\n 3\n@@ -7,3 +7,3 @@\n 7\n 8\n-9\n+NINE\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := LineDiff(tt.before, tt.after); got != tt.want {
				t.Errorf("LineDiff =\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}
