package launchdarkly

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/go-resty/resty/v2"

	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/provider/transport"
)

// betaAPIVersion is the LD-API-Version that beta resources, such as the
// account usage API, require: LaunchDarkly answers them 403 without it.
const betaAPIVersion = "beta"

// maxUsageRange is the longest range EvaluationUsage asks for: LaunchDarkly
// serves evaluation series for the last 30 days by default and documents
// no longer range.
const maxUsageRange = 30 * 24 * time.Hour

// usageTimeZone is the time zone LaunchDarkly is asked to break days in,
// that of provider.UsageDay.
const usageTimeZone = "UTC"

var _ provider.UsageReader = (*Client)(nil)

// errUsageRefused is the reason given to a usage API call that LaunchDarkly
// refused with 403 or 404 although the flag exists.
var errUsageRefused = fmt.Errorf("%w: LaunchDarkly refused its usage API (the account's plan, the token's role or this LaunchDarkly instance lacks it)",
	provider.ErrUsageUnavailable)

// EvaluationUsage returns the evaluations of flag key of project in env
// from from to to, summed by UTC day and variation (named as in
// FlagState.Serving). A range longer than 30 days is shortened to the 30
// days that end at to.
//
// It reads the flag, for its variations, then its evaluations usage series
// (GET /api/v2/usage/evaluations/…, a beta resource, with tz=UTC), which
// LaunchDarkly serves by the minute for a range within the last two hours,
// by the hour within the last two days and by the day otherwise. When the
// usage API answers 403 or 404 for a flag that exists, the error wraps
// provider.ErrUsageUnavailable.
func (c *Client) EvaluationUsage(ctx context.Context, project, env, key string, from, to time.Time) ([]provider.UsageDay, error) {
	name := fmt.Sprintf("get evaluation usage of flag %q of project %q in %s", key, project, env)
	if earliest := to.Add(-maxUsageRange); from.Before(earliest) {
		from = earliest
	}
	if !from.Before(to) {
		return nil, fmt.Errorf("%s: the range from %s to %s is empty", name, from.UTC().Format(time.RFC3339), to.UTC().Format(time.RFC3339))
	}
	f, err := c.Flag(ctx, project, key, env)
	if err != nil {
		return nil, err
	}
	call := transport.Call{Name: name, NotFound: flagNoun(project, key, env)}
	q := url.Values{"from": {epochMillis(from)}, "to": {epochMillis(to)}, "tz": {usageTimeZone}}
	list, err := getPrepared[seriesList](ctx, c, call, c.endpoint(q, "usage", "evaluations", project, env, key), func(r *resty.Request) {
		r.SetHeader("LD-API-Version", betaAPIVersion) // replaces APIVersion
	})
	if err != nil {
		return nil, usageError(err)
	}
	days, err := dailyUsage(list, f.Variations)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return days, nil
}

// usageError gives a failed usage API call the reason errUsageRefused when
// LaunchDarkly answered 403 or 404: the flag was found just before, so the
// API itself is out of reach.
func usageError(err error) error {
	var he *transport.HTTPError
	if errors.As(err, &he) && (he.Status == http.StatusForbidden || he.Status == http.StatusNotFound) {
		he.Reason = errUsageRefused
	}
	return err
}

// epochMillis writes t as the API's timestamps: epoch milliseconds.
func epochMillis(t time.Time) string { return strconv.FormatInt(t.UnixMilli(), 10) }
