package mail_test

import (
	"errors"
	"testing"

	"rolloutdesk/backend/mail"
	"rolloutdesk/backend/secrets"
)

func TestPassword(t *testing.T) {
	const stored = "pa55;word"
	var store secrets.Memory
	if err := store.Set(secrets.SMTPAccount("work"), stored); err != nil {
		t.Fatal(err)
	}
	got, err := mail.Password(&store, "work")
	if err != nil || got != stored {
		t.Fatalf(`Password("work") = %q, %v; want the stored password`, got, err)
	}
	if _, err := mail.Password(&store, "home"); !errors.Is(err, secrets.ErrNotFound) {
		t.Errorf(`Password("home") error = %v, want secrets.ErrNotFound`, err)
	}
	if _, err := mail.Password(&store, ""); err == nil {
		t.Error(`Password("") succeeded, want an error`)
	}
}
