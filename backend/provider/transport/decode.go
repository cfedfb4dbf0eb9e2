package transport

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync"
)

// bodies holds the buffers successful bodies are read into, so that paging
// through a large listing does not allocate a fresh, growing buffer per
// page.
var bodies = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// DecodeJSON returns a ReadFunc that reads a body whole into a pooled
// buffer, decodes the one JSON value it must hold into a fresh T and
// stores that in *dst only when decoding succeeds, so that a retried
// attempt never builds on what a failed one half-decoded. A decode error
// reads "decode response: ..." and says when the body is not valid JSON; a body cut short (io.ErrUnexpectedEOF,
// also when the JSON ends mid-value) is retried by Do like a network
// error.
func DecodeJSON[T any](dst *T) ReadFunc {
	return func(resp *http.Response) error {
		buf := bodies.Get().(*bytes.Buffer)
		defer bodies.Put(buf)
		buf.Reset()
		if _, err := buf.ReadFrom(resp.Body); err != nil {
			return fmt.Errorf("decode response: %w", err)
		}
		var v T
		if err := json.Unmarshal(buf.Bytes(), &v); err != nil {
			err = streamError(err, buf.Bytes())
			if err == io.EOF || err == io.ErrUnexpectedEOF {
				return fmt.Errorf("decode response: %w", err)
			}
			return fmt.Errorf("decode response: the server's answer is not the JSON the API documents (%w)", err)
		}
		*dst = v
		return nil
	}
}

// DiscardBody is the ReadFunc of a call whose successful answer says
// nothing the caller needs, such as a write whose result is re-read: Do
// drains and closes the body.
func DiscardBody(*http.Response) error { return nil }

// streamError is err, met decoding body, as a streaming json.Decoder
// reports it: io.EOF for a body without JSON, io.ErrUnexpectedEOF for JSON
// that ends mid-value.
func streamError(err error, body []byte) error {
	var syntax *json.SyntaxError
	switch {
	case len(bytes.TrimSpace(body)) == 0:
		return io.EOF
	case errors.As(err, &syntax) && syntax.Offset == int64(len(body)):
		return io.ErrUnexpectedEOF
	default:
		return err
	}
}
