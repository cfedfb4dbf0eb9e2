package launchdarkly

import (
	"context"
	"fmt"
	"maps"
	"net/url"
	"strconv"

	"golang.org/x/sync/errgroup"

	"rolloutdesk/backend/provider/transport"
)

// maxAnnouncedPages bounds how many pages a totalCount may make collect
// fetch concurrently; anything beyond is paged one by one.
const maxAnnouncedPages = 1000

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
	limit    int        // page size to ask for
	// offsetPaging keeps paging by offset after a full page without a next
	// link (segment lists may carry no next links).
	offsetPaging bool
}

// pageURL is the URL of the page starting at offset.
func (l listing) pageURL(c *Client, offset int) *url.URL {
	q := maps.Clone(l.query)
	if q == nil {
		q = url.Values{}
	}
	q.Set("limit", strconv.Itoa(l.limit))
	if offset > 0 {
		q.Set("offset", strconv.Itoa(offset))
	}
	return c.endpoint(q, l.segments...)
}

// fetched is one page after conversion, with what paging needs to know.
type fetched[R any] struct {
	items []R
	count int   // items on the page before conversion
	next  *Link // the page's next link
	total *int  // totalCount
}

// more reports whether another page follows p: a short page ends the list,
// and so does a full one without a next link unless l pages by offset.
func (l listing) more(count int, next *Link) bool {
	return count >= l.limit && (next != nil || l.offsetPaging)
}

// collect reads every page of l and returns the items of each, converted by
// convert as soon as the page arrives (so that raw pages need not be held).
// It fetches the first page, then the pages its totalCount announces
// concurrently, then follows next links (or offsets) for as long as pages
// come back full. Items keep the order of the pages.
func collect[T, R any](ctx context.Context, c *Client, l listing, prog *transport.Progress,
	convert func([]T) ([]R, error)) ([]R, error) {
	prog.Expect(1)
	last, err := fetchPage(ctx, c, l, l.pageURL(c, 0), prog, convert)
	if err != nil {
		return nil, err
	}
	out, pages := last.items, 1

	if l.more(last.count, last.next) && last.total != nil {
		n := min((*last.total-1)/l.limit, maxAnnouncedPages) // pages after the first
		rest := make([]fetched[R], max(n, 0))
		g, gctx := errgroup.WithContext(ctx)
		g.SetLimit(c.tr.MaxInFlight())
		prog.Expect(len(rest))
		for i := range rest {
			g.Go(func() (err error) {
				rest[i], err = fetchPage(gctx, c, l, l.pageURL(c, (i+1)*l.limit), prog, convert)
				return err
			})
		}
		if err := g.Wait(); err != nil {
			return nil, err
		}
		for _, p := range rest {
			out, last, pages = append(out, p.items...), p, pages+1
			if !l.more(p.count, p.next) {
				return out, nil
			}
		}
	}

	for l.more(last.count, last.next) {
		u := l.pageURL(c, pages*l.limit)
		if last.next != nil {
			if u, err = c.resolve(last.next.Href); err != nil {
				return nil, fmt.Errorf("%s: %w", l.call.Name, err)
			}
		}
		prog.Expect(1)
		if last, err = fetchPage(ctx, c, l, u, prog, convert); err != nil {
			return nil, err
		}
		out, pages = append(out, last.items...), pages+1
	}
	return out, nil
}

// fetchPage GETs one page at u and converts its items.
func fetchPage[T, R any](ctx context.Context, c *Client, l listing, u *url.URL, prog *transport.Progress,
	convert func([]T) ([]R, error)) (fetched[R], error) {
	p, err := getJSON[page[T]](ctx, c, l.call, u)
	if err != nil {
		return fetched[R]{}, err
	}
	items, err := convert(p.Items)
	if err != nil {
		return fetched[R]{}, fmt.Errorf("%s: %w", l.call.Name, err)
	}
	prog.Done(l.call.Name)
	return fetched[R]{items: items, count: len(p.Items), next: p.Links.Next, total: p.TotalCount}, nil
}

// keep is the conversion that keeps items as they are.
func keep[T any](items []T) ([]T, error) { return items, nil }
