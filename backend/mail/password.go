package mail

import (
	"errors"
	"fmt"

	"rolloutdesk/backend/secrets"
)

// Password reads the password of the SMTP settings named settingsName from
// store (normally secrets.Keyring{}), under secrets.SMTPAccount. A missing
// password matches secrets.ErrNotFound and a missing keyring
// secrets.ErrNoKeyring; the error never contains the password.
func Password(store secrets.Store, settingsName string) (string, error) {
	if settingsName == "" {
		return "", errors.New("SMTP settings have no name, so their password cannot be looked up")
	}
	password, err := store.Get(secrets.SMTPAccount(settingsName))
	if err != nil {
		return "", fmt.Errorf("reading the SMTP password: %w", err)
	}
	return password, nil
}
