package metrics

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"rolloutdesk/backend/problems"
)

// ReadCSV reads daily metric values in either shape analytics tools export:
//
//   - wide: a "date" column and one column per metric
//     (date,error_rate,conversion);
//   - long: exactly the columns date, metric and value, in any order.
//
// Dates are YYYY-MM-DD or RFC 3339 (the date as written, in its own offset);
// values are numbers and may end in "%". An empty cell in the wide shape
// means no value that day. A file with any problem — no date column, a date
// or value that cannot be read, a metric given twice for one day, a header
// that is no metric name — is rejected whole with every problem as
// "file:line: reason"; name is the file's name as the user knows it.
func ReadCSV(name string, r io.Reader) ([]Value, error) {
	cr := csv.NewReader(r)
	cr.TrimLeadingSpace = true
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, problems.New(name, []problems.Problem{{Line: 1, Reason: "the file is empty: the first line must name the columns, starting with date"}})
	}
	if err != nil {
		return nil, problems.New(name, []problems.Problem{{Line: lineOf(err, 1), Reason: csvReason(err)}})
	}
	shape, list := readHeader(header)
	if len(list) > 0 {
		return nil, problems.New(name, list)
	}
	var values []Value
	seen := map[dayMetric]int{}
	for {
		record, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			list.Addf(lineOf(err, 0), "%s", csvReason(err))
			continue
		}
		line, _ := cr.FieldPos(0)
		for _, v := range shape.values(record, line, &list) {
			key := dayMetric{v.Day, v.Metric}
			if first, dup := seen[key]; dup {
				list.Addf(line, "%s for %s is given twice (first at line %d); keep one", v.Metric, v.Day.Format(time.DateOnly), first)
				continue
			}
			seen[key] = line
			values = append(values, v)
		}
	}
	if err := list.Err(name); err != nil {
		return nil, err
	}
	return values, nil
}

type dayMetric struct {
	day    time.Time
	metric string
}

// shape says where a record's date, metrics and values are.
type shape struct {
	date int
	// long shape: the metric and value columns.
	long          bool
	metric, value int
	// wide shape: the metric name of every column, "" for the date.
	names []string
}

// readHeader works out the file's shape from its first line.
func readHeader(header []string) (shape, problems.List) {
	var list problems.List
	cols := make([]string, len(header))
	for i, h := range header {
		cols[i] = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
	}
	s := shape{date: slices.Index(cols, "date"), metric: slices.Index(cols, "metric"), value: slices.Index(cols, "value")}
	if s.date < 0 {
		list.Addf(1, "no date column: name the first line's columns date,METRIC,… (wide) or date,metric,value (long)")
		return s, list
	}
	if len(cols) == 3 && s.metric >= 0 && s.value >= 0 {
		s.long = true
		return s, list
	}
	s.names = make([]string, len(header))
	firstAt := map[string]int{}
	for i, h := range header {
		if i == s.date {
			continue
		}
		name := Name(h)
		switch first, dup := firstAt[name]; {
		case name == "":
			list.Addf(1, "column %d (%q) is not a metric name: use letters, digits and _ starting with a letter", i+1, h)
		case dup:
			list.Addf(1, "columns %d and %d are both the metric %s; keep one", first+1, i+1, name)
		default:
			firstAt[name] = i
			s.names[i] = name
		}
	}
	if len(firstAt) == 0 && len(list) == 0 {
		list.Addf(1, "no metric columns: add one column per metric after date, or use date,metric,value")
	}
	return s, list
}

// values reads one record, reporting its problems at line.
func (s shape) values(record []string, line int, list *problems.List) []Value {
	day, err := ParseDay(record[s.date])
	if err != nil {
		list.Addf(line, "%v", err)
		return nil
	}
	if s.long {
		metric := Name(record[s.metric])
		if metric == "" {
			list.Addf(line, "metric %q is not a metric name: use letters, digits and _ starting with a letter", record[s.metric])
			return nil
		}
		v, err := parseValue(record[s.value], metric)
		if err != nil {
			list.Addf(line, "%v", err)
			return nil
		}
		return []Value{{Metric: metric, Day: day, Value: v}}
	}
	var out []Value
	for i, cell := range record {
		if s.names[i] == "" || strings.TrimSpace(cell) == "" {
			continue
		}
		v, err := parseValue(cell, s.names[i])
		if err != nil {
			list.Addf(line, "%v", err)
			continue
		}
		out = append(out, Value{Metric: s.names[i], Day: day, Value: v})
	}
	return out
}

// ParseDay reads YYYY-MM-DD, or an RFC 3339 time whose date (in its own
// offset) is the day, as midnight UTC.
func ParseDay(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if d, err := time.Parse(time.DateOnly, s); err == nil {
		return d, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("date %q is not YYYY-MM-DD or an RFC 3339 time", s)
	}
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
}

// parseValue reads a finite number, which may end in "%". Thousands
// separators are refused: "1,234" means different numbers across locales.
func parseValue(s, metric string) (float64, error) {
	text := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "%"))
	v, err := strconv.ParseFloat(text, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, fmt.Errorf("%s value %q is not a number", metric, s)
	}
	return v, nil
}

// lineOf is the line a csv.ParseError names, or fallback.
func lineOf(err error, fallback int) int {
	var pe *csv.ParseError
	if errors.As(err, &pe) && pe.Line > 0 {
		return pe.Line
	}
	return fallback
}

// csvReason words a CSV syntax error without repeating its position.
func csvReason(err error) string {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		if errors.Is(pe.Err, csv.ErrFieldCount) {
			return "this line has a different number of fields than the first line"
		}
		return "not valid CSV: " + pe.Err.Error()
	}
	return err.Error()
}
