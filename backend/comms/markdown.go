package comms

import (
	"bytes"
	"fmt"
	"html"
	"net/url"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Heading is a heading of a rendered template, for tables of contents.
type Heading struct {
	Level int    `json:"level"`
	ID    string `json:"id"`
	Text  string `json:"text"`
}

// Link is a link of a rendered template.
type Link struct {
	Text string `json:"text"`
	URL  string `json:"url"`
}

// typography replaces straight quotes, dashes and dots with Unicode
// characters rather than HTML entities, so the plain text gets them too.
var typography = map[extension.TypographicPunctuation][]byte{
	extension.LeftSingleQuote:  []byte("‘"),
	extension.RightSingleQuote: []byte("’"),
	extension.LeftDoubleQuote:  []byte("“"),
	extension.RightDoubleQuote: []byte("”"),
	extension.EnDash:           []byte("–"),
	extension.EmDash:           []byte("—"),
	extension.Ellipsis:         []byte("…"),
	extension.LeftAngleQuote:   []byte("«"),
	extension.RightAngleQuote:  []byte("»"),
	extension.Apostrophe:       []byte("’"),
}

// markdown is GitHub-flavoured Markdown (tables, task lists, strikethrough,
// autolinks) with heading IDs and typography. Raw HTML is rendered as text.
var markdown = goldmark.New(
	goldmark.WithExtensions(
		extension.Linkify,
		extension.NewTable(extension.WithTableCellAlignMethod(extension.TableCellAlignAttribute)),
		extension.Strikethrough,
		extension.TaskList,
		extension.NewTypographer(extension.WithTypographicSubstitutions(typography)),
	),
	goldmark.WithParserOptions(parser.WithAutoHeadingID()),
	goldmark.WithRendererOptions(renderer.WithNodeRenderers(util.Prioritized(literalRenderer{}, 100))),
)

// literalRenderer overrides goldmark's HTML for raw HTML, which it shows as
// text, and for task list check boxes, which it draws as ☐ and ☑ because
// email clients drop form controls.
type literalRenderer struct{}

// RegisterFuncs implements renderer.NodeRenderer.
func (literalRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindRawHTML, renderRawHTML)
	reg.Register(ast.KindHTMLBlock, renderHTMLBlock)
	reg.Register(east.KindTaskCheckBox, renderCheckBox)
}

func renderRawHTML(w util.BufWriter, source []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		_, _ = w.Write(util.EscapeHTML(n.(*ast.RawHTML).Segments.Value(source)))
	}
	return ast.WalkSkipChildren, nil
}

func renderHTMLBlock(w util.BufWriter, source []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		_, _ = w.WriteString("<p>")
		_, _ = w.Write(util.EscapeHTML(bytes.TrimRight(htmlBlockText(n.(*ast.HTMLBlock), source), "\n")))
		_, _ = w.WriteString("</p>\n")
	}
	return ast.WalkSkipChildren, nil
}

// htmlBlockText is the source of a block of raw HTML, closing line included.
func htmlBlockText(n *ast.HTMLBlock, source []byte) []byte {
	b := n.Lines().Value(source)
	if n.HasClosure() {
		b = append(b, n.ClosureLine.Value(source)...)
	}
	return b
}

func renderCheckBox(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		_, _ = w.WriteString(checkBox(n.(*east.TaskCheckBox).IsChecked, "☑ ", "☐ "))
	}
	return ast.WalkContinue, nil
}

func checkBox(checked bool, yes, no string) string {
	if checked {
		return yes
	}
	return no
}

// document is a template's Markdown converted every way the outputs need.
type document struct {
	html     string // sanitised HTML fragment
	text     string // plain text
	headings []Heading
	cta      *Link // the first http, https or mailto link, or nil
}

// convert parses Markdown once and renders it as sanitised HTML and as plain
// text, collecting its headings and first link.
func convert(source string) (document, error) {
	src := []byte(source)
	root := markdown.Parser().Parse(text.NewReader(src), parser.WithContext(parser.NewContext(parser.WithIDs(unique{}))))
	var buf bytes.Buffer
	if err := markdown.Renderer().Render(&buf, src, root); err != nil {
		return document{}, fmt.Errorf("render Markdown: %w", err)
	}
	pt := plainText{src: src}
	doc := document{html: sanitize(buf.Bytes()), text: pt.document(root)}
	err := ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			id, _ := n.AttributeString("id")
			idBytes, _ := id.([]byte)
			doc.headings = append(doc.headings, Heading{Level: n.Level, ID: string(idBytes), Text: pt.inline(n)})
			return ast.WalkSkipChildren, nil
		case *ast.Link:
			doc.firstLink(pt.inline(n), string(n.Destination))
		case *ast.AutoLink:
			doc.firstLink(string(n.Label(src)), string(n.URL(src)))
		}
		return ast.WalkContinue, nil
	})
	return doc, err
}

// firstLink makes the link the call to action unless there is one already
// or it is unsafe or an anchor within the page.
func (d *document) firstLink(text, dest string) {
	if d.cta == nil && safeURL(dest) && !strings.HasPrefix(dest, "#") {
		d.cta = &Link{Text: text, URL: dest}
	}
}

// safeURL reports whether a link destination may appear in an output: an
// http, https or mailto URL, or a reference within the page. Entities and
// percent-escapes are decoded first, so they cannot hide a scheme.
func safeURL(dest string) bool {
	dest = html.UnescapeString(dest)
	if unescaped, err := url.PathUnescape(dest); err == nil {
		dest = unescaped
	}
	u, err := url.Parse(strings.TrimSpace(dest))
	if err != nil {
		return false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https", "mailto":
		return u.Opaque != "" || u.Host != ""
	case "":
		return u.Host == "" && strings.HasPrefix(dest, "#")
	}
	return false
}
