package metrics

import (
	"regexp"
	"strings"
	"time"
	"unicode"
)

// Value is one metric's value on one day for a release.
type Value struct {
	Metric string `json:"metric"`
	// Day is the date the value is for, as midnight UTC.
	Day   time.Time `json:"day"`
	Value float64   `json:"value"`
}

// nonName is what a column header may hold that a metric name may not.
var nonName = regexp.MustCompile(`[^a-z0-9]+`)

// Name turns a column header such as "Error rate (%)" into the metric name a
// criterion's check uses: lower case, runs of other characters as one "_"
// ("error_rate"). It returns "" when nothing usable is left or the name
// would not start with a letter, or when the header holds a letter outside
// a–z (dropping it would name another metric).
func Name(header string) string {
	if strings.IndexFunc(header, func(r rune) bool { return r > unicode.MaxASCII && unicode.IsLetter(r) }) >= 0 {
		return ""
	}
	name := strings.Trim(nonName.ReplaceAllString(strings.ToLower(strings.TrimSpace(header)), "_"), "_")
	if name == "" || name[0] < 'a' || name[0] > 'z' {
		return ""
	}
	return name
}
