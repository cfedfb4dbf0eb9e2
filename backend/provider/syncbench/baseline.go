package syncbench

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"time"

	"golang.org/x/sync/errgroup"

	"rolloutdesk/backend/provider/transport"
)

// BaselineInFlight is how many requests the baseline has in flight at
// once: the product requirement's 6.
const BaselineInFlight = 6

// Baseline GETs every URL in urls, inFlight at a time, sending header, and
// reads each body to io.Discard without parsing it. It returns how long
// that took, or the first failure (a network error or a status other than
// 200).
func Baseline(ctx context.Context, urls []string, header http.Header, inFlight int) (time.Duration, error) {
	client := transport.NewHTTPClient(inFlight)
	defer client.CloseIdleConnections()
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(inFlight)
	start := time.Now()
	for _, u := range urls {
		g.Go(func() error { return discard(gctx, client, u, header) })
	}
	if err := g.Wait(); err != nil {
		return 0, err
	}
	return time.Since(start), nil
}

// discard GETs u and reads the body to io.Discard.
func discard(ctx context.Context, client *http.Client, u string, header http.Header) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return fmt.Errorf("baseline GET %s: %w", u, err)
	}
	req.Header = header.Clone()
	resp, err := client.Do(req)
	if err != nil {
		return fmt.Errorf("baseline GET %s: %w", u, err)
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return fmt.Errorf("baseline GET %s: read body: %w", u, err)
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("baseline GET %s: HTTP %d", u, resp.StatusCode)
	}
	return nil
}
