package launchdarkly

import (
	"errors"
	"fmt"
	"maps"
	"net/url"
	"strconv"

	"rolloutdesk/backend/provider/transport"
)

// ErrIncompleteList is wrapped by the error of a read whose list ended, its
// last page linking to no other, before it had delivered as many items as
// its totalCount announced. Nothing of such a list is returned.
var ErrIncompleteList = errors.New("the list ended before it delivered the items its totalCount announced")

// page is one page of a LaunchDarkly collection.
type page[T any] struct {
	Items      []T   `json:"items"`
	Links      Links `json:"_links"`
	TotalCount *int  `json:"totalCount"`
}

// listing says how to page through one collection.
type listing struct {
	call     transport.Call
	segments []string   // path below /api/v2/
	query    url.Values // without limit and offset
	// limit is the page size to ask for; 0 for a list that takes neither
	// limit nor offset (flag statuses), which only next links can page.
	limit int
	// offsetPaging keeps paging by offset after a page without a next link
	// while the list is not complete (segment lists may carry no next
	// links).
	offsetPaging bool
}

// pageURL is the URL of the page starting at offset.
func (l listing) pageURL(c *Client, offset int) *url.URL {
	q := maps.Clone(l.query)
	if q == nil {
		q = url.Values{}
	}
	if l.limit > 0 {
		q.Set("limit", strconv.Itoa(l.limit))
	}
	if offset > 0 {
		q.Set("offset", strconv.Itoa(offset))
	}
	return c.endpoint(q, l.segments...)
}

// fetched is one page after conversion, with what paging needs to know.
type fetched[R any] struct {
	url   *url.URL // where it was read from
	items []R
	count int   // items on the page before conversion
	next  *Link // the page's next link
	total *int  // totalCount
}

// tally is what the pages of a list read so far have said.
type tally struct {
	count int  // items on them
	total *int // the latest totalCount, if any gave one
}

// add counts a page of count items that announced total (nil: nothing).
func (t *tally) add(count int, total *int) {
	t.count += count
	if total != nil {
		t.total = total
	}
}

// complete reports whether the list holds no items beyond those counted:
// it is when its totalCount says so, and otherwise cannot be known.
func (t tally) complete() (complete, known bool) {
	if t.total == nil {
		return false, false
	}
	return t.count >= *t.total, true
}

// check fails a list l that ended with fewer items than it announced.
func (t tally) check(l listing) error {
	if complete, known := t.complete(); known && !complete {
		return fmt.Errorf("%s: %w: it announced %d, its pages held %d", l.call.Name, ErrIncompleteList, *t.total, t.count)
	}
	return nil
}

// hasNext reports whether a page follows last, of count items with next
// link next, in a list of which t has been read: whenever next is present,
// whatever the page's length; without one, only when l pages by offset, the
// page held items and the list is not complete (when no totalCount tells,
// when the page was full).
func (l listing) hasNext(count int, next *Link, t tally) bool {
	if next != nil {
		return true
	}
	if !l.offsetPaging || count == 0 {
		return false
	}
	if complete, known := t.complete(); known {
		return !complete
	}
	return count >= l.limit
}

// nextURL is the URL of the page that follows one with next link next,
// read from u, once t has been read: the link resolved, or the offset after
// the items so far. A link back to u is an error, as it would never end.
func (l listing) nextURL(c *Client, u *url.URL, next *Link, t tally) (*url.URL, error) {
	if next == nil {
		return l.pageURL(c, t.count), nil
	}
	n, err := c.resolve(next.Href)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", l.call.Name, err)
	}
	if n.String() == u.String() {
		return nil, fmt.Errorf("%s: the page at %s links to itself as the next one", l.call.Name, u.RequestURI())
	}
	return n, nil
}

// keep is the conversion that keeps items as they are.
func keep[T any](items []T) ([]T, error) { return items, nil }
