package comms

import (
	"strings"
	"testing"
	"text/template"
	"time"
)

func TestFuncs(t *testing.T) {
	day := time.Date(2026, 3, 9, 15, 0, 0, 0, time.UTC)
	var none *time.Time
	tests := []struct {
		text    string
		data    any
		want    string
		wantErr string
	}{
		{`{{date .}}`, day, "9 Mar 2026", ""},
		{`{{date .}}`, &day, "9 Mar 2026", ""},
		{`{{date . "Monday, 2006-01-02"}}`, day, "Monday, 2026-03-09", ""},
		{`{{date .}}`, none, ToBeAnnounced, ""},
		{`{{date .}}`, nil, ToBeAnnounced, ""},
		{`{{date .}}`, time.Time{}, ToBeAnnounced, ""},
		{`{{date .}}`, "monday", "", "date needs a time, got string"},
		{`{{date . "a" "b"}}`, day, "", "date takes one layout, got 2"},
		{`{{plural . "flag" "flags"}}`, 1, "flag", ""},
		{`{{plural . "flag" "flags"}}`, 0, "flags", ""},
		{`{{plural . "flag" "flags"}}`, 2, "flags", ""},
		{`{{plural . "percent" "percents"}}`, 1.0, "percent", ""},
		{`{{plural . "x" "y"}}`, "1", "", "plural needs a number, got string"},
		{`{{upper .}} {{lower .}}`, "Beta", "BETA beta", ""},
		{`{{join . ", "}}`, []string{"beta", "staff"}, "beta, staff", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var b strings.Builder
			err := template.Must(template.New("t").Funcs(Funcs()).Parse(tt.text)).Execute(&b, tt.data)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || b.String() != tt.want {
				t.Errorf("got %q (%v), want %q", b.String(), err, tt.want)
			}
		})
	}
}
