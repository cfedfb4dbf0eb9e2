package comms

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"

	"rolloutdesk/backend/domain"
)

// FrontMatter is the YAML header of a template file.
type FrontMatter struct {
	Channel domain.Channel `yaml:"channel"`
	// Phase selects the phases the template applies to: a name, a list of
	// names, "*" (the default) for every phase, first, last, or
	// next-after: NAME (see Selector).
	Phase Selector `yaml:"phase"`
	// Trigger is what sends the template: phase (the default) with each
	// phase it applies to, incident when a kill switch is used, rollback
	// when a phase is rolled back.
	Trigger domain.Trigger `yaml:"trigger"`
	// Audience says who receives it; templated. The phase's audience is used
	// when it is empty.
	Audience string `yaml:"audience"`
	// Subject is an email's subject line; templated. Email templates other
	// than partials need one.
	Subject string `yaml:"subject"`
	// Title heads an in-app announcement or support page; templated. It
	// defaults to the subject.
	Title string `yaml:"title"`
	// Locale is a BCP 47 language tag such as "en" or "de-CH"; default "en".
	Locale string `yaml:"locale"`
}

const fence = "---"

// defaultLocale is the locale of templates that name none.
const defaultLocale = "en"

var localeTag = regexp.MustCompile(`^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$`)

// ParseFrontMatter splits a template file into its front matter and body.
// Errors are *Error values naming the file and the line.
func ParseFrontMatter(file, source string) (FrontMatter, string, error) {
	fm := FrontMatter{Phase: Selector{all: true}}
	rest, ok := strings.CutPrefix(source, fence+"\n")
	if !ok {
		return fm, "", errorf(file, 1, "a template starts with a '---' line and YAML front matter")
	}
	header, body, ok := strings.Cut(rest, "\n"+fence+"\n")
	if !ok {
		header, ok = strings.CutSuffix(rest, "\n"+fence)
		if !ok {
			return fm, "", errorf(file, 1, "front matter has no closing '---' line")
		}
	}
	dec := yaml.NewDecoder(bytes.NewBufferString(header))
	dec.KnownFields(true)
	if err := dec.Decode(&fm); err != nil {
		return fm, "", yamlError(file, err)
	}
	if !fm.Channel.Valid() {
		return fm, "", errorf(file, keyLine(source, "channel"), "channel %q is not one of email, in_app, support", fm.Channel)
	}
	if fm.Trigger == "" {
		fm.Trigger = domain.TriggerPhase
	}
	if !fm.Trigger.Valid() {
		return fm, "", errorf(file, keyLine(source, "trigger"), "trigger %q is not one of phase, incident, rollback", fm.Trigger)
	}
	if fm.Locale == "" {
		fm.Locale = defaultLocale
	}
	if !localeTag.MatchString(fm.Locale) {
		return fm, "", errorf(file, keyLine(source, "locale"), "locale %q is not a language tag such as en or de-CH", fm.Locale)
	}
	return fm, body, nil
}

// keyLine is the line of the top-level front matter key in a template file,
// or 1 when it is not there.
func keyLine(source, key string) int {
	for i, line := range strings.Split(source, "\n")[1:] {
		if line == fence {
			break
		}
		if strings.HasPrefix(line, key+":") {
			return i + 2
		}
	}
	return 1
}

// yamlError rewrites a yaml.v3 error as "file:line: front matter: reason",
// counting lines from the top of the file (the opening fence is line 1).
func yamlError(file string, err error) error {
	msgs := []string{strings.TrimPrefix(err.Error(), "yaml: ")}
	if te, ok := err.(*yaml.TypeError); ok {
		msgs = te.Errors
	}
	line := 1
	for i, m := range msgs {
		var n int
		if _, scanErr := fmt.Sscanf(m, "line %d:", &n); scanErr == nil {
			_, m, _ = strings.Cut(m, ": ")
			if i == 0 {
				line = n + 1
			}
		}
		msgs[i] = m
	}
	return errorf(file, line, "front matter: %s", strings.Join(msgs, "; "))
}

var templateName = regexp.MustCompile(`^_?[A-Za-z0-9][A-Za-z0-9._-]{0,79}$`)

// ValidateName checks that a template name can be a file name everywhere:
// letters, digits, '.', '_' and '-', at most 80, starting with a letter or
// digit, or with '_' for a partial.
func ValidateName(name string) error {
	if !templateName.MatchString(name) || strings.HasSuffix(name, ".md") {
		return fmt.Errorf("template name %q: use letters, digits, '.', '_' and '-' (a leading '_' makes a partial), without .md", name)
	}
	return nil
}

// IsPartial reports whether the template named name is a partial: a shared
// block other templates include, named with a leading "_".
func IsPartial(name string) bool { return strings.HasPrefix(name, "_") }

// partialName is the name templates include a partial by: "_footer" is
// {{template "footer" .}}.
func partialName(name string) string { return strings.TrimPrefix(name, "_") }

// ParseTemplate reads a template file into a domain template. Windows line
// endings are converted. Errors name the file (name + ".md") and the line.
func ParseTemplate(name, source string) (domain.Template, error) {
	if err := ValidateName(name); err != nil {
		return domain.Template{}, err
	}
	source = strings.ReplaceAll(source, "\r\n", "\n")
	fm, _, err := ParseFrontMatter(FileName(name), source)
	if err != nil {
		return domain.Template{}, err
	}
	title := fm.Title
	if title == "" {
		title = fm.Subject
	}
	return domain.Template{Name: name, Channel: fm.Channel, Phase: fm.Phase.String(), Trigger: fm.Trigger, Title: title, Source: source}, nil
}

// PhaseSelector is the selector a template's Phase writes. A phase that does
// not read as one — never the case for a template ParseTemplate made —
// selects nothing.
func PhaseSelector(t domain.Template) Selector {
	sel, err := ParseSelector(t.Phase)
	if err != nil {
		return Selector{}
	}
	return sel
}

// Applies reports whether template t goes out on trigger for phase i of
// phases: it is not a partial, its trigger is trigger, and its phase
// selector picks the phase. Bundles, folders, the calendar, support guides,
// test sends, pickers and event notices all ask it.
func Applies(t domain.Template, trigger domain.Trigger, phases []domain.Phase, i int) bool {
	return !IsPartial(t.Name) && t.Trigger == trigger && PhaseSelector(t).Matches(phases, i)
}

//go:embed starter/*.md
var starterFiles embed.FS

// Starter returns the built-in starter templates.
func Starter() ([]domain.Template, error) {
	entries, err := fs.ReadDir(starterFiles, "starter")
	if err != nil {
		return nil, err
	}
	out := make([]domain.Template, 0, len(entries))
	for _, e := range entries {
		b, err := starterFiles.ReadFile(path.Join("starter", e.Name()))
		if err != nil {
			return nil, err
		}
		t, err := ParseTemplate(strings.TrimSuffix(e.Name(), ".md"), string(b))
		if err != nil {
			return nil, fmt.Errorf("starter template: %w", err)
		}
		t.Builtin = true
		out = append(out, t)
	}
	return out, nil
}
