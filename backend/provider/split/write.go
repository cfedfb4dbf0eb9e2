package split

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/provider/transport"
)

var _ provider.Writer = (*Client)(nil)

// approvalsRequired starts the message of Split's 403 for a write to an
// environment that requires approvals.
const approvalsRequired = "Approvals are required"

// patchOp is one RFC 6902 operation.
type patchOp struct {
	Op    string `json:"op"`
	Path  string `json:"path"`
	Value any    `json:"value"`
}

// ReadFlag reads the definition of flag key in env of workspace project
// and normalizes it as Fetch does. The workspace and environment are named
// by id or exact name, as for Fetch. Names are resolved, here and for the
// writes, through the workspace and environment lists the Client last
// read, which it reads once when it has none (never with Options ids).
func (c *Client) ReadFlag(ctx context.Context, project, env, key string) (provider.FlagState, error) {
	ws, e, err := c.locate(ctx, project, env)
	if err != nil {
		return provider.FlagState{}, fmt.Errorf("split: %w", err)
	}
	d, err := c.Definition(ctx, ws, e, key)
	if err != nil {
		return provider.FlagState{}, fmt.Errorf("split: %w", err)
	}
	return normalize(ws, e, d), nil
}

// SetOn restores flag key in env of workspace project (on) or kills it,
// with a title and comment for the audit log (see auditNote): as the body
// Harness's own client sends and, since where a workspace that requires
// them looks is not documented, as query parameters too. Split answers
// with no definition; callers re-read it.
func (c *Client) SetOn(ctx context.Context, project, env, key string, on bool, comment string) error {
	action := "kill"
	if on {
		action = "restore"
	}
	ws, e, err := c.locate(ctx, project, env)
	if err != nil {
		return fmt.Errorf("split: %w", err)
	}
	name := fmt.Sprintf("%s %s in %s/%s", action, key, ws.Name, e.Name)
	note := newAuditNote(fmt.Sprintf("%s %s in %s", action, key, e.Name), comment)
	body, err := json.Marshal(note)
	if err != nil {
		return fmt.Errorf("split: %s: %w", name, err)
	}
	call := transport.Call{Name: name, NotFound: definitionNoun(ws, e, key)}
	return c.write(ctx, call, http.MethodPut, definitionPath(ws, e, key, action), note, body)
}

// SetServing replaces the defaultRule of flag key in env of workspace
// project with buckets of serving, by JSON Patch, with a title and comment
// for the audit log (see auditNote) as query parameters, the patch being
// the body. It reads the definition first; a treatment the flag lacks or a
// share that is not a whole percent is an error, and nothing is written.
func (c *Client) SetServing(ctx context.Context, project, env, key string, serving []provider.Allocation, comment string) error {
	ws, e, err := c.locate(ctx, project, env)
	if err != nil {
		return fmt.Errorf("split: %w", err)
	}
	name := fmt.Sprintf("set the default rule of %s in %s/%s", key, ws.Name, e.Name)
	d, err := c.Definition(ctx, ws, e, key)
	if err != nil {
		return fmt.Errorf("split: %w", err)
	}
	buckets, err := defaultRule(d.Treatments, serving)
	if err != nil {
		return fmt.Errorf("split: %s: %w", name, err)
	}
	body, err := json.Marshal([]patchOp{{Op: "replace", Path: "/defaultRule", Value: buckets}})
	if err != nil {
		return fmt.Errorf("split: %s: %w", name, err)
	}
	envName := reportedEnvironment(e, d).Name
	note := newAuditNote(fmt.Sprintf("set %s in %s to %s", key, envName, bucketsText(buckets)), comment)
	call := transport.Call{Name: name, NotFound: definitionNoun(ws, e, key)}
	return c.write(ctx, call, http.MethodPatch, definitionPath(ws, e, key), note, body)
}

// write sends a method request with body to path as call, note in its
// query, a write: it is not retried once it may have reached Split (a
// timeout, a 5xx), only on 429 or when the connection could not be opened.
// The answer is not read.
func (c *Client) write(ctx context.Context, call transport.Call, method, path string, note auditNote, body []byte) error {
	err := c.transport.Do(ctx, call, c.sender(method, path, note.query(), body), transport.DiscardBody)
	var he *transport.HTTPError
	if errors.As(err, &he) {
		switch {
		case he.Status == http.StatusForbidden && strings.HasPrefix(he.Message, approvalsRequired):
			he.Reason = provider.ErrApprovalRequired
		case he.Status == http.StatusConflict:
			he.Reason = provider.ErrConflict
		}
	}
	if err != nil {
		return fmt.Errorf("split: %w", err)
	}
	return nil
}
