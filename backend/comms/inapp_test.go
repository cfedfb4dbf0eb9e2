package comms

import (
	"encoding/json"
	"maps"
	"reflect"
	"slices"
	"testing"
)

func TestInAppPayload(t *testing.T) {
	r := newTestRenderer(t, nil)
	plan := testPlan()
	tests := []struct {
		name, body string
		phase      int
		wantCTA    any
		wantEnds   any
	}{
		{"first safe link is the call to action", "[bad](javascript:x), [below](#faq) then [Try it](https://example.com/try) or [later](https://example.com/l)", 0,
			map[string]any{"text": "Try it", "url": "https://example.com/try"}, "2026-03-08"},
		{"autolink", "See https://example.com/x", 0, map[string]any{"text": "https://example.com/x", "url": "https://example.com/x"}, "2026-03-08"},
		{"no link, no end date", "Nothing to click.", 1, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tmpl := tpl(t, "b", "---\nchannel: in_app\ntitle: T\n---\n"+tt.body+"\n")
			rd, err := r.Render(tmpl, NewData(plan, plan.Phases[tt.phase], testNow))
			if err != nil {
				t.Fatal(err)
			}
			files, err := r.Files(rd, "d", "R")
			if err != nil {
				t.Fatal(err)
			}
			var payload map[string]any
			if err := json.Unmarshal([]byte(files[1].Content), &payload); err != nil {
				t.Fatal(err)
			}
			keys := slices.Sorted(maps.Keys(payload))
			if want := []string{"audience", "body_html", "body_text", "cta", "ends", "phase", "starts", "title"}; !slices.Equal(keys, want) {
				t.Errorf("keys %v, want %v", keys, want)
			}
			if !reflect.DeepEqual(payload["cta"], tt.wantCTA) || !reflect.DeepEqual(payload["ends"], tt.wantEnds) {
				t.Errorf("cta %v ends %v, want %v %v", payload["cta"], payload["ends"], tt.wantCTA, tt.wantEnds)
			}
			if files[0].Ext != "html" || files[0].Content != payload["body_html"] {
				t.Errorf("fragment %q is not body_html %q", files[0].Content, payload["body_html"])
			}
		})
	}
}
