package splitfake

import (
	"net/http"
	"strconv"
)

// Page sizes: the API's default and the documented maxima per listing.
const (
	defaultLimit       = 20
	maxWorkspaceLimit  = 1000
	maxDefinitionLimit = 50
	// maxSegmentLimit is not documented; 50 is what the official Python
	// client requests.
	maxSegmentLimit = 50
)

// envelope is the API's paged list shape. TotalCount is nil when Paging
// leaves it out.
type envelope[T any] struct {
	Objects    []T  `json:"objects"`
	Offset     int  `json:"offset"`
	Limit      int  `json:"limit"`
	TotalCount *int `json:"totalCount,omitempty"`
}

// Paging changes how every paged list is served, as a server may that
// differs from the documentation. The zero value pages as documented.
type Paging struct {
	// Cap, when positive, serves at most Cap objects a page even when the
	// request asks for more (up to the documented maximum, which is still
	// enforced); the envelope's limit then says Cap.
	Cap int
	// OmitTotalCount leaves totalCount out of envelopes.
	OmitTotalCount bool
}

// SetPaging switches how lists are paged from the next request on.
func (s *Server) SetPaging(p Paging) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.paging = p
}

// paging reads offset and limit from the query, rejecting values the API
// rejects.
func paging(r *http.Request, maxLimit int) (offset, limit int, err error) {
	offset, err = queryInt(r, "offset", 0)
	if err != nil {
		return 0, 0, err
	}
	limit, err = queryInt(r, "limit", defaultLimit)
	if err != nil {
		return 0, 0, err
	}
	if limit < 1 || limit > maxLimit {
		return 0, 0, badRequest("limit must be between 1 and %d, got %d", maxLimit, limit)
	}
	return offset, limit, nil
}

func queryInt(r *http.Request, name string, def int) (int, error) {
	raw := r.URL.Query().Get(name)
	if raw == "" {
		return def, nil
	}
	n, err := strconv.Atoi(raw)
	if err != nil || n < 0 {
		return 0, badRequest("%s must be a non-negative integer, got %q", name, raw)
	}
	return n, nil
}

// page cuts items[offset:offset+limit] into an envelope, limit capped and
// the total left out as p says.
func page[T any](items []T, offset, limit int, p Paging) envelope[T] {
	if p.Cap > 0 {
		limit = min(limit, p.Cap)
	}
	start := min(offset, len(items))
	end := min(start+limit, len(items))
	objects := make([]T, end-start)
	copy(objects, items[start:end])
	env := envelope[T]{Objects: objects, Offset: offset, Limit: limit}
	if !p.OmitTotalCount {
		total := len(items)
		env.TotalCount = &total
	}
	return env
}
