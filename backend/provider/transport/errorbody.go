package transport

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
)

// errorBody is the JSON error body of either provider: LaunchDarkly's
// {"code":"not_found","message":"…","id":"…"} or Split's
// {"code":404,"message":"…","details":"…","transactionId":"…"}.
type errorBody struct {
	Code          json.RawMessage `json:"code"`
	Message       string          `json:"message"`
	Details       string          `json:"details"`
	TransactionID string          `json:"transactionId"`
}

// parseErrorBody returns the code and the message of an error body sent
// with status. The code may be a string or a number; a number equal to
// status says nothing more and is dropped. Details follow the message after
// a colon, the transaction id in parentheses. A body that is not such JSON
// is the message, as text.
func parseErrorBody(body []byte, status int) (code, message string) {
	var e errorBody
	if json.Unmarshal(body, &e) != nil {
		return "", strings.TrimSpace(string(body))
	}
	code, ok := errorCode(e.Code)
	if !ok {
		return "", strings.TrimSpace(string(body))
	}
	if code == strconv.Itoa(status) {
		code = ""
	}
	message = e.Message
	if e.Details != "" {
		message = strings.TrimPrefix(message+": "+e.Details, ": ")
	}
	if e.TransactionID != "" {
		message = strings.TrimSpace(message + " (transactionId " + e.TransactionID + ")")
	}
	return code, message
}

// errorCode reads a code that is a JSON string, a number or absent. It
// reports false for any other JSON value.
func errorCode(raw json.RawMessage) (string, bool) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", true
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s, true
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String(), true
	}
	return "", false
}
