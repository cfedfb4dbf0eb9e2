package comms

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
	"golang.org/x/text/unicode/norm"
)

// ligatures spells letters that do not decompose into an ASCII letter and
// an accent.
var ligatures = map[rune]string{'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'ł': "l", 'đ': "d", 'ð': "d", 'þ': "th"}

// slug turns s into lower-case ASCII letters and digits separated by single
// "-": accents are dropped ("Früh dabei" is "fruh-dabei") and every run of
// other characters becomes one "-". It is "" when nothing is left.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFKD.String(strings.ToLower(s)) {
		switch {
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		case ligatures[r] != "":
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteString(ligatures[r])
			dash = false
		case unicode.Is(unicode.Mn, r): // an accent of the letter before
		default:
			dash = true
		}
	}
	return b.String()
}

// PhaseDir is the folder of a phase's outputs: the phase name as lower-case
// ASCII letters and digits joined by "-" ("Beta 5%" is "beta-5", "Früh
// dabei" is "fruh-dabei"), or "phase" when nothing is left. Repeats within a
// release are numbered: "beta-5-2".
func PhaseDir(name string) string {
	if s := slug(name); s != "" {
		return s
	}
	return "phase"
}

// unique hands out names, numbering repeats: "faq", "faq-2". As a
// parser.IDs it gives headings the slug of their text as ID.
type unique map[string]bool

func (u unique) name(base string) string {
	name := base
	for n := 2; u[name]; n++ {
		name = base + "-" + strconv.Itoa(n)
	}
	u[name] = true
	return name
}

// Generate implements parser.IDs.
func (u unique) Generate(value []byte, _ ast.NodeKind) []byte {
	base := slug(string(value))
	if base == "" {
		base = "section"
	}
	return []byte(u.name(base))
}

// Put implements parser.IDs.
func (u unique) Put(value []byte) { u[string(value)] = true }
