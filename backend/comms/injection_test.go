package comms

import (
	"encoding/json"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"rolloutdesk/backend/domain"
)

// attacks are HTML and Markdown that would run script if they reached a
// page as markup.
var attacks = []string{
	`<script>alert(1)</script>`,
	`<SCRIPT SRC=https://evil.example/x.js></SCRIPT>`,
	`<img src=x onerror=alert(1)>`,
	`<svg/onload=alert(1)>`,
	`<div onclick="alert(1)">click</div>`,
	`<a href="javascript:alert(1)">x</a>`,
	`[x](javascript:alert(1))`,
	`[x](JaVaScRiPt:alert(1))`,
	`[x](&#106;avascript:alert(1))`,
	`[x](java%73cript:alert(1))`,
	`[x](vbscript:msgbox(1))`,
	`[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)`,
	`![i](javascript:alert(1))`,
	`<javascript:alert(1)>`,
	"[x][r]\n\n[r]: javascript:alert(1)",
	`[x](https://ok.example "a\" onmouseover=\"alert(1)")`,
	"```\n</code><script>alert(1)</script>\n```",
	`<!-- --><script>alert(1)</script>`,
}

// injectionTemplates put a payload into the body, title or subject of a
// template of every channel; values put it into the release and phase.
func injectionTemplates(t *testing.T, body, title string) []domain.Template {
	return []domain.Template{
		tpl(t, "mail", "---\nchannel: email\nsubject: "+yamlQuote(title)+"\n---\n# {{.Release.Name}}\n\n"+body+"\n\n{{.Release.Description}}\n\n{{.Phase.Audience}}\n\n{{template \"foot\" .}}\n"),
		tpl(t, "banner", "---\nchannel: in_app\ntitle: "+yamlQuote(title)+"\n---\n"+body+"\n\n{{.Release.Description}} [ok](https://ok.example)\n"),
		tpl(t, "guide", "---\nchannel: support\ntitle: "+yamlQuote(title)+"\naudience: "+yamlQuote(title)+"\n---\n# {{.Release.Name}}\n\n## "+strings.ReplaceAll(body, "\n", " ")+"\n\n"+body+"\n\n## Values\n\n{{.Release.Description}}\n\n{{.Phase.Audience}}\n"),
		tpl(t, "_foot", "---\nchannel: email\n---\n"+body+"\n"),
	}
}

func yamlQuote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func TestInjectionNeverReachesHTML(t *testing.T) {
	for _, attack := range attacks {
		for _, place := range []string{"template", "value"} {
			t.Run(place+" "+attack, func(t *testing.T) {
				body, title := attack, "{{.Release.Name}}"
				plan := testPlan()
				if place == "value" {
					body = "Plain text."
					plan.Release.Name = attack
					plan.Release.Description = attack
					plan.Phases[0].Audience = attack
				}
				r := newTestRenderer(t, injectionTemplates(t, body, title))
				outputs, err := r.RenderPlan(plan, "Früh dabei")
				if err != nil {
					t.Fatal(err)
				}
				if len(outputs) != 8 {
					t.Fatalf("%d outputs, want 8", len(outputs))
				}
				for _, o := range outputs {
					for where, doc := range htmlOf(t, o) {
						assertSafeHTML(t, o.Path()+" "+where, doc)
					}
				}
			})
		}
	}
}

// htmlOf is every piece of HTML in an output: the file itself, the HTML
// part of an email and the body_html of an in-app payload.
func htmlOf(t *testing.T, o Output) map[string]string {
	switch o.Ext {
	case "html":
		return map[string]string{"": o.Content}
	case "eml":
		_, parts := emailParts(t, o.Content)
		return map[string]string{"HTML part": parts["text/html"]}
	case "json":
		var p InAppPayload
		if err := json.Unmarshal([]byte(o.Content), &p); err != nil {
			t.Fatal(err)
		}
		return map[string]string{"body_html": p.BodyHTML}
	}
	return nil
}

// assertSafeHTML fails when doc has a script element, an event handler
// attribute or a URL attribute with a script or data scheme. Text is free
// to mention them: raw HTML shows as text, escaped.
func assertSafeHTML(t *testing.T, where, doc string) {
	t.Helper()
	if strings.Contains(strings.ToLower(doc), "<script") {
		t.Errorf("%s: has <script:\n%s", where, doc)
	}
	root, err := html.Parse(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	for n := range root.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.Data {
		case "script", "iframe", "object", "embed", "svg", "form", "input":
			t.Errorf("%s: has a %s element:\n%s", where, n.Data, doc)
		}
		for _, a := range n.Attr {
			val := strings.ToLower(strings.Join(strings.Fields(a.Val), ""))
			if strings.HasPrefix(a.Key, "on") {
				t.Errorf("%s: <%s %s=%q>", where, n.Data, a.Key, a.Val)
			}
			if strings.Contains(val, "javascript:") || strings.Contains(val, "vbscript:") || strings.HasPrefix(val, "data:") {
				t.Errorf("%s: <%s %s=%q>", where, n.Data, a.Key, a.Val)
			}
		}
	}
}

func TestRawHTMLShowsAsText(t *testing.T) {
	r := newTestRenderer(t, nil)
	plan := testPlan()
	plan.Release.Description = `Press <kbd>Ctrl</kbd> & <b>go</b>`
	tmpl := tpl(t, "t", "---\nchannel: in_app\ntitle: T\n---\n<div onclick=\"x()\">Hi</div>\n\n{{.Release.Description}}\n")
	rd, err := r.Render(tmpl, NewData(plan, plan.Phases[0], testNow))
	if err != nil {
		t.Fatal(err)
	}
	wantHTML := "<p>&lt;div onclick=&#34;x()&#34;&gt;Hi&lt;/div&gt;</p>\n<p>Press &lt;kbd&gt;Ctrl&lt;/kbd&gt; &amp; &lt;b&gt;go&lt;/b&gt;</p>\n"
	if rd.HTML != wantHTML {
		t.Errorf("HTML\n%q, want\n%q", rd.HTML, wantHTML)
	}
	wantText := "<div onclick=\"x()\">Hi</div>\n\nPress <kbd>Ctrl</kbd> & <b>go</b>\n"
	if rd.Text != wantText {
		t.Errorf("text\n%q, want\n%q", rd.Text, wantText)
	}
}
