package measure

import (
	"strings"
	"testing"
	"time"
)

func run(webMiB, appMiB int64, paint time.Duration) Run {
	return Run{
		Processes: []Process{
			{Name: "app", RSS: appMiB << 20, PSS: appMiB << 19},
			{Name: WebProcess, RSS: webMiB << 20, PSS: webMiB << 19},
		},
		WindowShown: paint / 2,
		FirstPaint:  paint,
		PaintCPU:    paint * 3 / 4,
	}
}

func TestTableComparesMedians(t *testing.T) {
	hello := App{Name: "hello", Runs: []Run{run(100, 100, 2*time.Second), run(110, 100, 1*time.Second), run(90, 100, 9*time.Second)}}
	desk := App{Name: "desk", Runs: []Run{run(150, 100, 3*time.Second), run(140, 100, 3*time.Second), run(500, 100, 1*time.Second)}}
	got := Table(hello, desk)
	for _, want := range []string{
		"| median of 3 runs | hello | desk | ratio |",
		"| **RSS, whole process tree** | 200 MiB | 250 MiB | 1.25× |",
		"| RSS, WebKitWebProcess | 100 MiB | 150 MiB | 1.50× |",
		"| RSS, WebKitNetworkProcess | 0 MiB | 0 MiB | – |",
		"| RSS, app process | 100 MiB | 100 MiB | 1.00× |",
		"| PSS, whole process tree | 100 MiB | 125 MiB | 1.25× |",
		"| time to window shown | 1.00 s | 1.50 s | 1.50× |",
		"| **time to first paint** | 2.00 s | 3.00 s | 1.50× |",
		"| CPU time to first paint, whole tree | 1.50 s | 2.25 s | 1.50× |",
	} {
		if !strings.Contains(got, want+"\n") {
			t.Errorf("table lacks %q:\n%s", want, got)
		}
	}
}

func TestMedianOfAnEvenCount(t *testing.T) {
	runs := []Run{run(1, 0, 4*time.Second), run(1, 0, 1*time.Second), run(1, 0, 2*time.Second), run(1, 0, 8*time.Second)}
	if got := median(runs, func(r Run) float64 { return r.FirstPaint.Seconds() }); got != 3 {
		t.Errorf("median = %v, want 3", got)
	}
}

func TestRunsTableListsEveryRun(t *testing.T) {
	got := RunsTable(App{Name: "hello", Runs: []Run{run(100, 50, 1500*time.Millisecond)}})
	if want := "| hello | 1 | 150 MiB | 100 MiB | 0.75 s | 1.50 s | 1.12 s |\n"; !strings.Contains(got, want) {
		t.Errorf("runs table lacks %q:\n%s", want, got)
	}
}
