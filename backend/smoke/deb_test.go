//go:build smoke

package smoke

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestDebPackage checks the .deb in $ROLLOUTDESK_DEB the way a user meets
// it: its control fields and files, that apt can resolve its dependencies
// here, that it installs with `dpkg -i`, that the installed rolloutdesk
// opens its window on a fresh workspace (the same check as
// TestDesktopWindow), and that `dpkg -r` removes it again.
//
// The real install changes the machine, so it happens only as root with
// CI=true (CI runs in a fresh clone on a throwaway machine) or with
// ROLLOUTDESK_DEB_INSTALL=1. Otherwise, and when another version of
// rolloutdesk is already installed, the test says so and checks the binary
// from the unpacked package instead. Run it with `make test-deb`.
func TestDebPackage(t *testing.T) {
	deb := os.Getenv("ROLLOUTDESK_DEB")
	if deb == "" {
		t.Skip("set ROLLOUTDESK_DEB to a .deb to check it (make test-deb does)")
	}
	deb, err := filepath.Abs(deb)
	if err != nil {
		t.Fatal(err)
	}

	fields := debFields(t, deb)
	t.Logf("%s: %s %s (%s)", filepath.Base(deb), fields["Package"], fields["Version"], fields["Architecture"])
	if fields["Package"] != "rolloutdesk" {
		t.Errorf("Package = %q, want rolloutdesk", fields["Package"])
	}
	if want := os.Getenv("ROLLOUTDESK_WANT_DEB_VERSION"); want != "" && fields["Version"] != want {
		t.Errorf("Version = %q, want %q", fields["Version"], want)
	}
	if arch := run(t, "dpkg", "--print-architecture"); fields["Architecture"] != strings.TrimSpace(arch) {
		t.Errorf("Architecture = %q, want this machine's %q", fields["Architecture"], strings.TrimSpace(arch))
	}
	depends := fields["Depends"]
	for _, pkg := range []string{`libwebkit2gtk-4\.1-0`, `libgtk-3-0(t64)?`} {
		if !regexp.MustCompile(`(^|[ ,|])` + pkg + `( |,|$)`).MatchString(depends) {
			t.Errorf("Depends %q names no %s", depends, pkg)
		}
	}
	for _, f := range []string{"Maintainer", "Description", "Installed-Size"} {
		if fields[f] == "" {
			t.Errorf("control field %s is missing", f)
		}
	}

	contents := run(t, "dpkg-deb", "--contents", deb)
	for _, want := range []string{
		"-rwxr-xr-x root/root .* ./usr/bin/rolloutdesk$",
		"-rw-r--r-- root/root .* ./usr/share/applications/rolloutdesk.desktop$",
		"-rw-r--r-- root/root .* ./usr/share/icons/hicolor/512x512/apps/rolloutdesk.png$",
	} {
		if !regexp.MustCompile("(?m)^" + want).MatchString(contents) {
			t.Errorf("the package has no file matching %q:\n%s", want, contents)
		}
	}
	if t.Failed() {
		t.FailNow()
	}

	// apt resolves the Depends against this machine's package lists (as a
	// user's `apt install ./rolloutdesk_*.deb` would); no root needed.
	sim, err := exec.Command("apt-get", "install", "--simulate", "--no-install-recommends", deb).CombinedOutput()
	if err != nil {
		t.Fatalf("apt-get install --simulate %s: %v\n%s", deb, err, sim)
	}
	if !regexp.MustCompile(`(?m)^Inst rolloutdesk |rolloutdesk is already the newest version`).Match(sim) {
		t.Fatalf("apt-get install --simulate would not install rolloutdesk:\n%s", sim)
	}
	t.Log("apt-get install --simulate resolves every dependency")

	root := "/" // where the package's files are
	if reason := whyNoRealInstall(t, fields["Version"]); reason != "" {
		t.Logf("NOT installing the package for real (%s); checking the unpacked package instead", reason)
		root = t.TempDir()
		run(t, "dpkg-deb", "--extract", deb, root)
	} else {
		t.Cleanup(func() { removePackage(t) }) // also when a check below fails
		out := dpkg(t, "--install", deb)
		t.Logf("dpkg --install %s:\n%s", filepath.Base(deb), out)
		if status := packageStatus(); !strings.HasPrefix(status, "install ok installed") {
			t.Fatalf("after dpkg --install the package is %q", status)
		}
		if path, err := exec.LookPath("rolloutdesk"); err != nil || path != "/usr/bin/rolloutdesk" {
			t.Fatalf("rolloutdesk on PATH is %q (%v), want /usr/bin/rolloutdesk", path, err)
		}
	}
	bin := filepath.Join(root, "usr/bin/rolloutdesk")

	// The command line works and reports the version the package claims.
	out := run(t, bin, "version", "--json")
	var v struct{ Version, Commit, Date string }
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("rolloutdesk version --json: %v\n%s", err, out)
	}
	t.Logf("rolloutdesk version: %s, commit %s, built %s", v.Version, v.Commit, v.Date)
	if want := os.Getenv("ROLLOUTDESK_WANT_VERSION"); want != "" && v.Version != want {
		t.Errorf("the packaged binary says version %q, want %q", v.Version, want)
	}
	if v.Commit == "" || v.Commit == "unknown" || v.Date == "" || v.Date == "unknown" {
		t.Errorf("the packaged binary has no commit or build date: %s", out)
	}

	checkDesktopEntry(t, root)
	checkDesktopWindow(t, bin)

	if root == "/" {
		removePackage(t)
		if _, err := os.Stat("/usr/bin/rolloutdesk"); !os.IsNotExist(err) {
			t.Errorf("/usr/bin/rolloutdesk is still there after dpkg --remove (%v)", err)
		}
	}
}

