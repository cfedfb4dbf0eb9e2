package secrets

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"rolloutdesk/backend/provider"
)

// Environment variables that override the keyring, one per provider.
const (
	// EnvLaunchDarkly holds a LaunchDarkly access token (api-…).
	EnvLaunchDarkly = "LAUNCHDARKLY_API_TOKEN"
	// EnvSplit holds a Split admin API key or a Harness token.
	EnvSplit = "SPLIT_ADMIN_API_KEY"
	// EnvSMTPPassword holds the password of the SMTP server in Settings →
	// Email (and of a server given on the command line).
	EnvSMTPPassword = "ROLLOUTDESK_SMTP_PASSWORD"
)

// EnvVar returns the environment variable that overrides the keyring for the
// provider ("launchdarkly" or "split"), or "" for a provider without a token
// (the demo) or an unknown one.
func EnvVar(providerName string) string {
	switch providerName {
	case provider.LaunchDarkly:
		return EnvLaunchDarkly
	case provider.Split:
		return EnvSplit
	}
	return ""
}

// Source says where a token came from, for display: `environment variable
// LAUNCHDARKLY_API_TOKEN` or `system keyring`. It never holds the token.
type Source string

// SourceKeyring is the Source of a token read from the Resolver's Store.
const SourceKeyring Source = "system keyring"

// envSource is the Source of a token read from the environment variable name.
func envSource(name string) Source { return Source("environment variable " + name) }

// errKeyringOff is the cause of the NoKeyringError a Resolver without a Store
// returns.
var errKeyringOff = errors.New("the keyring is turned off")

// Resolver finds the API token of a provider connection: the provider's
// environment variable when it is set (for every connection of that
// provider), otherwise the secret stored for the connection in Store.
type Resolver struct {
	// Store holds the tokens, normally Keyring{}. Nil means environment
	// variables only (a --no-keyring mode): a token not in the environment
	// is then a *NoKeyringError.
	Store Store
	// Getenv reads an environment variable; nil means os.Getenv.
	Getenv func(string) string
}

// Token returns the API token of the connection named connectionName of the
// provider ("launchdarkly" or "split") and where it came from.
//
// A set environment variable wins; surrounding white space is dropped from
// its value (a common shell and CI artefact) and the rest must pass
// ValidateToken. Otherwise the token is read from Store: a missing token is a
// *NotFoundError and a missing keyring a *NoKeyringError, both naming the
// provider's environment variable. No error contains the token.
func (r Resolver) Token(providerName, connectionName string) (string, Source, error) {
	env := EnvVar(providerName)
	if env == "" {
		return "", "", fmt.Errorf("connection %q: provider %q takes no API token", connectionName, providerName)
	}
	getenv := r.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	if token := strings.TrimSpace(getenv(env)); token != "" {
		if err := ValidateToken(providerName, token); err != nil {
			return "", "", fmt.Errorf("environment variable %s: %w", env, err)
		}
		return token, envSource(env), nil
	}
	account := ConnectionAccount(connectionName)
	if r.Store == nil {
		return "", "", &NoKeyringError{Err: errKeyringOff, Account: account, EnvVar: env}
	}
	token, err := r.Store.Get(account)
	if err != nil {
		return "", "", r.storeError(account, env, err)
	}
	return token, SourceKeyring, nil
}

// SetToken checks token with ValidateToken and stores it for the connection
// named connectionName of the provider. An environment variable that is set
// keeps overriding it. A Resolver without a Store returns a *NoKeyringError.
func (r Resolver) SetToken(providerName, connectionName, token string) error {
	if err := ValidateToken(providerName, token); err != nil {
		return err
	}
	env := EnvVar(providerName)
	account := ConnectionAccount(connectionName)
	if r.Store == nil {
		return &NoKeyringError{Err: errKeyringOff, Account: account, EnvVar: env}
	}
	if err := r.Store.Set(account, token); err != nil {
		return scrub(r.storeError(account, env, err), token)
	}
	return nil
}

// storeError names the provider's environment variable in a Store's
// not-found and no-keyring errors, and the connection in any other.
func (r Resolver) storeError(account, env string, err error) error {
	var noKeyring *NoKeyringError
	switch {
	case errors.As(err, &noKeyring):
		withEnv := *noKeyring
		withEnv.EnvVar = env
		return &withEnv
	case errors.Is(err, ErrNotFound):
		return &NotFoundError{Account: account, EnvVar: env}
	}
	return fmt.Errorf("token of connection %q: %w", strings.TrimPrefix(account, connectionPrefix), err)
}
