//go:build linux

package main

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"
)

// xvfb is a private X server for one run, so every run starts on the same
// empty black screen with nothing else drawing on it. It is started without
// -auth, so clients connect without a cookie.
type xvfb struct {
	cmd     *exec.Cmd
	exited  chan error
	display string // ":N"
}

// startXvfb starts Xvfb with one screen of size ("WxHxDEPTH") on the first
// free display number, which Xvfb reports through -displayfd once it accepts
// connections.
func startXvfb(size string) (*xvfb, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	cmd := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", size, "-nolisten", "tcp")
	cmd.ExtraFiles = []*os.File{w} // fd 3 in the child
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	err = cmd.Start()
	w.Close()
	if err != nil {
		return nil, fmt.Errorf("start Xvfb (apt-get install xvfb): %w", err)
	}
	x := &xvfb{cmd: cmd, exited: make(chan error, 1)}
	go func() { x.exited <- cmd.Wait() }()

	line := make(chan string, 1)
	go func() {
		s, _ := bufio.NewReader(r).ReadString('\n') // "" if Xvfb exits first
		line <- strings.TrimSpace(s)
	}()
	select {
	case n := <-line:
		if n == "" {
			x.stop()
			return nil, fmt.Errorf("Xvfb did not start: %s", stderr.String())
		}
		x.display = ":" + n
		return x, nil
	case <-time.After(15 * time.Second):
		x.stop()
		return nil, fmt.Errorf("Xvfb did not report a display within 15 s: %s", stderr.String())
	}
}

func (x *xvfb) stop() { stopGroup(x.cmd, x.exited) }

// stopGroup ends the process group cmd leads (started with Setpgid): SIGTERM,
// then SIGKILL if it is still there after 10 s. exited receives cmd.Wait's
// result.
func stopGroup(cmd *exec.Cmd, exited <-chan error) {
	syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
	select {
	case <-exited:
	case <-time.After(10 * time.Second):
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		<-exited
	}
}
