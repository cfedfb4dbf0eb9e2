package launchdarkly

import (
	"context"
	"fmt"
	"net/url"

	"golang.org/x/sync/errgroup"

	"rolloutdesk/backend/provider/transport"
)

// maxAnnouncedPages bounds how many pages a totalCount may make collect
// fetch concurrently; anything beyond is paged one by one.
const maxAnnouncedPages = 1000

// collect reads every page of l and returns the items of each, converted by
// convert as soon as the page arrives (so that raw pages need not be held),
// in the order of the pages.
//
// It fetches the first page; when that page has a next one and a
// totalCount, it fetches concurrently the pages the count announces, at
// offsets stepping by the first page's length (which a server may cap below
// the limit asked for). It keeps them for as long as each page before was
// as long as the first and had a next one, then follows next links (or, for
// l.offsetPaging, offsets) one by one for as long as there are any,
// whatever the pages' lengths. A list that ends with fewer items than its
// totalCount announced fails with ErrIncompleteList.
func collect[T, R any](ctx context.Context, c *Client, l listing, prog *transport.Progress,
	convert func([]T) ([]R, error)) ([]R, error) {
	prog.Expect(1)
	last, err := fetchPage(ctx, c, l, l.pageURL(c, 0), prog, convert)
	if err != nil {
		return nil, err
	}
	var t tally
	t.add(last.count, last.total)
	out := last.items

	rest, err := prefetch(ctx, c, l, last, t, prog, convert)
	if err != nil {
		return nil, err
	}
	step := last.count
	for _, p := range rest {
		if last.count != step || !l.hasNext(last.count, last.next, t) {
			break // p was not fetched at the offset where the list goes on
		}
		out, last = append(out, p.items...), p
		t.add(p.count, p.total)
	}

	for l.hasNext(last.count, last.next, t) {
		u, err := l.nextURL(c, last.url, last.next, t)
		if err != nil {
			return nil, err
		}
		prog.Expect(1)
		if last, err = fetchPage(ctx, c, l, u, prog, convert); err != nil {
			return nil, err
		}
		out = append(out, last.items...)
		t.add(last.count, last.total)
	}
	if err := t.check(l); err != nil {
		return nil, err
	}
	return out, nil
}

// prefetch fetches concurrently the pages that follow first as its
// totalCount announces them, at offsets that assume each holds as many
// items as first; t is the tally of first. It fetches none when first has
// no next page, is empty or lacks a totalCount, or l takes no offsets.
func prefetch[T, R any](ctx context.Context, c *Client, l listing, first fetched[R], t tally, prog *transport.Progress,
	convert func([]T) ([]R, error)) ([]fetched[R], error) {
	step := first.count
	if l.limit == 0 || first.total == nil || step == 0 || !l.hasNext(step, first.next, t) {
		return nil, nil
	}
	rest := make([]fetched[R], max(min((*first.total-1)/step, maxAnnouncedPages), 0))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(c.tr.MaxInFlight())
	prog.Expect(len(rest))
	for i := range rest {
		g.Go(func() (err error) {
			rest[i], err = fetchPage(gctx, c, l, l.pageURL(c, (i+1)*step), prog, convert)
			return err
		})
	}
	return rest, g.Wait()
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
	return fetched[R]{url: u, items: items, count: len(p.Items), next: p.Links.Next, total: p.TotalCount}, nil
}
