package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"rolloutdesk/backend/version"
)

func TestVersion(t *testing.T) {
	defer func(v, c, d string) { version.Version, version.Commit, version.Date = v, c, d }(version.Version, version.Commit, version.Date)
	version.Version = "v1.4.0"
	version.Commit = "0123456789abcdef0123456789abcdef01234567"
	version.Date = "2026-01-02T03:04:05Z"

	code, out, errOut := run(t, nil, "version")
	if code != 0 || errOut != "" {
		t.Fatalf("version: code %d, stderr %q", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "rolloutdesk v1.4.0 (schema ") ||
		lines[1] != "commit 0123456789ab, built 2026-01-02T03:04:05Z" {
		t.Fatalf("version printed %q", out)
	}

	code, out, errOut = run(t, nil, "version", "--json")
	if code != 0 || errOut != "" {
		t.Fatalf("version --json: code %d, stderr %q", code, errOut)
	}
	var got versionInfo
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("version --json is not JSON: %v\n%s", err, out)
	}
	if got.Version != "v1.4.0" || got.Commit != version.Commit || got.Date != version.Date ||
		got.Schema <= 0 || !strings.HasPrefix(got.Go, "go") || !strings.Contains(got.Platform, "/") {
		t.Fatalf("version --json = %+v", got)
	}
}

func TestVersionWithoutLinkTimeValues(t *testing.T) {
	defer func(v, c, d string) { version.Version, version.Commit, version.Date = v, c, d }(version.Version, version.Commit, version.Date)
	version.Version, version.Commit, version.Date = "dev", "", ""

	code, out, _ := run(t, nil, "version", "--json")
	var got map[string]any
	if code != 0 || json.Unmarshal([]byte(out), &got) != nil {
		t.Fatalf("version --json: code %d, %q", code, out)
	}
	for _, key := range []string{"version", "commit", "date", "schema", "go", "platform"} {
		if v, ok := got[key]; !ok || v == "" {
			t.Errorf("version --json has no %q: %s", key, out)
		}
	}
	if got["date"] != version.Unknown {
		t.Errorf("date = %v, want %q for a build without one", got["date"], version.Unknown)
	}
}
