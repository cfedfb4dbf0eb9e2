package communications_test

import (
	"archive/zip"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rolloutdesk/backend/comms"
	"rolloutdesk/backend/demo"
	"rolloutdesk/backend/workspace"
	"rolloutdesk/backend/workspace/workspacetest"
)

func TestRenderReleaseWithStarterTemplates(t *testing.T) {
	ctx := context.Background()
	w := workspacetest.OpenDemo(t)
	outputs, err := w.Comms.RenderRelease(ctx, demo.ReleaseKey, "")
	if err != nil {
		t.Fatal(err)
	}
	phases := map[string]bool{}
	for _, o := range outputs {
		phases[o.Dir] = true
		if strings.HasPrefix(o.Template, "incident-") || strings.HasPrefix(o.Template, "rollback-") {
			t.Errorf("%s: a phase render holds an event notice", o.Path())
		}
	}
	// Every phase: the banner (3 files), known issues and the guide (2 each);
	// the heads-up, the invitation and the announcement (3 each) once.
	if len(phases) != 5 || len(outputs) != 5*7+3*3 {
		t.Errorf("%d outputs in %d phases", len(outputs), len(phases))
	}
	beta, err := w.Comms.RenderRelease(ctx, demo.ReleaseKey, "Beta 5%")
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range beta {
		if o.Dir != "beta-5" {
			t.Errorf("%s rendered for Beta 5%% only", o.Path())
		}
	}
	if _, err := w.Comms.RenderRelease(ctx, demo.ReleaseKey, "Pilot"); err == nil || !strings.Contains(err.Error(), `no phase "Pilot"`) {
		t.Errorf("unknown phase: %v", err)
	}
	if _, err := w.Comms.RenderRelease(ctx, "nope", ""); err == nil {
		t.Error("unknown release rendered")
	}
}

