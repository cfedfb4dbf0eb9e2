package transport_test

import (
	"testing"

	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/provider/transport"
)

func TestProgress(t *testing.T) {
	var got []provider.Progress
	p := transport.NewProgress(func(pr provider.Progress) { got = append(got, pr) })
	p.Expect(2)
	p.Done("a")
	p.Done("b")
	p.Done("c") // more work than expected: Total follows Done
	p.Expect(2)
	p.Done("d")
	want := []provider.Progress{
		{Done: 1, Total: 2, Message: "a"},
		{Done: 2, Total: 2, Message: "b"},
		{Done: 3, Total: 3, Message: "c"},
		{Done: 4, Total: 5, Message: "d"},
	}
	if len(got) != len(want) {
		t.Fatalf("reports = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("report %d = %v, want %v", i, got[i], want[i])
		}
	}
	transport.NewProgress(nil).Done("no reporter") // neither may panic
	var none *transport.Progress
	none.Expect(1)
	none.Done("nil progress")
}
