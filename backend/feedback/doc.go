// Package feedback keeps what customers say during each phase of a release
// — from tickets, chats, surveys and interviews — and turns it into the
// built-in metrics feedback_negative and feedback_negative_share that
// criteria can check. Feedback text is untrusted: it is stored as typed and
// must only ever be shown escaped.
package feedback
