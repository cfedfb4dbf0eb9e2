package platform

import (
	"slices"
	"testing"
)

func TestWithoutProcessSerialNumber(t *testing.T) {
	tests := []struct {
		args, want []string
	}{
		{nil, []string{}},
		{[]string{"-psn_0_8046508"}, []string{}},
		{[]string{"version", "--json"}, []string{"version", "--json"}},
		{[]string{"--data-dir", "ws", "-psn_0_1", "flags"}, []string{"--data-dir", "ws", "flags"}},
	}
	for _, tt := range tests {
		if got := withoutProcessSerialNumber(tt.args); !slices.Equal(got, tt.want) {
			t.Errorf("withoutProcessSerialNumber(%q) = %q, want %q", tt.args, got, tt.want)
		}
	}
}

func TestWithoutCOMActivation(t *testing.T) {
	tests := []struct {
		args, want []string
	}{
		{[]string{"%1", "-Embedding"}, []string{}},
		{[]string{"-embedding"}, []string{}},
		{[]string{"version"}, []string{"version"}},
		{[]string{}, []string{}},
	}
	for _, tt := range tests {
		if got := withoutCOMActivation(tt.args); !slices.Equal(got, tt.want) {
			t.Errorf("withoutCOMActivation(%q) = %q, want %q", tt.args, got, tt.want)
		}
	}
}

func TestAttachParentConsoleIsSafe(t *testing.T) {
	// Outside Windows it does nothing; on Windows, under `go test` the
	// streams are pipes or a console already and are left alone.
	AttachParentConsole()
}
