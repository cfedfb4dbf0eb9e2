package plan

import (
	"fmt"
	"strings"
	"testing"
)

// TestParsePlacesSyntaxErrors puts one syntax error on line 60 of a long
// file and checks it is reported there, not where the phases list starts.
func TestParsePlacesSyntaxErrors(t *testing.T) {
	var phases []string
	for i := range 27 { // 27 phases of 2 lines: lines 6–59
		phases = append(phases, fmt.Sprintf("  - name: Phase %d", i+1), "    audience: Everyone")
	}
	deep := func(bad ...string) string { return withPhases(append(phases, append(bad, "  - name: Last")...)...) }
	tests := []struct {
		name string
		file string
		want string
	}{
		{"indented too little", deep("  - name: Broken", "   audience: three spaces"),
			"plan.yaml:61: not valid YAML: did not find expected '-' indicator"},
		{"a list item inside a mapping", deep("  - name: Broken", "    - stray"),
			"plan.yaml:61: not valid YAML: did not find expected key"},
		{"a colon inside a value", deep("  - name: Broken: yes"),
			"plan.yaml:60: not valid YAML: mapping values are not allowed in this context"},
		{"a tab as indentation", deep("  - name: Broken", "\taudience: tab"),
			"plan.yaml:61: not valid YAML: found a tab character that violates indentation"},
		{"an unclosed mapping", deep("  - name: Broken", "    expect: {on: true, percent: 5"),
			"plan.yaml:61: not valid YAML: did not find expected ',' or '}' (while parsing a flow mapping that starts on this line; the parser gave up on line 62)"},
		{"unclosed quotes", deep(`  - name: "Broken`),
			"plan.yaml:60: not valid YAML: found unexpected end of stream (while scanning a quoted scalar that starts on this line; the parser gave up on line 62)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("plan.yaml", []byte(tt.file))
			if err == nil || err.Error() != tt.want {
				t.Fatalf("got error\n%v\nwant\n%s", err, tt.want)
			}
		})
	}
	if got := strings.Count(withPhases(phases...), "\n"); got != 59 {
		t.Fatalf("the file before the broken lines has %d lines, want 59 (the tests count on it)", got)
	}
}
