package comms

import "testing"

func TestPlainText(t *testing.T) {
	tests := []struct {
		name, markdown, want string
	}{
		{"headings", "# Title\n\nText\n\n## Part\n\n### Detail\n", "Title\n=====\n\nText\n\nPart\n----\n\nDetail\n"},
		{"emphasis and code", "Some *em*, **strong**, ~~old~~ and `x<y`.", "Some em, strong, old and x<y.\n"},
		{"links", "[Docs](https://example.com/docs), <https://example.com>, www.example.com, [top](#top), [bad](javascript:x)",
			"Docs (https://example.com/docs), https://example.com, www.example.com, top, bad\n"},
		{"email autolink", "Mail <ops@example.com>.", "Mail ops@example.com.\n"},
		{"image", "![Chart](https://example.com/c.png)", "Chart (https://example.com/c.png)\n"},
		{"tight list", "- one\n- two\n  - nested\n", "- one\n- two\n  - nested\n"},
		{"loose ordered list", "3. one\n\n   more\n\n4. two\n", "3. one\n\n   more\n\n4. two\n"},
		{"task list", "- [x] done\n- [ ] to do\n", "- [x] done\n- [ ] to do\n"},
		{"empty item", "- \n- b\n", "-\n- b\n"},
		{"table", "| A | Bee |\n| - | :-: |\n| long cell | x |\n", "A         | Bee\n--------- | ---\nlong cell | x\n"},
		{"quote", "> one\n>\n> two\n", "> one\n>\n> two\n"},
		{"code block", "```go\nx := 1\n\ny := 2\n```\n", "    x := 1\n\n    y := 2\n"},
		{"rule", "a\n\n---\n\nb", "a\n\n----\n\nb\n"},
		{"entities and escapes", "&copy; 2026 \\*not em\\* &#x263A;", "© 2026 *not em* ☺\n"},
		{"typography", "\"Quoted\" -- it's... done---ok", "“Quoted” – it’s… done—ok\n"},
		{"hard break", "one  \ntwo\\\nthree", "one\ntwo\nthree\n"},
		{"raw HTML as typed", "<b>x</b>\n\n<div>\nblock\n</div>\n", "<b>x</b>\n\n<div>\nblock\n</div>\n"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := convert(tt.markdown)
			if err != nil {
				t.Fatal(err)
			}
			if doc.text != tt.want {
				t.Errorf("got\n%q\nwant\n%q", doc.text, tt.want)
			}
		})
	}
}
