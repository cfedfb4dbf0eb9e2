//go:build linux

package main

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"time"

	"rolloutdesk/backend/devtools/footprint/measure"
)

// app is one of the two apps compared.
type app struct {
	name   string
	binary string
	// env is extra environment for a run whose scratch directory is dir.
	env func(dir string) []string
}

// settings apply to every run.
type settings struct {
	screen   string        // Xvfb screen, "WxHxDEPTH"
	settle   time.Duration // when to read memory, after start
	poll     time.Duration // how often to screenshot until the first paint
	timeout  time.Duration // give up on a run that has not painted by then
	shotsDir string        // if set, save each measured run's first painted screenshot there
}

// measureRun starts a once on a private Xvfb with an empty home directory
// (so WebKit's caches and the app's data start empty, as on a first start),
// screenshots the screen every s.poll until it shows the window and then
// content, reads the memory of the process tree s.settle after the start,
// and stops the app.
func measureRun(a app, s settings, shotName string) (measure.Run, error) {
	x, err := startXvfb(s.screen)
	if err != nil {
		return measure.Run{}, err
	}
	defer x.stop()
	screen, err := measure.DialScreen(x.display)
	if err != nil {
		return measure.Run{}, err
	}
	defer screen.Close()
	home, err := os.MkdirTemp("", "footprint-home-")
	if err != nil {
		return measure.Run{}, err
	}
	defer os.RemoveAll(home)

	cmd := exec.Command(a.binary)
	// Later entries win over the inherited ones. XAUTHORITY goes: this
	// Xvfb has no cookie.
	cmd.Env = append(os.Environ(), "DISPLAY="+x.display, "XAUTHORITY=", "HOME="+home,
		"XDG_CONFIG_HOME="+filepath.Join(home, ".config"),
		"XDG_CACHE_HOME="+filepath.Join(home, ".cache"),
		"XDG_DATA_HOME="+filepath.Join(home, ".local", "share"),
		"XDG_STATE_HOME="+filepath.Join(home, ".local", "state"))
	cmd.Env = append(cmd.Env, a.env(home)...)
	var output bytes.Buffer
	cmd.Stdout, cmd.Stderr = &output, &output
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} // to stop WebKit's processes with it
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return measure.Run{}, err
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	defer stopGroup(cmd, exited)

	settled := time.After(s.settle)
	deadline := time.After(s.timeout)
	ticker := time.NewTicker(s.poll)
	defer ticker.Stop()
	var run measure.Run
	shown, painted, weighed := false, false, false
	for !painted || !weighed {
		select {
		case err := <-exited:
			exited <- err // for stopGroup
			return run, fmt.Errorf("%s exited early (%v):\n%s", a.name, err, output.String())
		case <-deadline:
			return run, fmt.Errorf("%s showed no content within %s", a.name, s.timeout)
		case <-settled:
			if run.Processes, err = measure.Tree("/proc", cmd.Process.Pid); err != nil {
				return run, err
			}
			weighed = true
		case <-ticker.C:
			if painted {
				continue
			}
			// The time the capture was requested: the frame shows the screen
			// as of then, give or take the capture's own few milliseconds.
			at := time.Since(start)
			pixels, err := screen.Capture()
			if err != nil {
				return run, err
			}
			if !shown && measure.ShowsWindow(pixels) {
				run.WindowShown, shown = at, true
			}
			if painted = measure.ShowsContent(pixels); painted {
				run.FirstPaint = at
				procs, err := measure.Tree("/proc", cmd.Process.Pid)
				if err != nil {
					return run, err
				}
				run.PaintCPU = measure.CPU(procs)
				if s.shotsDir != "" && shotName != "" {
					w, h := screen.Size()
					if err := savePNG(filepath.Join(s.shotsDir, shotName+".png"), pixels, w, h); err != nil {
						return run, err
					}
				}
			}
		}
	}
	return run, nil
}

// savePNG writes 0xRRGGBB pixels as a PNG, to check what counted as painted.
func savePNG(path string, pixels []uint32, w, h int) error {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for i, p := range pixels {
		img.Pix[4*i], img.Pix[4*i+1], img.Pix[4*i+2], img.Pix[4*i+3] = byte(p>>16), byte(p>>8), byte(p), 255
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
