package comms

import (
	"reflect"
	"strings"
	"testing"
)

func TestTOC(t *testing.T) {
	h := func(level int, id string) Heading { return Heading{Level: level, ID: id, Text: id} }
	got := toc([]Heading{h(3, "intro"), h(1, "title"), h(2, "a"), h(3, "a1"), h(4, "deep"), h(3, "a2"), h(2, "b")})
	want := []tocEntry{{Heading: h(3, "intro")}, {Heading: h(2, "a"), Children: []Heading{h(3, "a1"), h(3, "a2")}}, {Heading: h(2, "b")}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

func TestSupportPage(t *testing.T) {
	r := newTestRenderer(t, nil)
	tmpl := tpl(t, "g", "---\nchannel: support\ntitle: Guide <1>\n---\n# Guide\n\n## FAQ\n\nx\n\n## FAQ\n\n## Contact & help\n\nNo headings in TOC? Fine.\n")
	rd, err := r.Render(tmpl, NewData(testPlan(), testPlan().Phases[0], testNow))
	if err != nil {
		t.Fatal(err)
	}
	files, err := r.Files(rd, "d", "R")
	if err != nil {
		t.Fatal(err)
	}
	page := files[0].Content
	for _, want := range []string{
		"<!doctype html>", "<title>Guide &lt;1&gt;</title>", "@media print",
		`<a href="#faq">FAQ</a>`, `<a href="#faq-2">FAQ</a>`, `<a href="#contact-help">Contact &amp; help</a>`,
		`<h2 id="faq">`, `<h2 id="faq-2">`, `<h2 id="contact-help">`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q:\n%s", want, page)
		}
	}
	if files[1].Ext != "md" || files[1].Content != rd.Markdown {
		t.Errorf("second file %s is not the Markdown", files[1].Ext)
	}
	noHeadings := tpl(t, "n", "---\nchannel: support\ntitle: N\n---\nJust text.\n")
	rd, _ = r.Render(noHeadings, NewData(testPlan(), testPlan().Phases[0], testNow))
	files, _ = r.Files(rd, "d", "R")
	if strings.Contains(files[0].Content, "<nav") {
		t.Error("a page without headings has a table of contents")
	}
}
