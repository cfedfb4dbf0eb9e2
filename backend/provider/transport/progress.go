package transport

import (
	"sync"

	"rolloutdesk/backend/provider"
)

// Progress turns page fetches into provider.Progress reports. Paging code
// calls Expect as it learns how many pages remain and Done after each; the
// reports keep Done ≤ Total and never go backwards. It is safe for
// concurrent use. A nil *Progress, or one with a nil report function,
// reports nothing, so code that pages can take one unconditionally.
type Progress struct {
	mu          sync.Mutex
	done, total int
	report      provider.ProgressFunc
}

// NewProgress returns a Progress that reports to report.
func NewProgress(report provider.ProgressFunc) *Progress {
	return &Progress{report: report}
}

// Expect adds n pages of work still to do.
func (p *Progress) Expect(n int) {
	if p == nil {
		return
	}
	p.mu.Lock()
	p.total += n
	p.mu.Unlock()
}

// Done records one finished page and reports msg with the new counts.
func (p *Progress) Done(msg string) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done++
	p.total = max(p.total, p.done)
	if p.report != nil {
		p.report(provider.Progress{Done: p.done, Total: p.total, Message: msg})
	}
}
