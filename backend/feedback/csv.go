package feedback

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/metrics"
	"rolloutdesk/backend/problems"
)

// columns are the header names an import needs, in any order; phase is
// optional.
var columns = []string{"date", "source", "sentiment", "customer", "text", "link"}

// ReadCSV reads feedback entries for release from a support tool's export
// whose columns are mapped to date, source, sentiment, customer, text and
// link (any order; phase optional). phases are the release's phase names, a
// phase column must name one of them. A file with any problem is rejected
// whole, every problem as "file:line: reason"; name is the file's name as
// the user knows it.
func ReadCSV(name, release string, phases []string, r io.Reader) ([]domain.FeedbackEntry, error) {
	cr := csv.NewReader(r)
	cr.TrimLeadingSpace = true
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, problems.New(name, []problems.Problem{{Line: 1, Reason: "the file is empty: the first line must name the columns " + strings.Join(columns, ",")}})
	}
	if err != nil {
		return nil, problems.New(name, []problems.Problem{{Line: 1, Reason: fmt.Sprintf("not valid CSV: %v", err)}})
	}
	at, list := readHeader(header)
	if len(list) > 0 {
		return nil, problems.New(name, list)
	}
	var entries []domain.FeedbackEntry
	for {
		record, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			line := 0
			if errors.As(err, &pe) {
				line, err = pe.Line, pe.Err
			}
			list.Addf(line, "not valid CSV: %v", err)
			continue
		}
		line, _ := cr.FieldPos(0)
		e := domain.FeedbackEntry{Release: release, Source: strings.TrimSpace(record[at["source"]]), Customer: strings.TrimSpace(record[at["customer"]]),
			Text: strings.TrimSpace(record[at["text"]]), Link: strings.TrimSpace(record[at["link"]])}
		var bad []string
		if e.Day, err = metrics.ParseDay(record[at["date"]]); err != nil {
			bad = append(bad, err.Error())
		}
		if e.Sentiment, err = domain.ParseSentiment(record[at["sentiment"]]); err != nil {
			bad = append(bad, err.Error())
		}
		if i, ok := at["phase"]; ok {
			e.Phase = strings.TrimSpace(record[i])
			if e.Phase != "" && !slices.Contains(phases, e.Phase) {
				bad = append(bad, fmt.Sprintf("phase %q is not a phase of %s (%s)", e.Phase, release, strings.Join(phases, ", ")))
			}
		}
		bad = append(bad, e.ContentProblems()...)
		for _, p := range bad {
			list.Addf(line, "%s", p)
		}
		if len(bad) == 0 {
			entries = append(entries, e)
		}
	}
	if err := list.Err(name); err != nil {
		return nil, err
	}
	return entries, nil
}

// readHeader maps column names to their positions.
func readHeader(header []string) (map[string]int, problems.List) {
	var list problems.List
	at := map[string]int{}
	for i, h := range header {
		col := strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		if first, dup := at[col]; dup {
			list.Addf(1, "columns %d and %d are both %s; keep one", first+1, i+1, col)
			continue
		}
		at[col] = i
	}
	var missing []string
	for _, c := range columns {
		if _, ok := at[c]; !ok {
			missing = append(missing, c)
		}
	}
	if len(missing) > 0 {
		list.Addf(1, "missing column %s: the first line must name %s in any order (phase optional)", strings.Join(missing, ", "), strings.Join(columns, ","))
	}
	return at, list
}
