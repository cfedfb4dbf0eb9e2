//go:build linux

package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// helloBinary returns the baseline: the hello-world app that the pinned
// Wails CLI generates from its react-ts template (React + TypeScript + Vite,
// the same stack as Rollout Desk), built for WebKitGTK 4.1. It is built into
// cacheDir/hello-<CLI version> on first use and reused after that.
func helloBinary(wails, cacheDir string) (string, error) {
	// Absolute, because the build runs in the new project's directory.
	wails, err := exec.LookPath(wails)
	if err != nil {
		return "", fmt.Errorf("%w (make deps installs the pinned CLI)", err)
	}
	if wails, err = filepath.Abs(wails); err != nil {
		return "", err
	}
	version, err := cliVersion(wails)
	if err != nil {
		return "", err
	}
	dir, err := filepath.Abs(filepath.Join(cacheDir, "hello-"+version))
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "build", "bin", "hello")
	if _, err := os.Stat(bin); err == nil {
		return bin, nil
	}
	fmt.Fprintf(os.Stderr, "building the hello-world app with Wails %s into %s (a few minutes)\n", version, dir)
	// wails init refuses a directory that exists, e.g. from an interrupted build.
	if err := os.RemoveAll(dir); err != nil {
		return "", err
	}
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return "", err
	}
	if err := runLogged("", wails, "init", "-n", "hello", "-t", "react-ts", "-d", dir); err != nil {
		return "", err
	}
	if err := runLogged(dir, wails, "build", "-tags", "webkit2_41", "-o", "hello"); err != nil {
		return "", err
	}
	return bin, nil
}

// cliVersion is the first line `wails version` prints, e.g. "v2.16.0".
func cliVersion(wails string) (string, error) {
	out, err := exec.Command(wails, "version").Output()
	if err != nil {
		return "", fmt.Errorf("%s version: %w", wails, err)
	}
	line, _, _ := strings.Cut(string(out), "\n")
	if line = strings.TrimSpace(line); !strings.HasPrefix(line, "v") {
		return "", fmt.Errorf("%s version printed %q", wails, out)
	}
	return line, nil
}

// runLogged runs a command in dir with its output on stderr, so a long
// build shows progress.
func runLogged(dir, name string, args ...string) error {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%s %s: %w", name, strings.Join(args, " "), err)
	}
	return nil
}
