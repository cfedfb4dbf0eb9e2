package splitfake

import (
	"bytes"
	"cmp"
	"encoding/json"
	"io"
	"net/http"
	"strings"
)

// auditNote is the title and comment recorded with a change.
//
// Where the API reads them is documented only in part: kill and restore
// take them as body fields (the official Harness MCP server sends
// {"comment","title"}), and definition requests whose body cannot hold
// them take title and comment query parameters (the official Python client
// deletes definitions that way). So kill and restore accept either, and a
// JSON Patch takes them from the query.
type auditNote struct {
	Comment string `json:"comment"`
	Title   string `json:"title"`
}

// readAuditNote reads the optional {"comment","title"} body of a kill or
// restore, refusing a body that is not such an object.
func readAuditNote(r *http.Request) (auditNote, error) {
	var note auditNote
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return note, badRequest("could not read the body: %v", err)
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return note, nil
	}
	if err := json.Unmarshal(body, &note); err != nil {
		return note, badRequest("body must be {\"comment\",\"title\"}: %v", err)
	}
	return note, nil
}

// queryNote is the note in r's title and comment query parameters.
func queryNote(r *http.Request) auditNote {
	q := r.URL.Query()
	return auditNote{Comment: q.Get("comment"), Title: q.Get("title")}
}

// or is n with its empty fields taken from other.
func (n auditNote) or(other auditNote) auditNote {
	return auditNote{Comment: cmp.Or(n.Comment, other.Comment), Title: cmp.Or(n.Title, other.Title)}
}

// requireNote refuses a change without a title and a comment in a
// workspace with requiresTitleAndComments. Split does not document the
// answer; the fake's is a 400 that says what is missing.
func (ws *workspace) requireNote(n auditNote) error {
	if !ws.RequiresTitleAndComments || (strings.TrimSpace(n.Title) != "" && strings.TrimSpace(n.Comment) != "") {
		return nil
	}
	return badRequest("Title and comment are required: workspace %s requires them for every change", ws.Name)
}
