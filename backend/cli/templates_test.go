package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestTemplatesExportImport(t *testing.T) {
	dir := t.TempDir()
	files := filepath.Join(t.TempDir(), "templates")
	code, out, errOut := run(t, nil, "--data-dir", dir, "templates", "export", files)
	if code != 0 || !strings.HasPrefix(out, "Exported 11 templates to "+files) {
		t.Fatalf("export: %d %q %q", code, out, errOut)
	}
	guide := filepath.Join(files, "support-guide.md")
	edited := strings.Replace(readFile(t, guide), "## Escalation", "## When to escalate", 1)
	if err := os.WriteFile(guide, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	broken := filepath.Join(files, "broken.md")
	if err := os.WriteFile(broken, []byte("---\nchannel: email\nsubject: Hi\n---\n\n{{.Release.Nam}}\n{{end}}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantOut  string
		wantErr  string
	}{
		{"import refuses a broken file", []string{"templates", "import", files}, 1, "", "rolloutdesk: broken.md:7: this {{end}} has no {{if}}, {{range}} or {{with}} to close"},
		{"import of a missing folder", []string{"templates", "import", filepath.Join(files, "nope")}, 1, "", "no NAME.md template files"},
		{"import needs a folder", []string{"templates", "import"}, 1, "", "accepts 1 arg"},
		{"help shows the file format", []string{"templates", "--help"}, 0, `{{template "NAME" .}}`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := run(t, nil, append([]string{"--data-dir", dir}, tt.args...)...)
			if code != tt.wantCode || !strings.Contains(out, tt.wantOut) || !strings.Contains(errOut, tt.wantErr) {
				t.Fatalf("code %d stdout %q stderr %q; want %d, %q, %q", code, out, errOut, tt.wantCode, tt.wantOut, tt.wantErr)
			}
			if code != 0 && strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
				t.Errorf("error is not one line: %q", errOut)
			}
		})
	}

	if err := os.Remove(broken); err != nil {
		t.Fatal(err)
	}
	code, out, errOut = run(t, nil, "--data-dir", dir, "--json", "templates", "import", files)
	var got struct {
		Dir       string   `json:"dir"`
		Templates []string `json:"templates"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &got) != nil || got.Dir != files || len(got.Templates) != 11 {
		t.Fatalf("import: %d %q %q", code, out, errOut)
	}
	again := filepath.Join(t.TempDir(), "again")
	if code, _, errOut = run(t, nil, "--data-dir", dir, "templates", "export", again); code != 0 {
		t.Fatal(errOut)
	}
	if readFile(t, filepath.Join(again, "support-guide.md")) != edited {
		t.Error("the imported edit did not round-trip")
	}
}
