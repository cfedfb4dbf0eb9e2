package measure

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Process is one process's memory, in bytes, and the CPU time it has used.
type Process struct {
	PID  int
	Name string // /proc/PID/comm, e.g. "WebKitWebProces" (the kernel cuts it to 15 bytes)
	RSS  int64  // resident set size: every page mapped and in memory, shared ones included
	PSS  int64  // proportional set size: shared pages split between the processes mapping them
	CPU  time.Duration
}

// clockTick is the unit of /proc/PID/stat's CPU times: USER_HZ, 100 on
// every Linux architecture Go supports (sysconf would need cgo).
const clockTick = 10 * time.Millisecond

// Tree returns the memory of pid and of all its descendants (WebKit's web
// and network processes are children of the app) as read from procRoot,
// normally "/proc". Processes that exit while being read are skipped.
func Tree(procRoot string, pid int) ([]Process, error) {
	children, err := childrenOf(procRoot)
	if err != nil {
		return nil, err
	}
	var out []Process
	for queue := []int{pid}; len(queue) > 0; queue = queue[1:] {
		p := queue[0]
		queue = append(queue, children[p]...)
		proc, err := readProcess(procRoot, p)
		if os.IsNotExist(err) && p != pid {
			continue
		}
		if err != nil {
			return nil, err
		}
		out = append(out, proc)
	}
	return out, nil
}

// childrenOf maps each parent PID to its children's, from every /proc/PID/stat.
func childrenOf(procRoot string) (map[int][]int, error) {
	entries, err := os.ReadDir(procRoot)
	if err != nil {
		return nil, err
	}
	children := map[int][]int{}
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		fields, err := statFields(procRoot, pid)
		if os.IsNotExist(err) {
			continue // exited meanwhile
		}
		if err != nil {
			return nil, err
		}
		ppid, err := strconv.Atoi(fields[1])
		if err != nil {
			return nil, fmt.Errorf("%s/%d/stat: parent PID: %w", procRoot, pid, err)
		}
		children[ppid] = append(children[ppid], pid)
	}
	return children, nil
}

// statFields returns the fields of /proc/PID/stat after the command name,
// so that fields[0] is the state (field 3 in proc(5)) and fields[1] the
// parent PID.
func statFields(procRoot string, pid int) ([]string, error) {
	stat, err := os.ReadFile(filepath.Join(procRoot, strconv.Itoa(pid), "stat"))
	if err != nil {
		return nil, err
	}
	// "PID (comm) STATE PPID ...": comm may hold spaces and parentheses, so
	// split after the last ')'.
	fields := strings.Fields(string(stat[bytes.LastIndexByte(stat, ')')+1:]))
	if len(fields) < 13 {
		return nil, fmt.Errorf("%s/%d/stat: unexpected format", procRoot, pid)
	}
	return fields, nil
}

// readProcess reads one process's name, its CPU time (utime + stime, proc(5)
// fields 14 and 15) and its Rss and Pss totals from smaps_rollup (the same
// Rss as VmRSS in /proc/PID/status).
func readProcess(procRoot string, pid int) (Process, error) {
	dir := filepath.Join(procRoot, strconv.Itoa(pid))
	comm, err := os.ReadFile(filepath.Join(dir, "comm"))
	if err != nil {
		return Process{}, err
	}
	stat, err := statFields(procRoot, pid)
	if err != nil {
		return Process{}, err
	}
	p := Process{PID: pid, Name: strings.TrimSpace(string(comm))}
	for _, field := range stat[11:13] {
		ticks, err := strconv.ParseInt(field, 10, 64)
		if err != nil {
			return Process{}, fmt.Errorf("%s/stat: CPU time: %w", dir, err)
		}
		p.CPU += time.Duration(ticks) * clockTick
	}
	f, err := os.Open(filepath.Join(dir, "smaps_rollup"))
	if err != nil {
		return Process{}, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		key, value, ok := strings.Cut(sc.Text(), ":")
		if !ok || (key != "Rss" && key != "Pss") {
			continue
		}
		kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(value), " kB"), 10, 64)
		if err != nil {
			return Process{}, fmt.Errorf("%s/smaps_rollup: %s: %w", dir, key, err)
		}
		if key == "Rss" {
			p.RSS = kb * 1024
		} else {
			p.PSS = kb * 1024
		}
	}
	return p, sc.Err()
}
