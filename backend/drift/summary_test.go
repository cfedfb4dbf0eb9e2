package drift

import (
	"slices"
	"testing"
)

func change(key string, before, after Verdict) Change {
	return Change{Release: "checkout", Before: before, Flag: Flag{Key: key, Environment: "production", Verdict: after}}
}

func TestChangedAndSummarize(t *testing.T) {
	tests := []struct {
		name      string
		in        []Change
		title     string
		lines     []string
		body      string
		more      int
		allOnPlan bool
	}{
		{name: "nothing changed", in: []Change{change("a", OnPlan, OnPlan), change("b", Behind, Behind), change("c", "", OnPlan)}},
		{
			name:  "changed and unchanged",
			in:    []Change{change("a", OnPlan, OnPlan), change("b", Behind, OnPlan), change("c", "", Off)},
			title: "2 flags changed",
			lines: []string{"checkout: b (production) now on plan", "checkout: c (production) is off"},
			body:  "checkout: b (production) now on plan; checkout: c (production) is off",
		},
		{
			name:  "one back on plan",
			in:    []Change{change("b", Behind, OnPlan)},
			title: "1 flag changed", lines: []string{"checkout: b (production) now on plan"},
			body: "checkout: b (production) now on plan", allOnPlan: true,
		},
		{
			name: "more than fit",
			in: []Change{change("a", OnPlan, Behind), change("b", OnPlan, Off), change("c", OnPlan, Ahead),
				change("d", OnPlan, Stale), change("e", OnPlan, Stale)},
			title: "5 flags changed",
			lines: []string{"checkout: a (production) is now behind plan (was on plan)", "checkout: b (production) is now off (was on plan)",
				"checkout: c (production) is now ahead of plan (was on plan)"},
			body: "checkout: a (production) is now behind plan (was on plan); checkout: b (production) is now off (was on plan); " +
				"checkout: c (production) is now ahead of plan (was on plan); and 2 more",
			more: 2,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			changed := Changed(tt.in)
			if len(changed) == 0 {
				if tt.title != "" {
					t.Fatalf("Changed = none, want %q", tt.title)
				}
				return
			}
			s := Summarize(changed)
			if s.Title != tt.title || !slices.Equal(s.Lines, tt.lines) || s.More != tt.more || s.AllOnPlan != tt.allOnPlan || s.Body() != tt.body {
				t.Errorf("Summarize = %+v, body %q\nwant %q %q more %d all on plan %v, body %q", s, s.Body(), tt.title, tt.lines, tt.more, tt.allOnPlan, tt.body)
			}
		})
	}
}
