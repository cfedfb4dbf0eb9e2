package domain

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// ChecklistItem is one entry or exit criterion: manual (ticked by a person,
// who and when recorded) or measured (a check against a metric's values).
type ChecklistItem struct {
	Text string `json:"text"`
	// Done, By and At record a manual criterion being met.
	Done bool       `json:"done"`
	By   string     `json:"by,omitempty"`
	At   *time.Time `json:"at,omitempty"`
	// Check makes the criterion measured: it holds while every value of the
	// metric in the window satisfies it.
	Check *Check `json:"check,omitempty"`
	// OverDays, when positive, keeps only the window's last N days.
	OverDays int `json:"over_days,omitempty"`
	// Guardrail marks a criterion whose failure means "roll back".
	Guardrail bool `json:"guardrail,omitempty"`
}

// Measured reports whether the item is judged from metric values.
func (c ChecklistItem) Measured() bool { return c.Check != nil }

// Check is a measured criterion's test: METRIC OP NUMBER.
type Check struct {
	Metric    string  `json:"metric"`
	Op        string  `json:"op"`
	Threshold float64 `json:"threshold"`
}

// checkPattern is METRIC OP NUMBER; a trailing % is allowed and ignored, as
// the numbers of percentage metrics are already percents.
var checkPattern = regexp.MustCompile(`^\s*([a-z][a-z0-9_]*)\s*(<=|>=|==|<|>)\s*(-?[0-9]+(?:\.[0-9]+)?)\s*%?\s*$`)

// ParseCheck reads "error_rate < 0.5". The error says what is wrong and how
// to write it.
func ParseCheck(s string) (Check, error) {
	m := checkPattern.FindStringSubmatch(s)
	if m == nil {
		return Check{}, fmt.Errorf("check %q is not METRIC OP NUMBER (e.g. \"error_rate < 0.5\"; metric names are lower case with _, OP one of < <= > >= ==)", s)
	}
	v, err := strconv.ParseFloat(m[3], 64)
	if err != nil {
		return Check{}, fmt.Errorf("check %q: %v", s, err)
	}
	return Check{Metric: m[1], Op: m[2], Threshold: v}, nil
}

// String writes the check as a plan file holds it.
func (c Check) String() string {
	return fmt.Sprintf("%s %s %s", c.Metric, c.Op, strconv.FormatFloat(c.Threshold, 'f', -1, 64))
}

// Holds reports whether value satisfies the check. Equality allows for the
// rounding of values that went through a CSV file.
func (c Check) Holds(value float64) bool {
	const epsilon = 1e-9
	switch c.Op {
	case "<":
		return value < c.Threshold
	case "<=":
		return value <= c.Threshold+epsilon
	case ">":
		return value > c.Threshold
	case ">=":
		return value >= c.Threshold-epsilon
	case "==":
		return math.Abs(value-c.Threshold) <= epsilon
	}
	return false
}

// overPattern is a window length in days: "3d".
var overPattern = regexp.MustCompile(`^([1-9][0-9]*)d$`)

// ParseOverDays reads "3d" as 3.
func ParseOverDays(s string) (int, error) {
	m := overPattern.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return 0, fmt.Errorf("over %q is not a number of days such as 3d", s)
	}
	return strconv.Atoi(m[1])
}
