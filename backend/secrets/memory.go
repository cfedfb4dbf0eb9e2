package secrets

import "sync"

// Memory is a Store that keeps secrets in process memory, for tests of code
// that depends on Store and for runs that must not touch the keyring. It is
// safe for concurrent use; the zero value is empty and ready to use.
type Memory struct {
	mu      sync.Mutex
	secrets map[string]string
}

var _ Store = (*Memory)(nil)

// Get returns the secret stored for account, or a *NotFoundError.
func (m *Memory) Get(account string) (string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	secret, ok := m.secrets[account]
	if !ok {
		return "", &NotFoundError{Account: account}
	}
	return secret, nil
}

// Set stores secret for account after checking it with ValidateSecret.
func (m *Memory) Set(account, secret string) error {
	if err := ValidateSecret(secret); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.secrets == nil {
		m.secrets = make(map[string]string)
	}
	m.secrets[account] = secret
	return nil
}

// Delete removes the secret stored for account, if any.
func (m *Memory) Delete(account string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.secrets, account)
	return nil
}
