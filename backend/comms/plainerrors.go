package comms

import (
	"cmp"
	"fmt"
	"maps"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"time"
)

// text/template's execution and parse errors, after templateErr took off
// the "template: NAME:LINE:COL: executing ..." prefix.
var (
	noField     = regexp.MustCompile(`^at <([^>]*)>: can't evaluate field (\w+) in type (\S+)$`)
	nilPointer  = regexp.MustCompile(`^at <([^>]*)>: nil pointer evaluating (\S+)$`)
	callFailed  = regexp.MustCompile(`^at <([^>]*)>: error calling (\w+): (.*)$`)
	noFunction  = regexp.MustCompile(`^function "([^"]+)" not defined$`)
	noPartial   = regexp.MustCompile(`^at <(\{\{template "([^"]+)"[^>]*)>: template "[^"]+" not defined$`)
	unexpectEnd = regexp.MustCompile(`^unexpected \{\{end\}\}$`)
)

// maxSuggestions bounds the "did you mean" fields of an unknown-field
// error.
const maxSuggestions = 6

// plainReason says what a text/template error means for the person who
// wrote the template, and what they can write instead; an error it does
// not know stays as it is.
func plainReason(reason string) string {
	if m := noField.FindStringSubmatch(reason); m != nil {
		return unknownField(m[1], m[2], m[3])
	}
	if m := nilPointer.FindStringSubmatch(reason); m != nil {
		parent := parentOf(m[1])
		return fmt.Sprintf("the template uses {{%s}}, but {{%s}} is not there for this template: "+
			"{{.Incident}} is set only in incident notices and {{.Rollback}} only in rollback notices; "+
			"wrap the text in {{with %s}}…{{end}} to show it only when it is there", m[1], parent, parent)
	}
	if m := noPartial.FindStringSubmatch(reason); m != nil {
		return fmt.Sprintf("%s names the shared block “%s”, which does not exist: a shared block is a template "+
			"whose name starts with an underscore, such as _%s", m[1], m[2], m[2])
	}
	if m := callFailed.FindStringSubmatch(reason); m != nil {
		return fmt.Sprintf("{{%s}} did not work: %s", m[1], m[3])
	}
	if m := noFunction.FindStringSubmatch(reason); m != nil {
		return fmt.Sprintf("there is no helper called “%s”. Helpers you can use: %s", m[1],
			strings.Join(slices.Sorted(maps.Keys(Funcs())), ", "))
	}
	switch {
	case reason == "unclosed action":
		return "a {{ is not closed: add the }} that ends it"
	case reason == "unexpected EOF":
		return "the template ends before an {{if}}, {{range}} or {{with}} is closed: add the {{end}} that closes it"
	case unexpectEnd.MatchString(reason):
		return "this {{end}} has no {{if}}, {{range}} or {{with}} to close: remove it, or add the one it should close"
	}
	return reason
}

// unknownField explains {{path}}, whose last part field does not exist on
// a value of Go type typ, listing the fields of typ nearest to field.
func unknownField(path, field, typ string) string {
	parent := parentOf(path)
	fields, ok := dataFields()[strings.TrimPrefix(typ, "*")]
	if !ok {
		return fmt.Sprintf("the template uses {{%s}}, but {{%s}} is %s and has no fields: remove .%s", path, parent, kindOf(typ), field)
	}
	prefix := strings.TrimSuffix(parent, ".")
	written := func(f string) string { return "{{" + prefix + "." + f + "}}" }
	all := make([]string, len(fields))
	for i, f := range fields {
		all[i] = written(f)
	}
	text := fmt.Sprintf("the template uses {{%s}}, which does not exist", path)
	if near := nearest(fields, field); len(near) > 0 {
		for i, f := range near {
			near[i] = written(f)
		}
		text += ". Did you mean " + strings.Join(near, " or ") + "?"
	} else {
		text += "."
	}
	return text + " Fields you can use here: " + strings.Join(all, ", ")
}

// nearest are the names in fields closest to field (ignoring case), the
// closest first: those a typo away, at most maxSuggestions.
func nearest(fields []string, field string) []string {
	limit := max(2, len(field)/3)
	var near []string
	for _, f := range fields {
		if distance(strings.ToLower(f), strings.ToLower(field)) <= limit {
			near = append(near, f)
		}
	}
	slices.SortStableFunc(near, func(a, b string) int {
		return cmp.Compare(distance(strings.ToLower(a), strings.ToLower(field)), distance(strings.ToLower(b), strings.ToLower(field)))
	})
	return near[:min(len(near), maxSuggestions)]
}

// parentOf is the value whose field path names: ".Release" for
// ".Release.Nme", "." for ".Customer".
func parentOf(path string) string {
	fields := strings.Fields(path)
	if len(fields) == 0 {
		return "."
	}
	last := fields[len(fields)-1]
	if i := strings.LastIndex(last, "."); i > 0 {
		return last[:i]
	}
	return "."
}

// kindOf names a Go type in a template author's words.
func kindOf(typ string) string {
	switch {
	case strings.HasPrefix(typ, "[]"), strings.HasPrefix(typ, "map["):
		return "a list"
	case typ == "string", typ == "domain.PhaseStatus":
		return "a text"
	case typ == "bool":
		return "a yes/no value"
	case strings.HasSuffix(typ, "time.Time"):
		return "a date"
	case strings.HasPrefix(typ, "int"), strings.HasPrefix(typ, "float"):
		return "a number"
	}
	return "a single value"
}

// dataFields maps each struct type a template can reach from Data, named
// as text/template names it ("comms.Release"), to its field names.
func dataFields() map[string][]string {
	out := map[string][]string{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || t == reflect.TypeFor[time.Time]() {
			return
		}
		if _, seen := out[t.String()]; seen {
			return
		}
		out[t.String()] = []string{}
		for f := range t.Fields() {
			if f.IsExported() {
				out[t.String()] = append(out[t.String()], f.Name)
				walk(f.Type)
			}
		}
	}
	walk(reflect.TypeFor[Data]())
	return out
}

// distance is the Levenshtein distance between a and b, in bytes.
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}
