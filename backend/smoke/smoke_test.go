//go:build smoke

package smoke

import (
	"bytes"
	"context"
	"encoding/json"
	"image/png"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestDesktopWindow starts the production binary on $DISPLAY with a fresh
// data directory, waits for the "Rollout Desk" window, screenshots it, checks
// the picture shows the app, then quits the app and checks the first start
// seeded the demo workspace.
func TestDesktopWindow(t *testing.T) {
	bin := os.Getenv("ROLLOUTDESK_BINARY")
	if bin == "" {
		t.Fatal("set ROLLOUTDESK_BINARY to the production binary (make test-smoke does)")
	}
	checkDesktopWindow(t, bin)
}

// checkDesktopWindow is TestDesktopWindow for the binary bin: it also checks
// the binary installed from the .deb (deb_test.go). The screenshot goes to
// $ROLLOUTDESK_SMOKE_SHOT when set.
func checkDesktopWindow(t *testing.T, bin string) {
	t.Helper()
	if os.Getenv("DISPLAY") == "" {
		t.Fatal("no DISPLAY: run under xvfb-run (make test-smoke does)")
	}
	dataDir := t.TempDir()
	var output bytes.Buffer
	app := exec.Command(bin)
	app.Env = append(os.Environ(), "ROLLOUTDESK_DATA_DIR="+dataDir)
	app.Stdout, app.Stderr = &output, &output
	app.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := app.Start(); err != nil {
		t.Fatalf("start %s: %v", bin, err)
	}
	// exited is closed when the app has exited, with the cause in exitErr:
	// both waitFor and stop may wait for it.
	var exitErr error
	exited := make(chan struct{})
	go func() { exitErr = app.Wait(); close(exited) }()
	stopped := false
	stop := func() {
		if stopped {
			return
		}
		stopped = true
		syscall.Kill(-app.Process.Pid, syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			syscall.Kill(-app.Process.Pid, syscall.SIGKILL)
			<-exited
		}
	}
	t.Cleanup(stop)

	waitFor(t, "the Rollout Desk window", 90*time.Second, exited, &exitErr, &output, func() bool {
		out, err := exec.Command("xwininfo", "-root", "-tree").Output()
		return err == nil && strings.Contains(string(out), `"Rollout Desk"`)
	})

	// Wait until the window shows the app and has settled: two screenshots
	// in a row the same (a loading spinner keeps changing).
	var shot, previous []byte
	var measured Blankness
	waitFor(t, "the window to show the app", 60*time.Second, exited, &exitErr, &output, func() bool {
		previous = shot
		var err error
		shot, err = exec.Command("import", "-window", "root", "png:-").Output()
		if err != nil {
			return false
		}
		img, err := png.Decode(bytes.NewReader(shot))
		if err != nil {
			return false
		}
		measured = Measure(img)
		return measured.ShowsContent() && bytes.Equal(shot, previous)
	})
	t.Logf("screenshot: %d colours, dominant colour covers %.0f%%", measured.Colours, 100*measured.DominantShare)
	if path := os.Getenv("ROLLOUTDESK_SMOKE_SHOT"); path != "" {
		if err := os.WriteFile(path, shot, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot saved to %s", path)
	}
	stop()

	// The first start must have seeded the demo workspace.
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, bin, "--data-dir", dataDir, "flags", "--json").Output()
	if err != nil {
		t.Fatalf("read the workspace back: %v", err)
	}
	var flags struct {
		Flags []struct{ Provider string } `json:"flags"`
	}
	if err := json.Unmarshal(out, &flags); err != nil || len(flags.Flags) == 0 || flags.Flags[0].Provider != "demo" {
		t.Fatalf("first start did not seed the demo workspace: %s (%v)", out, err)
	}
}

// waitFor polls cond every half second until it holds, the app exits, or
// the limit passes.
func waitFor(t *testing.T, what string, limit time.Duration, exited <-chan struct{}, exitErr *error, output *bytes.Buffer, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for !cond() {
		select {
		case <-exited:
			t.Fatalf("the app exited while waiting for %s: %v\n%s", what, *exitErr, output)
		case <-time.After(500 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting for %s after %v; app output:\n%s", what, limit, output)
		}
	}
}
