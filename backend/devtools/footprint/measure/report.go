package measure

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// Run is what one start of an app measured.
type Run struct {
	Processes   []Process     // the process tree, settle time after start
	WindowShown time.Duration // from exec to the first screenshot showing the window
	FirstPaint  time.Duration // from exec to the first screenshot showing content
	PaintCPU    time.Duration // CPU time the process tree had used by then
}

// CPU sums the CPU time of processes.
func CPU(processes []Process) time.Duration {
	var total time.Duration
	for _, p := range processes {
		total += p.CPU
	}
	return total
}

// RSS sums the resident set size over the process tree.
func (r Run) RSS() int64 { return r.sum(func(p Process) int64 { return p.RSS }, "") }

// PSS sums the proportional set size over the process tree.
func (r Run) PSS() int64 { return r.sum(func(p Process) int64 { return p.PSS }, "") }

// RSSOf sums the resident set size of the processes called name.
func (r Run) RSSOf(name string) int64 { return r.sum(func(p Process) int64 { return p.RSS }, name) }

func (r Run) sum(field func(Process) int64, name string) int64 {
	var total int64
	for _, p := range r.Processes {
		if name == "" || p.Name == name {
			total += field(p)
		}
	}
	return total
}

// The names WebKitGTK gives its helper processes (cut to 15 bytes by the kernel).
const (
	WebProcess     = "WebKitWebProces"
	NetworkProcess = "WebKitNetworkPr"
)

// App is one app's runs, under a display name.
type App struct {
	Name string
	Runs []Run
}

// metric is one row of the comparison: how to read a figure from a run.
type metric struct {
	label  string
	value  func(Run) float64
	format func(float64) string
}

var metrics = []metric{
	{"**RSS, whole process tree**", func(r Run) float64 { return float64(r.RSS()) }, megabytes},
	{"RSS, WebKitWebProcess", func(r Run) float64 { return float64(r.RSSOf(WebProcess)) }, megabytes},
	{"RSS, WebKitNetworkProcess", func(r Run) float64 { return float64(r.RSSOf(NetworkProcess)) }, megabytes},
	{"RSS, app process", func(r Run) float64 {
		return float64(r.RSS() - r.RSSOf(WebProcess) - r.RSSOf(NetworkProcess))
	}, megabytes},
	{"PSS, whole process tree", func(r Run) float64 { return float64(r.PSS()) }, megabytes},
	{"time to window shown", func(r Run) float64 { return r.WindowShown.Seconds() }, seconds},
	{"**time to first paint**", func(r Run) float64 { return r.FirstPaint.Seconds() }, seconds},
	{"CPU time to first paint, whole tree", func(r Run) float64 { return r.PaintCPU.Seconds() }, seconds},
}

// Table compares app with baseline in Markdown: the median of each figure
// over the runs, and app's median divided by baseline's.
func Table(baseline, app App) string {
	var b strings.Builder
	fmt.Fprintf(&b, "| median of %d runs | %s | %s | ratio |\n| --- | --- | --- | --- |\n", len(app.Runs), baseline.Name, app.Name)
	for _, m := range metrics {
		base, mine := median(baseline.Runs, m.value), median(app.Runs, m.value)
		ratio := "–"
		if base > 0 {
			ratio = fmt.Sprintf("%.2f×", mine/base)
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", m.label, m.format(base), m.format(mine), ratio)
	}
	return b.String()
}

// RunsTable lists every run's memory and timings, to show the spread behind
// the medians.
func RunsTable(apps ...App) string {
	var b strings.Builder
	b.WriteString("| app | run | RSS, tree | web process | window shown | first paint | CPU by first paint |\n| --- | --- | --- | --- | --- | --- | --- |\n")
	for _, a := range apps {
		for i, r := range a.Runs {
			fmt.Fprintf(&b, "| %s | %d | %s | %s | %s | %s | %s |\n", a.Name, i+1,
				megabytes(float64(r.RSS())), megabytes(float64(r.RSSOf(WebProcess))),
				seconds(r.WindowShown.Seconds()), seconds(r.FirstPaint.Seconds()), seconds(r.PaintCPU.Seconds()))
		}
	}
	return b.String()
}

// median of value over runs; the mean of the middle two for an even count.
func median(runs []Run, value func(Run) float64) float64 {
	if len(runs) == 0 {
		return 0
	}
	v := make([]float64, len(runs))
	for i, r := range runs {
		v[i] = value(r)
	}
	slices.Sort(v)
	if n := len(v); n%2 == 0 {
		return (v[n/2-1] + v[n/2]) / 2
	}
	return v[len(v)/2]
}

func megabytes(b float64) string { return fmt.Sprintf("%.0f MiB", b/(1<<20)) }

func seconds(s float64) string { return fmt.Sprintf("%.2f s", s) }
