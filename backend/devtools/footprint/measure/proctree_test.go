package measure

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"
)

// fakeProc writes a /proc with the given processes: pid → parent, name and
// Rss/Pss in kB. A process with rss < 0 has a stat file only, like one that
// exits while being read.
func fakeProc(t *testing.T, procs map[int]struct {
	ppid     int
	name     string
	rss, pss int
}) string {
	t.Helper()
	root := t.TempDir()
	for pid, p := range procs {
		dir := filepath.Join(root, strconv.Itoa(pid))
		must(t, os.Mkdir(dir, 0o755))
		// utime and stime (fields 14 and 15) are the process's rss and pss, in ticks.
		stat := strconv.Itoa(pid) + " (" + p.name + ") S " + strconv.Itoa(p.ppid) + " 1 1 0 -1 4194560 9 0 0 0 " +
			strconv.Itoa(p.rss) + " " + strconv.Itoa(p.pss) + " 0 0 20 0 1\n"
		must(t, os.WriteFile(filepath.Join(dir, "stat"), []byte(stat), 0o644))
		if p.rss < 0 {
			continue
		}
		must(t, os.WriteFile(filepath.Join(dir, "comm"), []byte(p.name+"\n"), 0o644))
		rollup := "55a0-7ffd ---p 00000000 00:00 0 [rollup]\nRss:  " + strconv.Itoa(p.rss) +
			" kB\nPss:  " + strconv.Itoa(p.pss) + " kB\nPss_Dirty:  1 kB\nShared_Clean:  9 kB\n"
		must(t, os.WriteFile(filepath.Join(dir, "smaps_rollup"), []byte(rollup), 0o644))
	}
	must(t, os.Mkdir(filepath.Join(root, "self"), 0o755)) // not a PID: ignored
	return root
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestTreeSumsTheAppAndItsDescendants(t *testing.T) {
	root := fakeProc(t, map[int]struct {
		ppid     int
		name     string
		rss, pss int
	}{
		1:  {0, "init", 10, 5},
		10: {1, "rolloutdesk", 1000, 600},
		11: {10, "WebKitWebProces", 2000, 1500},
		12: {10, "WebKitNetworkPr", 500, 300},
		13: {11, "a (b) c", 7, 7}, // grandchild; parentheses in the name
		14: {10, "gone", -1, 0},
		20: {1, "Xvfb", 9000, 9000},
	})
	procs, err := Tree(root, 10)
	if err != nil {
		t.Fatal(err)
	}
	var pids []int
	for _, p := range procs {
		pids = append(pids, p.PID)
	}
	slices.Sort(pids)
	if !slices.Equal(pids, []int{10, 11, 12, 13}) {
		t.Fatalf("Tree found PIDs %v, want 10–13", pids)
	}
	run := Run{Processes: procs}
	if got, want := run.RSS(), int64(3507*1024); got != want {
		t.Errorf("RSS = %d, want %d", got, want)
	}
	if got, want := run.PSS(), int64(2407*1024); got != want {
		t.Errorf("PSS = %d, want %d", got, want)
	}
	if got, want := run.RSSOf(WebProcess), int64(2000*1024); got != want {
		t.Errorf("RSSOf(web process) = %d, want %d", got, want)
	}
	if got, want := CPU(procs), (3507+2407)*10*time.Millisecond; got != want {
		t.Errorf("CPU = %s, want %s", got, want)
	}
}

func TestTreeFailsForAMissingProcess(t *testing.T) {
	if _, err := Tree(t.TempDir(), 10); err == nil {
		t.Fatal("Tree succeeded for a PID that does not exist")
	}
}

func TestTreeReadsTheRealProc(t *testing.T) {
	if _, err := os.Stat("/proc/self/smaps_rollup"); err != nil {
		t.Skip("no /proc/PID/smaps_rollup here:", err)
	}
	procs, err := Tree("/proc", os.Getpid())
	if err != nil {
		t.Fatal(err)
	}
	if len(procs) == 0 || procs[0].PID != os.Getpid() || procs[0].RSS <= 0 || procs[0].PSS <= 0 {
		t.Fatalf("Tree(/proc, self) = %+v, want this process with its memory", procs)
	}
}