func TestSaveTemplateChecksBeforeSaving(t *testing.T) {
	ctx := context.Background()
	w := workspacetest.Open(t, workspace.Options{})
	st := workspacetest.Store(t, w)
	tests := []struct {
		name, template, source, wantErr string
	}{
		{"front matter", "note", "---\nchannel: fax\n---\nx\n", `note.md:2: channel "fax"`},
		{"unknown field", "note", "---\nchannel: in_app\ntitle: T\n---\n\n{{.Release.Nme}}\n", "note.md:6: the template uses {{.Release.Nme}}, which does not exist"},
		{"phase the sample lacks", "note", "---\nchannel: in_app\nphase: Pilot\ntitle: T\n---\n{{.Phase.Nam}}\n", "note.md:6: the template uses {{.Phase.Nam}}, which does not exist"},
		{"partial breaking its users", "_footer", "---\nchannel: email\n---\n{{.Nope}}\n", "_footer.md:4: the template uses {{.Nope}}, which does not exist"},
		{"bad name", "../evil", "---\nchannel: email\n---\n", `template name "../evil"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before, _ := st.GetTemplate(ctx, tt.template)
			_, err := w.Comms.SaveTemplate(ctx, tt.template, tt.source)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("err %v, want %q", err, tt.wantErr)
			}
			if after, _ := st.GetTemplate(ctx, tt.template); after.Source != before.Source {
				t.Error("a refused template was saved")
			}
		})
	}
	source := "---\nchannel: support\nphase: Beta 5%\ntitle: \"FAQ {{.Phase.Name}}\"\n---\n# FAQ\n"
	saved, err := w.Comms.SaveTemplate(ctx, "faq", source)
	if err != nil {
		t.Fatal(err)
	}
	stored, err := st.GetTemplate(ctx, "faq")
	if err != nil || stored.Source != source || stored.Phase != "Beta 5%" || stored.Builtin || saved.ID != stored.ID {
		t.Errorf("stored %+v (%v), saved %+v", stored, err, saved)
	}
}

func TestRenderTemplatePreviewsUnsavedSource(t *testing.T) {
	ctx := context.Background()
	w := workspacetest.OpenDemo(t)
	st := workspacetest.Store(t, w)
	stored, err := st.GetTemplate(ctx, "beta-invitation")
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(stored.Source, "# Try", "# Be first to try", 1)
	preview, err := w.Comms.Preview(ctx, demo.ReleaseKey, "", "beta-invitation", edited)
	if err != nil {
		t.Fatal(err)
	}
	if preview.Phase != "Beta 5%" || !strings.HasPrefix(preview.Markdown, "# Be first to try New checkout") || len(preview.Files) != 3 {
		t.Errorf("preview for phase %q: %q, %d files", preview.Phase, preview.Markdown[:40], len(preview.Files))
	}
	if after, _ := st.GetTemplate(ctx, "beta-invitation"); after.Source != stored.Source {
		t.Error("previewing saved the template")
	}
	savedPreview, err := w.Comms.Preview(ctx, demo.ReleaseKey, "GA", "support-guide", "")
	if err != nil || savedPreview.Phase != "GA" || savedPreview.Title != "New checkout — GA troubleshooting guide" {
		t.Errorf("stored template preview %q %q: %v", savedPreview.Phase, savedPreview.Title, err)
	}
	if _, err := w.Comms.Preview(ctx, demo.ReleaseKey, "", "note", "---\nchannel: in_app\n---\n{{.X}}\n"); err == nil || !strings.Contains(err.Error(), "note.md:4") {
		t.Errorf("broken preview: %v", err)
	}
}

func TestImportExportTemplates(t *testing.T) {
	ctx := context.Background()
	w := workspacetest.Open(t, workspace.Options{})
	st := workspacetest.Store(t, w)
	dir := filepath.Join(t.TempDir(), "templates")
	paths, err := w.Comms.ExportTemplates(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	starter, _ := comms.Starter()
	if len(paths) != len(starter) {
		t.Fatalf("exported %d files, want %d", len(paths), len(starter))
	}
	guide := filepath.Join(dir, "support-guide.md")
	b, err := os.ReadFile(guide)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(b), "## Workaround", "## Quick fix", 1)
	write := func(name, content string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("support-guide.md", edited)
	write("broken.md", "---\nchannel: email\nsubject: Hi\n---\n{{.Oops}}\n")
	write("also-broken.md", "no front matter\n")
	_, err = w.Comms.ImportTemplates(ctx, dir)
	if err == nil || !strings.Contains(err.Error(), "also-broken.md:1:") {
		t.Fatalf("import with broken files: %v", err)
	}
	if g, _ := st.GetTemplate(ctx, "support-guide"); g.Source == edited {
		t.Fatal("a refused import saved a file")
	}
	os.Remove(filepath.Join(dir, "also-broken.md"))
	if _, err = w.Comms.ImportTemplates(ctx, dir); err == nil || !strings.Contains(err.Error(), "broken.md:5: the template uses {{.Oops}}, which does not exist") {
		t.Fatalf("import with an unrenderable file: %v", err)
	}
	os.Remove(filepath.Join(dir, "broken.md"))
	write("windows.md", strings.ReplaceAll("---\nchannel: in_app\ntitle: W\n---\nHi\n", "\n", "\r\n"))
	imported, err := w.Comms.ImportTemplates(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(imported) != len(starter)+1 {
		t.Errorf("imported %d", len(imported))
	}
	if g, _ := st.GetTemplate(ctx, "support-guide"); g.Source != edited || g.Builtin {
		t.Error("import did not save the edited file as the user's")
	}
	if _, err := w.Comms.ImportTemplates(ctx, t.TempDir()); err == nil || !strings.Contains(err.Error(), "no NAME.md template files") {
		t.Errorf("empty folder: %v", err)
	}
}

func TestSenderAndOutputs(t *testing.T) {
	ctx := context.Background()
	w := workspacetest.OpenDemo(t)
	if from, err := w.Comms.Sender(ctx); err != nil || from != comms.DefaultSender {
		t.Errorf("default sender %q, %v", from, err)
	}
	if err := w.Comms.SetSender(ctx, "no address here"); err == nil ||
		err.Error() != "the email sender: “no address here” is not an email address: it has no @; write it as name@example.com or Name <name@example.com>" {
		t.Errorf("SetSender of an invalid sender = %v, want a plain-language refusal", err)
	}
	if err := w.Comms.SetSender(ctx, "Checkout Team <checkout@shop.example>"); err != nil {
		t.Fatal(err)
	}

	dir := t.TempDir()
	paths, err := w.Comms.WriteFolder(ctx, demo.ReleaseKey, "GA", dir)
	if err != nil {
		t.Fatal(err)
	}
	eml, err := os.ReadFile(filepath.Join(dir, "ga", "email-ga-announcement.eml"))
	if err != nil {
		t.Fatalf("%v (wrote %v)", err, paths)
	}
	if !bytes.Contains(eml, []byte(`From: "Checkout Team" <checkout@shop.example>`)) || !bytes.Contains(eml, []byte("@shop.example>")) {
		t.Errorf("email does not come from the saved sender:\n%s", eml[:300])
	}
	if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
		t.Error("no index.html")
	}

	bundle := filepath.Join(t.TempDir(), "ga.zip")
	if err := w.Comms.ExportBundleFile(ctx, demo.ReleaseKey, "GA", bundle); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.OpenReader(bundle)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	if len(zr.File) != len(paths) || zr.File[0].Name != "index.html" {
		t.Errorf("bundle has %d files starting %s; the folder %d", len(zr.File), zr.File[0].Name, len(paths))
	}
}
