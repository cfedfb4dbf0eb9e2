package metrics

import (
	"strings"
	"testing"
	"time"
)

func day(s string) time.Time {
	d, _ := time.Parse(time.DateOnly, s)
	return d
}

func TestReadCSV(t *testing.T) {
	tests := []struct {
		name string
		file string
		want []Value
	}{
		{"wide", "date,error_rate,Conversion (%)\n2026-11-24,0.4,3.2%\n2026-11-25,0.61,\n",
			[]Value{{"error_rate", day("2026-11-24"), 0.4}, {"conversion", day("2026-11-24"), 3.2}, {"error_rate", day("2026-11-25"), 0.61}}},
		{"long, columns in any order", "metric,value,date\np1_tickets,0,2026-11-24\nerror_rate,0.5%,2026-11-24T23:30:00-05:00\n",
			[]Value{{"p1_tickets", day("2026-11-24"), 0}, {"error_rate", day("2026-11-24"), 0.5}}},
		{"byte order mark and spaces", "\ufeffDate, error_rate\n2026-11-24, 1\n", []Value{{"error_rate", day("2026-11-24"), 1}}},
		{"header only", "date,error_rate\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadCSV("m.csv", strings.NewReader(tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %+v, want %+v", got, tt.want)
			}
			for i := range got {
				if got[i].Metric != tt.want[i].Metric || !got[i].Day.Equal(tt.want[i].Day) || got[i].Value != tt.want[i].Value {
					t.Errorf("value %d = %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestReadCSVRejects(t *testing.T) {
	tests := []struct {
		name string
		file string
		want string
	}{
		{"empty", "", "m.csv:1: the file is empty: the first line must name the columns, starting with date"},
		{"no date column", "day,error_rate\n2026-11-24,1\n", "m.csv:1: no date column: name the first line's columns date,METRIC,… (wide) or date,metric,value (long)"},
		{"no metrics", "date\n2026-11-24\n", "m.csv:1: no metric columns: add one column per metric after date, or use date,metric,value"},
		{"bad header", "date,%,error_rate,Error Rate\n", "m.csv:1: column 2 (\"%\") is not a metric name: use letters, digits and _ starting with a letter\n" +
			"m.csv:1: columns 3 and 4 are both the metric error_rate; keep one"},
		{"every bad line at once", "date,error_rate,conversion\n2026-11-24,lots,3\nyesterday,1,2\n2026-11-26,1\n2026-11-24,,3.1\n",
			"m.csv:2: error_rate value \"lots\" is not a number\n" +
				"m.csv:3: date \"yesterday\" is not YYYY-MM-DD or an RFC 3339 time\n" +
				"m.csv:4: this line has a different number of fields than the first line\n" +
				"m.csv:5: conversion for 2026-11-24 is given twice (first at line 2); keep one"},
		{"long with a bad metric", "date,metric,value\n2026-11-24,Ærror,1\n2026-11-24,x,NaN\n",
			"m.csv:2: metric \"Ærror\" is not a metric name: use letters, digits and _ starting with a letter\n" +
				"m.csv:3: x value \"NaN\" is not a number"},
		{"broken quoting", "date,error_rate\n\"2026-11-24,1\n", "m.csv:2: not valid CSV: extraneous or missing \" in quoted-field"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadCSV("m.csv", strings.NewReader(tt.file))
			if err == nil || err.Error() != tt.want {
				t.Fatalf("got\n%v\nwant\n%s", err, tt.want)
			}
		})
	}
}
