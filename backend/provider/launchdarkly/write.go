package launchdarkly

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/go-resty/resty/v2"

	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/provider/transport"
)

var _ provider.Writer = (*Client)(nil)

// semanticPatchType is the content type of a semantic patch. Without the
// domain-model parameter LaunchDarkly reads the body as a JSON Patch and
// rejects it with 400.
const semanticPatchType = "application/json; domain-model=launchdarkly.semanticpatch"

// semanticPatch is a semantic patch of a flag in one environment.
type semanticPatch struct {
	EnvironmentKey string        `json:"environmentKey"`
	Comment        string        `json:"comment,omitempty"`
	Instructions   []instruction `json:"instructions"`
}

// instruction is one semantic patch instruction, with the fields of the
// kinds Rollout Desk sends.
type instruction struct {
	Kind string `json:"kind"`
	// VariationID is the _id of the variation to serve.
	VariationID string `json:"variationId,omitempty"`
	// RolloutWeights are thousandths of a percent by variation _id.
	RolloutWeights     map[string]int `json:"rolloutWeights,omitempty"`
	RolloutContextKind string         `json:"rolloutContextKind,omitempty"`
	RolloutBucketBy    string         `json:"rolloutBucketBy,omitempty"`
}

// ReadFlag reads flag key of project in env, in full, and its evaluation
// status there, and normalizes them as Fetch does, so that both give the
// same state for the same flag. Naming its prerequisites' variations takes
// a read of each prerequisite flag.
func (c *Client) ReadFlag(ctx context.Context, project, env, key string) (provider.FlagState, error) {
	f, err := c.Flag(ctx, project, key, env)
	if err != nil {
		return provider.FlagState{}, err
	}
	cfg, ok := f.Environments[env]
	if !ok {
		return provider.FlagState{}, fmt.Errorf("get flag %q of project %q: it came without its configuration in %s", key, project, env)
	}
	status, err := c.FlagStatus(ctx, project, env, key)
	if err != nil {
		return provider.FlagState{}, err
	}
	catalog, err := c.prerequisiteVariations(ctx, project, env, cfg.Prerequisites)
	if err != nil {
		return provider.FlagState{}, fmt.Errorf("read the prerequisites of flag %q of project %q: %w", key, project, err)
	}
	s := normalize(project, env, &f, &cfg, variationNames(f.Variations)).named(catalog)
	status.annotate(&s)
	return s, nil
}

// SetOn turns flag key of project on or off in env with a turnFlagOn or
// turnFlagOff instruction, with comment for the audit log.
func (c *Client) SetOn(ctx context.Context, project, env, key string, on bool, comment string) error {
	kind, verb := "turnFlagOff", "turn off"
	if on {
		kind, verb = "turnFlagOn", "turn on"
	}
	name := fmt.Sprintf("%s flag %q of project %q in %s", verb, key, project, env)
	return c.patch(ctx, name, project, key, semanticPatch{
		EnvironmentKey: env,
		Comment:        comment,
		Instructions:   []instruction{{Kind: kind}},
	})
}

// SetServing makes the fallthrough (default rule) of flag key of project in
// env serve serving, with comment for the audit log. It reads the flag
// first to find its variations' _ids; a variation it does not have is an
// error that lists those it has, and nothing is written.
func (c *Client) SetServing(ctx context.Context, project, env, key string, serving []provider.Allocation, comment string) error {
	name := fmt.Sprintf("set the rollout of flag %q of project %q in %s", key, project, env)
	f, err := c.Flag(ctx, project, key, env)
	if err != nil {
		return err
	}
	in, err := fallthroughInstruction(&f, env, serving)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return c.patch(ctx, name, project, key, semanticPatch{
		EnvironmentKey: env,
		Comment:        comment,
		Instructions:   []instruction{in},
	})
}

// patch sends p to flag key of project as the write called name. It is
// not retried once it may have reached LaunchDarkly (a timeout, a 5xx),
// only on 429 or when the connection could not be opened. The flag the
// answer holds is not read: callers re-read it.
func (c *Client) patch(ctx context.Context, name, project, key string, p semanticPatch) error {
	body, err := json.Marshal(p)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	call := transport.Call{Name: name, NotFound: flagNoun(project, key)}
	send := c.sender(http.MethodPatch, c.endpoint(nil, "flags", project, key), func(r *resty.Request) {
		r.SetHeader("Content-Type", semanticPatchType).SetBody(body)
	})
	return writeError(c.tr.Do(ctx, call, send, transport.DiscardBody))
}

// writeError gives a failed write the meaning LaunchDarkly's status has
// for it: 405 means the environment requires approvals
// (provider.ErrApprovalRequired), 409 that the flag changed meanwhile
// (provider.ErrConflict), and a 400 that names a conflict with a scheduled
// change or an approval request that the write would make fail
// (provider.ErrPendingChanges; Rollout Desk never sends ignoreConflicts to
// override that). The server's message stays in the error.
func writeError(err error) error {
	var he *transport.HTTPError
	if errors.As(err, &he) {
		switch {
		case he.Status == http.StatusMethodNotAllowed:
			he.Reason = provider.ErrApprovalRequired
		case he.Status == http.StatusConflict:
			he.Reason = provider.ErrConflict
		case he.Status == http.StatusBadRequest && pendingConflict(he.Message):
			he.Reason = provider.ErrPendingChanges
		}
	}
	return err
}

// pendingConflict reports whether the message of a 400 answering a write
// says that it conflicts with a pending scheduled change or approval
// request. LaunchDarkly documents the status but not the wording, so it
// looks for "conflict" together with "scheduled" or "approval"; the other
// 400s (a malformed patch, an unknown variation) mention neither.
func pendingConflict(message string) bool {
	m := strings.ToLower(message)
	return strings.Contains(m, "conflict") && (strings.Contains(m, "scheduled") || strings.Contains(m, "approval"))
}
