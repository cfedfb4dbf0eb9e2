package cli

import (
	"archive/zip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/store"
)

func TestCommsRender(t *testing.T) {
	dir := t.TempDir()
	if code, _, errOut := run(t, nil, "--data-dir", dir, "demo", "load"); code != 0 {
		t.Fatalf("demo load: %s", errOut)
	}
	out := filepath.Join(t.TempDir(), "comms")
	code, stdout, errOut := run(t, nil, "--data-dir", dir, "--json", "comms", "render", "new-checkout", "--phase", "Beta 5%", "--out", out)
	var got struct {
		Release string   `json:"release"`
		Files   []string `json:"files"`
	}
	if code != 0 || json.Unmarshal([]byte(stdout), &got) != nil || got.Release != "new-checkout" {
		t.Fatalf("render: %d %q %q", code, stdout, errOut)
	}
	var rel []string
	for _, f := range got.Files {
		r, _ := filepath.Rel(out, f)
		rel = append(rel, filepath.ToSlash(r))
	}
	for _, want := range []string{
		"index.html",
		"beta-5/email-beta-invitation.eml", "beta-5/email-beta-invitation.html", "beta-5/email-beta-invitation.md",
		"beta-5/in_app-in-app-banner.html", "beta-5/in_app-in-app-banner.json", "beta-5/in_app-in-app-banner.md",
		"beta-5/support-support-guide.html", "beta-5/support-support-guide.md",
	} {
		if !strings.Contains(strings.Join(rel, " "), want) {
			t.Errorf("no %s among %v", want, rel)
		}
	}
	for _, f := range got.Files {
		if _, err := os.Stat(f); err != nil {
			t.Error(err)
		}
	}

	code, stdout, _ = run(t, nil, "--data-dir", dir, "comms", "render", "new-checkout", "--out", out)
	if code != 0 || !strings.Contains(stdout, "for release new-checkout to "+out) {
		t.Fatalf("render every phase: %d %q", code, stdout)
	}
	if _, err := os.Stat(filepath.Join(out, "ga", "email-ga-announcement.eml")); err != nil {
		t.Error(err)
	}

	bundle := filepath.Join(t.TempDir(), "beta.zip")
	if code, _, errOut = run(t, nil, "--data-dir", dir, "comms", "bundle", "new-checkout", "--phase", "Beta 5%", "-o", bundle); code != 0 {
		t.Fatalf("bundle: %s", errOut)
	}
	zr, err := zip.OpenReader(bundle)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	if len(zr.File) != len(got.Files) {
		t.Errorf("bundle has %d files, the folder %d", len(zr.File), len(got.Files))
	}

	tests := []struct {
		name    string
		args    []string
		wantOut string
		wantErr string
	}{
		{"unknown release", []string{"comms", "render", "nope", "--out", out}, "", "rolloutdesk plan list shows the releases"},
		{"unknown phase", []string{"comms", "render", "new-checkout", "--phase", "Pilot", "--out", out}, "", `no phase "Pilot"`},
		{"out is required", []string{"comms", "render", "new-checkout"}, "", `required flag(s) "out" not set`},
		{"bad sender", []string{"comms", "sender", "nobody"}, "", "the email sender: “nobody” is not an email address: it has no @"},
		{"default sender", []string{"comms", "sender"}, "Rollout Desk <releases@example.com>", ""},
		{"set sender", []string{"comms", "sender", "Shop <news@shop.example>"}, "Shop <news@shop.example>", ""},
		{"render help has an example", []string{"comms", "render", "--help"}, "rolloutdesk comms render new-checkout --out comms", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, errOut := run(t, nil, append([]string{"--data-dir", dir}, tt.args...)...)
			wantCode := 0
			if tt.wantErr != "" {
				wantCode = 1
			}
			if code != wantCode || !strings.Contains(stdout, tt.wantOut) || !strings.Contains(errOut, tt.wantErr) {
				t.Fatalf("code %d stdout %q stderr %q; want %q, %q", code, stdout, errOut, tt.wantOut, tt.wantErr)
			}
		})
	}
}

func TestCommsRenderReportsTemplateErrors(t *testing.T) {
	dir := t.TempDir()
	if code, _, errOut := run(t, nil, "--data-dir", dir, "demo", "load"); code != 0 {
		t.Fatalf("demo load: %s", errOut)
	}
	// Templates are checked when saved through the workspace; store broken
	// ones directly, as an older version might have.
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(dir, store.FileName))
	if err != nil {
		t.Fatal(err)
	}
	for name, source := range map[string]string{
		"broken": "---\nchannel: in_app\ntitle: T\n---\nHello\n\n{{.Release.Nam}}\n",
		"worse":  "---\nchannel: support\ntitle: \"{{.Phase.X}}\"\n---\nx\n",
	} {
		if _, err := st.SaveTemplate(ctx, domain.Template{Name: name, Channel: "in_app", Phase: "*", Trigger: domain.TriggerPhase, Source: source}); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	out := filepath.Join(t.TempDir(), "comms")
	code, _, errOut := run(t, nil, "--data-dir", dir, "comms", "render", "new-checkout", "--out", out)
	want := "rolloutdesk: broken.md:7: the template uses {{.Release.Nam}}, which does not exist. Did you mean {{.Release.Name}}? " +
		"Fields you can use here: {{.Release.Name}}, {{.Release.Key}}, {{.Release.Description}}, {{.Release.Owner}}; worse.md:3: the template uses {{.Phase.X}}"
	if code != 1 || !strings.HasPrefix(errOut, want) || strings.Count(errOut, "\n") != 1 {
		t.Fatalf("code %d stderr %q, want one line starting %q", code, errOut, want)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("files written despite errors: %v", err)
	}
}
