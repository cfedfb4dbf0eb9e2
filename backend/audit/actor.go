package audit

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/user"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// SettingsStore is the part of the store that keeps the display name.
type SettingsStore interface {
	Setting(ctx context.Context, key string) (string, error)
	SetSetting(ctx context.Context, key, value string) error
}

// settingDisplayName holds the name set in Settings → Your name. It is not
// a secret, so it lives in the workspace settings.
const settingDisplayName = "audit.display_name"

// maxNameLength bounds a display name, in characters.
const maxNameLength = 80

// unknownActor names the actor when neither a display name nor the
// operating system's user is known.
const unknownActor = "unknown user"

// Actors names who is acting in this workspace, for the audit log and for
// every record of "who" (criteria ticks, feedback): the --actor override of
// the command line, else the display name set in Settings, else the
// operating system's user.
type Actors struct {
	Store SettingsStore
	// Override, when set, wins over everything (the CLI's --actor).
	Override string
	// OSUser names the operating system's user; nil means OSUser.
	OSUser func() string
}

// Identity is who acts and where the name comes from.
type Identity struct {
	// Name is what the audit log records.
	Name string `json:"name"`
	// DisplayName is the name set in Settings; "" when none.
	DisplayName string `json:"display_name"`
	// OSUser is the operating system's user, the fallback.
	OSUser string `json:"os_user"`
}

// Identity reads the display name and the OS user.
func (a *Actors) Identity(ctx context.Context) (Identity, error) {
	id := Identity{OSUser: a.osUser()}
	name, err := a.Store.Setting(ctx, settingDisplayName)
	if err != nil {
		return id, fmt.Errorf("reading your name from the settings: %w", err)
	}
	id.DisplayName = name
	id.Name = firstNonEmpty(a.Override, name, id.OSUser, unknownActor)
	return id, nil
}

// Name is who acts now. A settings read that fails falls back to the OS
// user: the audit record is still written, with the best name known.
func (a *Actors) Name(ctx context.Context) string {
	id, err := a.Identity(ctx)
	if err != nil {
		return firstNonEmpty(a.Override, id.OSUser, unknownActor)
	}
	return id.Name
}

// Func is Name for services that record "who" without a context of their
// own; the settings read is bounded to a second.
func (a *Actors) Func() func() string {
	return func() string {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		return a.Name(ctx)
	}
}

// SetDisplayName saves the name the audit log records for you; "" goes back
// to the operating system's user. It returns who acts from now on.
func (a *Actors) SetDisplayName(ctx context.Context, name string) (Identity, error) {
	name = strings.TrimSpace(name)
	if err := ValidateName(name); err != nil {
		return Identity{}, err
	}
	if err := a.Store.SetSetting(ctx, settingDisplayName, name); err != nil {
		return Identity{}, fmt.Errorf("saving your name: %w", err)
	}
	return a.Identity(ctx)
}

// ValidateName checks a display name: at most 80 characters on one line.
func ValidateName(name string) error {
	if n := utf8.RuneCountInString(name); n > maxNameLength {
		return fmt.Errorf("your name is %d characters long: shorten it to at most %d", n, maxNameLength)
	}
	if strings.ContainsFunc(name, unicode.IsControl) {
		return errors.New("your name contains a line break or a control character: write it on one line")
	}
	return nil
}

func (a *Actors) osUser() string {
	if a.OSUser != nil {
		return a.OSUser()
	}
	return OSUser()
}

// OSUser is the operating system's user name (os/user), else $USER, else
// $USERNAME; "" when none is known. A Windows "DOMAIN\name" keeps the name.
func OSUser() string {
	current := ""
	if u, err := user.Current(); err == nil {
		current = u.Username
	}
	return osUserName(current, os.Getenv)
}

// osUserName is OSUser given what os/user said and the environment.
func osUserName(current string, getenv func(string) string) string {
	name := firstNonEmpty(current, getenv("USER"), getenv("USERNAME"))
	if i := strings.LastIndex(name, `\`); i >= 0 {
		name = name[i+1:]
	}
	return name
}

func firstNonEmpty(values ...string) string {
	for _, v := range values {
		if strings.TrimSpace(v) != "" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}
