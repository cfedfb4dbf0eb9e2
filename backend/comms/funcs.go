package comms

import (
	"fmt"
	"strings"
	"text/template"
	"time"
)

// DateLayout is the default layout of the date helper: "2 Jan 2006".
const DateLayout = "2 Jan 2006"

// ToBeAnnounced is what the date helper prints for an unknown date.
const ToBeAnnounced = "to be announced"

// Funcs are the helpers templates can call besides text/template's own:
//
//	date T [LAYOUT]          a time.Time or *time.Time as "2 Jan 2006", or in
//	                         Go's LAYOUT; nil or zero prints "to be announced"
//	plural N SINGULAR PLURAL SINGULAR when N is 1, else PLURAL
//	upper S, lower S         S in upper or lower case
//	join LIST SEP            a list of strings joined with SEP
func Funcs() template.FuncMap {
	return template.FuncMap{
		"date":   date,
		"plural": plural,
		"upper":  strings.ToUpper,
		"lower":  strings.ToLower,
		"join":   strings.Join,
	}
}

func date(v any, layout ...string) (string, error) {
	if len(layout) > 1 {
		return "", fmt.Errorf("date takes one layout, got %d", len(layout))
	}
	l := DateLayout
	if len(layout) == 1 {
		l = layout[0]
	}
	switch t := v.(type) {
	case nil:
		return ToBeAnnounced, nil
	case *time.Time:
		if t == nil {
			return ToBeAnnounced, nil
		}
		return date(*t, l)
	case time.Time:
		if t.IsZero() {
			return ToBeAnnounced, nil
		}
		return t.Format(l), nil
	}
	return "", fmt.Errorf("date needs a time, got %T", v)
}

func plural(n any, singular, plural string) (string, error) {
	var one bool
	switch n := n.(type) {
	case int:
		one = n == 1
	case int64:
		one = n == 1
	case float64:
		one = n == 1
	default:
		return "", fmt.Errorf("plural needs a number, got %T", n)
	}
	if one {
		return singular, nil
	}
	return plural, nil
}