// whyNoRealInstall says why the package must not be installed on this
// machine, or "" when it may.
func whyNoRealInstall(t *testing.T, version string) string {
	t.Helper()
	switch {
	case os.Geteuid() != 0:
		return "not root"
	case os.Getenv("CI") != "true" && os.Getenv("ROLLOUTDESK_DEB_INSTALL") != "1":
		return "not in CI: set CI=true or ROLLOUTDESK_DEB_INSTALL=1 to let the test install and remove it"
	}
	if status := packageStatus(); status != "" && !strings.HasPrefix(status, "unknown ") && !strings.Contains(status, "not-installed") {
		installed, _ := exec.Command("dpkg-query", "-W", "-f=${Version}", "rolloutdesk").Output()
		if string(installed) != version {
			// Someone's own installation: leave it alone.
			return "rolloutdesk " + string(installed) + " is installed already (" + status + ")"
		}
		// The same version, left by an interrupted run of this test.
	}
	return ""
}

// packageStatus is dpkg's status of the rolloutdesk package ("" when dpkg
// has never heard of it).
func packageStatus() string {
	out, err := exec.Command("dpkg-query", "-W", "-f=${Status}", "rolloutdesk").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

func removePackage(t *testing.T) {
	t.Helper()
	if status := packageStatus(); status == "" || strings.Contains(status, "not-installed") {
		return
	}
	out := dpkg(t, "--remove", "rolloutdesk")
	t.Logf("dpkg --remove rolloutdesk:\n%s", out)
}

// dpkg runs dpkg, waiting (up to two minutes) while another package
// manager holds its lock.
func dpkg(t *testing.T, args ...string) string {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for {
		out, err := exec.Command("dpkg", args...).CombinedOutput()
		if err == nil {
			return string(out)
		}
		if !strings.Contains(string(out), "lock") || time.Now().After(deadline) {
			t.Fatalf("dpkg %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		time.Sleep(3 * time.Second)
	}
}

// checkDesktopEntry checks the menu entry under root: it is valid, starts
// the installed binary and names an icon the package ships.
func checkDesktopEntry(t *testing.T, root string) {
	t.Helper()
	path := filepath.Join(root, "usr/share/applications/rolloutdesk.desktop")
	if validate, err := exec.LookPath("desktop-file-validate"); err == nil {
		if out, err := exec.Command(validate, path).CombinedOutput(); err != nil || len(out) > 0 {
			t.Errorf("desktop-file-validate %s: %v\n%s", path, err, out)
		}
	} else {
		t.Log("desktop-file-validate not found (Debian package desktop-file-utils); only reading the entry")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	entry := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), "="); ok {
			entry[k] = v
		}
	}
	if argv := strings.Fields(entry["Exec"]); len(argv) == 0 || argv[0] != "rolloutdesk" {
		t.Errorf("Exec=%q does not start rolloutdesk from PATH (/usr/bin)", entry["Exec"])
	}
	icon := filepath.Join(root, "usr/share/icons/hicolor/512x512/apps", entry["Icon"]+".png")
	if _, err := os.Stat(icon); err != nil {
		t.Errorf("Icon=%s: %v", entry["Icon"], err)
	}
	if entry["Name"] != "Rollout Desk" || entry["Type"] != "Application" {
		t.Errorf("desktop entry Name=%q Type=%q", entry["Name"], entry["Type"])
	}
}

// debFields reads the control fields of a .deb.
func debFields(t *testing.T, deb string) map[string]string {
	t.Helper()
	out := run(t, "dpkg-deb", "--field", deb)
	fields := map[string]string{}
	var last string
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, " ") && last != "" {
			fields[last] += "\n" + line
			continue
		}
		if k, v, ok := strings.Cut(line, ":"); ok {
			last = k
			fields[k] = strings.TrimSpace(v)
		}
	}
	return fields
}

// run runs a command (at most a minute) and returns its standard output.
func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.String())
	}
	return string(out)
}
