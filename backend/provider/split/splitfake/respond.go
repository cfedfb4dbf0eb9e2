package splitfake

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
)

// handlerFunc answers one API call with a value to encode as JSON or an error.
type handlerFunc func(r *http.Request) (any, error)

// statusError is an API error with its HTTP status.
type statusError struct {
	code    int
	message string
}

func (e *statusError) Error() string { return e.message }

func notFound(format string, args ...any) error {
	return &statusError{http.StatusNotFound, fmt.Sprintf(format, args...)}
}

func badRequest(format string, args ...any) error {
	return &statusError{http.StatusBadRequest, fmt.Sprintf(format, args...)}
}

// errorBody is the error shape the Admin API returns.
type errorBody struct {
	Code          int    `json:"code"`
	Message       string `json:"message"`
	Details       string `json:"details"`
	TransactionID string `json:"transactionId"`
}

func (s *Server) serve(h handlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		v, err := h(r)
		if err == nil {
			writeJSON(w, http.StatusOK, v)
			return
		}
		var se *statusError
		if errors.As(err, &se) {
			s.writeError(w, se.code, se.message)
			return
		}
		s.writeError(w, http.StatusInternalServerError, err.Error())
	}
}

func (s *Server) writeError(w http.ResponseWriter, code int, message string) {
	tx := strconv.FormatInt(1e9+s.txIDs.Add(1), 36)
	writeJSON(w, code, errorBody{Code: code, Message: message, TransactionID: tx})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	body, err := json.Marshal(v)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(code)
	w.Write(body)
}
