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

// envelope is the API's paged list shape.
type envelope[T any] struct {
	Objects    []T `json:"objects"`
	Offset     int `json:"offset"`
	Limit      int `json:"limit"`
	TotalCount int `json:"totalCount"`
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

// listAll reads every page of l. The first page tells the total; the rest
// are fetched concurrently, under the transport's bound. As in offset
// paging generally, it stops at the first short page.
func listAll[T any](ctx context.Context, c *Client, l listing, prog *transport.Progress) ([]T, error) {
	prog.Expect(1)
	first, err := fetchPage[T](ctx, c, l, 0, prog)
	if err != nil {
		return nil, err
	}
	if len(first.Objects) < l.limit || l.limit >= first.TotalCount {
		return first.Objects, nil
	}
	rest := make([]envelope[T], (first.TotalCount-1)/l.limit)
	prog.Expect(len(rest))
	g, gctx := errgroup.WithContext(ctx)
	for i := range rest {
		g.Go(func() error {
			p, err := fetchPage[T](gctx, c, l, (i+1)*l.limit, prog)
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
		if len(p.Objects) < l.limit {
			break
		}
	}
	return all, nil
}

// fetchPage reads the page of l at offset and reports it done.
func fetchPage[T any](ctx context.Context, c *Client, l listing, offset int, prog *transport.Progress) (envelope[T], error) {
	call := transport.Call{
		Name:       fmt.Sprintf("%s (offset %d)", l.call, offset),
		NotFound:   l.notFound,
		Idempotent: true,
	}
	query := url.Values{"offset": {strconv.Itoa(offset)}, "limit": {strconv.Itoa(l.limit)}}
	page, err := getJSON[envelope[T]](ctx, c, call, l.path, query)
	if err != nil {
		return page, err
	}
	prog.Done(call.Name)
	return page, nil
}
