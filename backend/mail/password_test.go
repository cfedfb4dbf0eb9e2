package mail

import (
	"errors"
	"testing"

	"rolloutdesk/backend/secrets"
)

func TestPassword(t *testing.T) {
	var store secrets.Memory
	if err := store.Set(secrets.SMTPAccount("work"), testPassword); err != nil {
		t.Fatal(err)
	}
	got, err := Password(&store, "work")
	if err != nil || got != testPassword {
		t.Fatalf(`Password("work") = %q, %v; want the stored password`, got, err)
	}
	if _, err := Password(&store, "home"); !errors.Is(err, secrets.ErrNotFound) {
		t.Errorf(`Password("home") error = %v, want secrets.ErrNotFound`, err)
	}
	if _, err := Password(&store, ""); err == nil {
		t.Error(`Password("") succeeded, want an error`)
	}
}
