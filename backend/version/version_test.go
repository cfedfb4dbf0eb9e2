package version

import (
	"runtime"
	"runtime/debug"
	"testing"
)

func TestGetUsesLinkTimeValues(t *testing.T) {
	defer func(v, c, d string) { Version, Commit, Date = v, c, d }(Version, Commit, Date)
	Version, Commit, Date = "v1.2.3", "0123456789abcdef0123456789abcdef01234567", "2026-01-02T03:04:05Z"

	got := Get()
	want := Info{Version: "v1.2.3", Commit: Commit, Date: Date, Go: runtime.Version(), Platform: runtime.GOOS + "/" + runtime.GOARCH}
	if got != want {
		t.Fatalf("Get() = %+v, want %+v", got, want)
	}
	if s := got.Short(); s != "0123456789ab" {
		t.Errorf("Short() = %q", s)
	}
}

func TestGetWithoutLinkTimeValues(t *testing.T) {
	defer func(v, c, d string) { Version, Commit, Date = v, c, d }(Version, Commit, Date)
	Version, Commit, Date = "", "", ""

	got := Get()
	if got.Version != "dev" || got.Date != Unknown || got.Commit == "" {
		t.Fatalf("Get() = %+v, want version dev, date unknown and some commit", got)
	}
	if got.Short() == "" {
		t.Error("Short() is empty")
	}
}

func TestCommitFromBuildInfo(t *testing.T) {
	tests := []struct {
		name     string
		settings []debug.BuildSetting
		want     string
	}{
		{"no stamp", []debug.BuildSetting{{Key: "GOOS", Value: "linux"}}, ""},
		{"clean", []debug.BuildSetting{{Key: "vcs.revision", Value: "abc"}, {Key: "vcs.modified", Value: "false"}}, "abc"},
		{"dirty", []debug.BuildSetting{{Key: "vcs.modified", Value: "true"}, {Key: "vcs.revision", Value: "abc"}}, "abc-dirty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := commitFromBuildInfo(tt.settings); got != tt.want {
				t.Errorf("commitFromBuildInfo = %q, want %q", got, tt.want)
			}
		})
	}
}
