package provider

import (
	"context"
	"errors"
)

// Writer is a provider that can change one flag in one environment. Every
// write is all-or-nothing on the provider's side; callers re-read the flag
// afterwards to show what really happened.
type Writer interface {
	// ReadFlag reads one flag's current state in one environment.
	ReadFlag(ctx context.Context, project, environment, key string) (FlagState, error)
	// SetOn turns the flag on (restore) or off (kill switch) with a comment
	// for the provider's audit log.
	SetOn(ctx context.Context, project, environment, key string, on bool, comment string) error
	// SetServing replaces the default rule's split. Variations are named as
	// in FlagState.Serving; the percentages add up to 100.
	SetServing(ctx context.Context, project, environment, key string, serving []Allocation, comment string) error
}

// Errors a Writer's failures match with errors.Is, besides transport errors.
var (
	// ErrApprovalRequired means the environment only accepts this change
	// through an approval request (LaunchDarkly 405, Split 403 "Approvals
	// are required"). Nothing was changed.
	ErrApprovalRequired = errors.New("the environment requires an approved change request for this")
	// ErrConflict means the flag changed underneath the write (LaunchDarkly
	// 409 optimistic locking). Re-read it and ask again.
	ErrConflict = errors.New("the flag changed while it was being written")
	// ErrPendingChanges means LaunchDarkly refused the change because it
	// conflicts with a scheduled change or a pending approval request on the
	// flag (a 400 naming them). Nothing was changed; resolve those first.
	ErrPendingChanges = errors.New("the change conflicts with the flag's scheduled changes or pending approval requests")
	// ErrArchived means the flag is archived: it serves nothing and takes no
	// writes until it is restored in the provider.
	ErrArchived = errors.New("the flag is archived")
)
