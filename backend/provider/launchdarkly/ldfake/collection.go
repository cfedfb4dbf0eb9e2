package ldfake

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
)

// link is a hypermedia link as LaunchDarkly writes it.
type link struct {
	Href string `json:"href"`
	Type string `json:"type"`
}

func jsonLink(href string) link { return link{Href: href, Type: "application/json"} }

// writeJSON answers with a JSON body.
func writeJSON(w http.ResponseWriter, status int, body []byte) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write(body)
}

// writeError answers with LaunchDarkly's error body {"code","message","id"}.
func writeError(w http.ResponseWriter, status int, code, message string) {
	body, _ := json.Marshal(struct {
		Code    string `json:"code"`
		Message string `json:"message"`
		ID      string `json:"id"`
	}{code, message, newID()})
	writeJSON(w, status, body)
}

// paging is the page a collection request asks for.
type paging struct {
	offset, limit int
}

// pageParams reads limit (default def, at most maxLimit) and offset from q,
// answering 400 invalid_request itself when they are unusable.
func pageParams(w http.ResponseWriter, q url.Values, def, maxLimit int) (paging, bool) {
	p := paging{limit: def}
	for name, dst := range map[string]*int{"limit": &p.limit, "offset": &p.offset} {
		v := q.Get(name)
		if v == "" {
			continue
		}
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			writeError(w, http.StatusBadRequest, "invalid_request", fmt.Sprintf("%s must be a non-negative integer", name))
			return p, false
		}
		*dst = n
	}
	if p.limit < 1 || p.limit > maxLimit {
		writeError(w, http.StatusBadRequest, "invalid_request", fmt.Sprintf("limit must be between 1 and %d", maxLimit))
		return p, false
	}
	return p, true
}

// window is the part [lo, hi) of n items that the page covers.
func (p paging) window(n int) (lo, hi int) {
	lo = min(p.offset, n)
	return lo, min(lo+p.limit, n)
}

// links builds self, first, prev, next and last for the page of a collection
// of total items: relative hrefs that repeat the request's whole query with
// limit and offset (offset left out when 0) set, as LaunchDarkly does. A
// link to a page that does not exist is left out.
func (p paging) links(r *http.Request, total int) map[string]link {
	at := func(offset int) link {
		q := r.URL.Query()
		q.Set("limit", strconv.Itoa(p.limit))
		q.Del("offset")
		if offset > 0 {
			q.Set("offset", strconv.Itoa(offset))
		}
		return jsonLink(r.URL.Path + "?" + q.Encode())
	}
	ls := map[string]link{"self": at(p.offset)}
	if p.offset > 0 {
		ls["first"] = at(0)
		ls["prev"] = at(max(p.offset-p.limit, 0))
	}
	if p.offset+p.limit < total {
		ls["next"] = at(p.offset + p.limit)
		ls["last"] = at((total - 1) / p.limit * p.limit)
	}
	return ls
}

// writeItems answers 200 with a collection {"_links","items","totalCount"};
// total < 0 leaves totalCount out. Items are already-encoded JSON objects.
// Go's encoder writes & in hrefs as \u0026, like LaunchDarkly's.
func writeItems(w http.ResponseWriter, links map[string]link, items [][]byte, total int) {
	var b bytes.Buffer
	b.WriteString(`{"_links":`)
	ls, _ := json.Marshal(links)
	b.Write(ls)
	b.WriteString(`,"items":[`)
	b.Write(bytes.Join(items, []byte(",")))
	b.WriteString("]")
	if total >= 0 {
		fmt.Fprintf(&b, `,"totalCount":%d`, total)
	}
	b.WriteString("}")
	writeJSON(w, http.StatusOK, b.Bytes())
}

// listed is what a list handler found: the items of the requested page,
// the size of the whole collection, and links to add to the paging ones.
type listed struct {
	items [][]byte
	total int
	extra map[string]link
	// selfOnly keeps only the self link, as in segment lists.
	selfOnly bool
}

// pageOf is the listing of all, a whole collection, for page p.
func (p paging) pageOf(all [][]byte, extra map[string]link) listed {
	lo, hi := p.window(len(all))
	return listed{items: all[lo:hi], total: len(all), extra: extra}
}

// serveList answers a paged list request: it reads limit (at most
// maxLimit) and offset, caps the page as s.quirks say, then calls find with
// s.mu read-locked. find answers the request itself and returns false when
// it cannot be served (an unknown project, a bad parameter).
func (s *Server) serveList(w http.ResponseWriter, r *http.Request, maxLimit int, find func(paging) (listed, bool)) {
	p, ok := pageParams(w, r.URL.Query(), defaultLimit, maxLimit)
	if !ok {
		return
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	p = s.quirks.capped(p)
	l, ok := find(p)
	if !ok {
		return
	}
	links := p.links(r, l.total)
	if l.selfOnly {
		links = map[string]link{"self": links["self"]}
	}
	for k, v := range l.extra {
		links[k] = v
	}
	writeItems(w, links, l.items, s.quirks.announced(l.total))
}
