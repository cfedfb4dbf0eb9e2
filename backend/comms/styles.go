package comms

import (
	"bytes"
	"html"
	"strings"

	xhtml "golang.org/x/net/html"
)

// inlineStyles adds a style attribute to every start tag of a sanitised
// fragment that styles names, for mail clients that ignore style sheets.
// The fragment has no style attributes of its own: the policy drops them.
func inlineStyles(fragment string, styles map[string]string) string {
	var b strings.Builder
	b.Grow(len(fragment) * 2)
	z := xhtml.NewTokenizer(strings.NewReader(fragment))
	for {
		tt := z.Next()
		if tt == xhtml.ErrorToken { // io.EOF: a strings.Reader has no other error
			return b.String()
		}
		raw := z.Raw()
		if tt == xhtml.StartTagToken || tt == xhtml.SelfClosingTagToken {
			name, _ := z.TagName()
			if style, ok := styles[string(name)]; ok {
				end := ">"
				if bytes.HasSuffix(raw, []byte("/>")) {
					end = "/>"
				}
				b.Write(bytes.TrimSuffix(raw, []byte(end)))
				b.WriteString(` style="` + html.EscapeString(style) + `"` + end)
				continue
			}
		}
		b.Write(raw)
	}
}
