package comms

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// plainText renders a Markdown syntax tree as readable plain text: headings
// underlined, links as "text (url)", list items as "- ", tables as aligned
// columns separated by " | ", code indented, raw HTML as typed.
type plainText struct {
	src []byte
}

// document is the whole text, ending with one newline.
func (p plainText) document(root ast.Node) string {
	s := strings.TrimRight(p.blocks(root, "\n\n"), "\n")
	if s == "" {
		return ""
	}
	return s + "\n"
}

// blocks renders the block children of parent joined by sep.
func (p plainText) blocks(parent ast.Node, sep string) string {
	var parts []string
	for c := parent.FirstChild(); c != nil; c = c.NextSibling() {
		if s := p.block(c); s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, sep)
}

func (p plainText) block(n ast.Node) string {
	switch n := n.(type) {
	case *ast.Heading:
		return underline(p.inline(n), n.Level)
	case *ast.Paragraph, *ast.TextBlock:
		return p.inline(n)
	case *ast.List:
		return p.list(n)
	case *ast.Blockquote:
		return prefixLines(p.blocks(n, "\n\n"), "> ", ">")
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		return prefixLines(strings.TrimRight(p.lines(n.Lines()), "\n"), "    ", "")
	case *ast.HTMLBlock:
		return strings.TrimRight(string(htmlBlockText(n, p.src)), "\n")
	case *ast.ThematicBreak:
		return "----"
	case *east.Table:
		return p.table(n)
	}
	return p.blocks(n, "\n\n")
}

// underline puts a line of '=' under a level 1 heading and of '-' under a
// level 2 heading; deeper headings stay as they are.
func underline(s string, level int) string {
	if level > 2 {
		return s
	}
	mark := map[int]string{1: "=", 2: "-"}[level]
	return s + "\n" + strings.Repeat(mark, utf8.RuneCountInString(s))
}

func (p plainText) list(n *ast.List) string {
	sep := "\n\n"
	if n.IsTight {
		sep = "\n"
	}
	var items []string
	i := n.Start
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		marker := "- "
		if n.IsOrdered() {
			marker = fmt.Sprintf("%d. ", i)
			i++
		}
		pad := strings.Repeat(" ", len(marker))
		item := marker + strings.TrimPrefix(prefixLines(p.blocks(c, sep), pad, ""), pad)
		items = append(items, strings.TrimRight(item, " "))
	}
	return strings.Join(items, sep)
}

// prefixLines puts prefix before every line of s, or blank before empty ones.
func prefixLines(s, prefix, blank string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if l == "" {
			lines[i] = blank
		} else {
			lines[i] = prefix + l
		}
	}
	return strings.Join(lines, "\n")
}

func (p plainText) lines(segs *text.Segments) string { return string(segs.Value(p.src)) }

func (p plainText) table(n *east.Table) string {
	var rows [][]string
	for r := n.FirstChild(); r != nil; r = r.NextSibling() {
		var cells []string
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, p.inline(c))
		}
		rows = append(rows, cells)
	}
	widths := make([]int, len(n.Alignments))
	for _, row := range rows {
		for i, c := range row {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	rule := make([]string, len(widths))
	for i, w := range widths {
		rule[i] = strings.Repeat("-", max(w, 3))
	}
	lines := []string{tableRow(rows[0], widths), strings.Join(rule, " | ")}
	for _, row := range rows[1:] {
		lines = append(lines, tableRow(row, widths))
	}
	return strings.Join(lines, "\n")
}

func tableRow(cells []string, widths []int) string {
	padded := make([]string, len(cells))
	for i, c := range cells {
		padded[i] = c + strings.Repeat(" ", max(widths[i], 3)-utf8.RuneCountInString(c))
	}
	return strings.TrimRight(strings.Join(padded, " | "), " ")
}

// inline renders the inline children of n.
func (p plainText) inline(n ast.Node) string {
	var b strings.Builder
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		p.writeInline(&b, c)
	}
	return strings.TrimSpace(b.String())
}

func (p plainText) writeInline(b *strings.Builder, n ast.Node) {
	switch n := n.(type) {
	case *ast.Text:
		v := n.Segment.Value(p.src)
		if !n.IsRaw() {
			v = util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
		}
		b.Write(v)
		if n.SoftLineBreak() || n.HardLineBreak() {
			b.WriteByte('\n')
		}
	case *ast.String:
		b.Write(n.Value)
	case *ast.CodeSpan:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if t, ok := c.(*ast.Text); ok {
				b.Write(t.Segment.Value(p.src))
			}
		}
	case *ast.Link:
		writeLink(b, p.inline(n), string(n.Destination))
	case *ast.Image:
		writeLink(b, p.inline(n), string(n.Destination))
	case *ast.AutoLink:
		b.Write(n.Label(p.src))
	case *ast.RawHTML:
		b.WriteString(p.lines(n.Segments))
	case *east.TaskCheckBox:
		b.WriteString(checkBox(n.IsChecked, "[x] ", "[ ] "))
	default:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			p.writeInline(b, c)
		}
	}
}

// writeLink writes "text (url)", only the text when the URL is unsafe or a
// page anchor, and only the URL when it is the text.
func writeLink(b *strings.Builder, text, dest string) {
	switch {
	case !safeURL(dest) || strings.HasPrefix(dest, "#"):
		b.WriteString(text)
	case text == "" || text == dest || "mailto:"+text == dest:
		b.WriteString(dest)
	default:
		fmt.Fprintf(b, "%s (%s)", text, dest)
	}
}
