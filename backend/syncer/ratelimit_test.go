package syncer

import (
	"context"
	"io"
	"log/slog"
	"testing"
	"time"

	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/store/storetest"
)

// rateLimited reports one page, then meets a rate limit, as a provider
// client does through its transport.
type rateLimited struct{ wait time.Duration }

func (rateLimited) Name() string { return provider.LaunchDarkly }

func (r rateLimited) Fetch(ctx context.Context, _ provider.Scope, report provider.ProgressFunc) ([]provider.FlagState, error) {
	report(provider.Progress{Done: 1, Total: 3, Message: "flags page 1"})
	provider.NotifyRateLimit(ctx, r.wait)
	return nil, nil
}

func TestRateLimitWaitsShowAsProgress(t *testing.T) {
	tests := []struct {
		wait time.Duration
		want string
	}{
		{10*time.Second + 200*time.Millisecond, "waiting for the rate limit (11 s)"},
		{time.Second, "waiting for the rate limit (1 s)"},
	}
	for _, tt := range tests {
		var got []provider.Progress
		s := Syncer{Store: storetest.Open(t), Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Now: time.Now}
		if _, err := s.Run(context.Background(), rateLimited{tt.wait}, provider.Scope{Project: "default"},
			func(p provider.Progress) { got = append(got, p) }); err != nil {
			t.Fatal(err)
		}
		want := provider.Progress{Done: 1, Total: 3, Message: tt.want}
		if len(got) != 2 || got[1] != want {
			t.Errorf("wait %s: progress = %+v, want the page report then %+v", tt.wait, got, want)
		}
	}
}
