package audit

import (
	"context"
	"errors"
	"strings"
	"testing"

	"rolloutdesk/backend/store/storetest"
)

// failingSettings fails every read, as a locked database would.
type failingSettings struct{}

func (failingSettings) Setting(context.Context, string) (string, error) {
	return "", errors.New("database is locked")
}
func (failingSettings) SetSetting(context.Context, string, string) error {
	return errors.New("database is locked")
}

func TestActorsName(t *testing.T) {
	tests := []struct {
		name     string
		saved    string // display name set in Settings
		override string
		osUser   string
		want     string
	}{
		{"OS user when no name is set", "", "", "dana", "dana"},
		{"Settings name wins over the OS user", "Dana Scully", "", "dana", "Dana Scully"},
		{"--actor wins over everything", "Dana Scully", "ci-bot", "dana", "ci-bot"},
		{"unknown when nothing is known", "", "", "", "unknown user"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := t.Context()
			a := &Actors{Store: storetest.Open(t), Override: tt.override, OSUser: func() string { return tt.osUser }}
			if tt.saved != "" {
				if _, err := a.SetDisplayName(ctx, tt.saved); err != nil {
					t.Fatal(err)
				}
			}
			if got := a.Name(ctx); got != tt.want {
				t.Errorf("Name = %q, want %q", got, tt.want)
			}
			if got := a.Func()(); got != tt.want {
				t.Errorf("Func() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestActorsFallBackWhenSettingsFail(t *testing.T) {
	a := &Actors{Store: failingSettings{}, OSUser: func() string { return "dana" }}
	if got := a.Name(t.Context()); got != "dana" {
		t.Errorf("Name = %q, want the OS user", got)
	}
	if _, err := a.Identity(t.Context()); err == nil || !strings.Contains(err.Error(), "reading your name") {
		t.Errorf("Identity error = %v, want it to say what was being read", err)
	}
}

func TestSetDisplayName(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    string // Identity.Name after saving
		wantErr string
	}{
		{"trimmed", "  Dana Scully ", "Dana Scully", ""},
		{"empty goes back to the OS user", "", "dana", ""},
		{"too long", strings.Repeat("x", 81), "", "81 characters long"},
		{"line break", "Dana\nScully", "", "write it on one line"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &Actors{Store: storetest.Open(t), OSUser: func() string { return "dana" }}
			id, err := a.SetDisplayName(t.Context(), tt.in)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("SetDisplayName(%q) error = %v, want %q", tt.in, err, tt.wantErr)
				}
				return
			}
			if err != nil || id.Name != tt.want || id.OSUser != "dana" {
				t.Errorf("SetDisplayName(%q) = %+v, %v; want name %q", tt.in, id, err, tt.want)
			}
		})
	}
}

func TestOSUserName(t *testing.T) {
	tests := []struct {
		name    string
		current string
		env     map[string]string
		want    string
	}{
		{"os/user answers", "dana", map[string]string{"USER": "other"}, "dana"},
		{"$USER when os/user fails", "", map[string]string{"USER": "dana", "USERNAME": "x"}, "dana"},
		{"$USERNAME on Windows", "", map[string]string{"USERNAME": "dana"}, "dana"},
		{"domain prefix dropped", `CORP\dana`, nil, "dana"},
		{"nothing known", "", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := osUserName(tt.current, func(k string) string { return tt.env[k] }); got != tt.want {
				t.Errorf("osUserName = %q, want %q", got, tt.want)
			}
		})
	}
}
