package secrets

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"rolloutdesk/backend/provider"
)

// invalidError is a rejected secret: its text is the reason alone, and it
// matches ErrInvalid. It never contains the secret.
type invalidError struct{ reason string }

func (e *invalidError) Error() string        { return e.reason }
func (e *invalidError) Is(target error) bool { return target == ErrInvalid }

func invalid(format string, args ...any) error {
	return &invalidError{reason: fmt.Sprintf(format, args...)}
}

// ValidateSecret checks any secret (token or password) before it is stored:
// it must not be empty and must not start or end with a space or a line
// break, the usual result of a careless copy and paste. The error matches
// ErrInvalid and never contains the secret.
func ValidateSecret(secret string) error {
	return validateEdges("secret", secret)
}

// ValidateToken checks an API token for the provider ("launchdarkly" or
// "split") before it is stored or used, so the UI and the CLI reject the same
// mistakes with the same words: an empty token, spaces or line breaks in it,
// and for LaunchDarkly an SDK key (sdk-…) or mobile key (mob-…) where the
// REST API needs an access token (api-…). The error matches ErrInvalid and
// never contains the token.
func ValidateToken(providerName, token string) error {
	if EnvVar(providerName) == "" {
		return invalid("provider %q takes no API token", providerName)
	}
	if err := validateEdges("token", token); err != nil {
		return err
	}
	if strings.ContainsFunc(token, unicode.IsSpace) {
		return invalid("the token contains a space or a line break; copy it again as a single word")
	}
	if providerName == provider.LaunchDarkly {
		const need = "; the REST API needs an access token (api-…), which you create in LaunchDarkly under Organization settings → Authorization"
		switch {
		case strings.HasPrefix(token, "sdk-"):
			return invalid("that is an SDK key" + need)
		case strings.HasPrefix(token, "mob-"):
			return invalid("that is a mobile key" + need)
		}
	}
	return nil
}

// validateEdges rejects an empty value, or one that starts or ends with
// white space; what names the value in the message ("token", "secret").
func validateEdges(what, value string) error {
	if value == "" {
		return invalid("the %s is empty", what)
	}
	first, _ := utf8.DecodeRuneInString(value)
	last, _ := utf8.DecodeLastRuneInString(value)
	for _, edge := range []struct {
		r     rune
		where string
	}{{first, "starts"}, {last, "ends"}} {
		switch {
		case edge.r == '\n' || edge.r == '\r':
			return invalid("the %s %s with a line break; paste it again without it", what, edge.where)
		case unicode.IsSpace(edge.r):
			return invalid("the %s %s with a space; paste it again without it", what, edge.where)
		}
	}
	return nil
}
