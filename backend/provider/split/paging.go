package split

import (
	"context"
	"fmt"
	"net/url"
	"strconv"

	"golang.org/x/sync/errgroup"

	"rolloutdesk/backend/provider/transport"
)

// Page sizes requested per listing: for workspaces a size well under the
// documented maximum of 1000, for definitions the maximum of 50, and for
// segments (maximum undocumented) what the official Python client uses.
const (
	workspacePageSize  = 100
	definitionPageSize = 50
	segmentPageSize    = 50
)

// envelope is the API's paged list shape. Limit is what the server
// served the page with, 0 when it does not say; TotalCount is nil when it
// does not say.
type envelope[T any] struct {
	Objects    []T  `json:"objects"`
	Offset     int  `json:"offset"`
	Limit      int  `json:"limit"`
	TotalCount *int `json:"totalCount"`
}

// listing is one paged collection.
type listing struct {
	// call names the listing in errors and progress, e.g.
	// `list definitions Default/Production`.
	call string
	// notFound is what a 404 means (transport.Call.NotFound).
	notFound string
	path     string
	limit    int
}

// listAll reads every page of l. Pages step by the limit the server
// echoes on the first page, which may be below the one asked for, and
// later pages ask for that limit. When the first page tells the total, the
// rest are fetched concurrently, under the transport's bound, and fewer
// objects than the total is an error, never a partial list. Without a
// total, pages are read one after another until a short or empty one.
func listAll[T any](ctx context.Context, c *Client, l listing, prog *transport.Progress) ([]T, error) {
	prog.Expect(1)
	first, err := fetchPage[T](ctx, c, l, 0, l.limit, prog)
	if err != nil {
		return nil, err
	}
	step := l.limit
	if first.Limit > 0 {
		step = first.Limit
	}
	if first.TotalCount == nil {
		return listUntilShort(ctx, c, l, first.Objects, step, prog)
	}
	total := *first.TotalCount
	var rest []envelope[T]
	if len(first.Objects) >= step { // a short first page ends the list
		rest = make([]envelope[T], max(0, (total-1)/step))
	}
	prog.Expect(len(rest))
	g, gctx := errgroup.WithContext(ctx)
	for i := range rest {
		g.Go(func() error {
			p, err := fetchPage[T](gctx, c, l, (i+1)*step, step, prog)
			rest[i] = p
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	all := first.Objects
	for _, p := range rest {
		all = append(all, p.Objects...)
	}
	if len(all) < total {
		return nil, fmt.Errorf("%s: the server's totalCount is %d but its pages held only %d; the list changed while it was read, try again", l.call, total, len(all))
	}
	return all, nil
}

// listUntilShort reads the pages of l after the first, which held have,
// one at a time, step apart, until one holds fewer than step objects.
func listUntilShort[T any](ctx context.Context, c *Client, l listing, have []T, step int, prog *transport.Progress) ([]T, error) {
	for last := len(have); last >= step; {
		prog.Expect(1)
		p, err := fetchPage[T](ctx, c, l, len(have), step, prog)
		if err != nil {
			return nil, err
		}
		have = append(have, p.Objects...)
		last = len(p.Objects)
	}
	return have, nil
}

// fetchPage reads the page of l at offset, asking for limit objects, and
// reports it done.
func fetchPage[T any](ctx context.Context, c *Client, l listing, offset, limit int, prog *transport.Progress) (envelope[T], error) {
	call := transport.Call{
		Name:       fmt.Sprintf("%s (offset %d)", l.call, offset),
		NotFound:   l.notFound,
		Idempotent: true,
	}
	query := url.Values{"offset": {strconv.Itoa(offset)}, "limit": {strconv.Itoa(limit)}}
	page, err := getJSON[envelope[T]](ctx, c, call, l.path, query)
	if err != nil {
		return page, err
	}
	prog.Done(call.Name)
	return page, nil
}
