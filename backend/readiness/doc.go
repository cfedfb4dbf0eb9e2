// Package readiness answers the release manager's daily question — is this
// phase working, and may we go to the next one? — as a verdict (ready, hold
// or rollback) with every reason it rests on: the phase's measured and
// manual exit criteria and the next phase's entry criteria, the drift of the
// linked flags, the planned schedule, and what the providers observe of
// adoption. It is pure: callers hand it the plan, the drift report, the
// metric values and the moment to judge at.
package readiness
