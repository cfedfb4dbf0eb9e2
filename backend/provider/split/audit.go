package split

import (
	"net/url"
	"strings"
)

// auditNote is the title and comment Split records with a change. A
// workspace with requiresTitleAndComments refuses changes that lack
// either, so every write sends both: a title that says what changes and
// the caller's comment, or defaultComment when there is none.
type auditNote struct {
	Comment string `json:"comment"`
	Title   string `json:"title"`
}

// defaultComment is the comment of a change the caller gave none for.
const defaultComment = "Changed from Rollout Desk; no comment was given."

// newAuditNote is the note of change, e.g. "kill new_checkout in
// Production", with comment.
func newAuditNote(change, comment string) auditNote {
	if strings.TrimSpace(comment) == "" {
		comment = defaultComment
	}
	return auditNote{Title: "Rollout Desk: " + change, Comment: comment}
}

// query is the note as title and comment query parameters: where a
// definition request whose body cannot hold them (a JSON Patch array)
// carries them, as the official Python client sends them with a DELETE.
func (n auditNote) query() url.Values {
	return url.Values{"title": {n.Title}, "comment": {n.Comment}}
}
