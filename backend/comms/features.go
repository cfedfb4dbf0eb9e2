package comms

import (
	"slices"
	"strings"
	"unicode"

	"rolloutdesk/backend/domain"
)

// productionWords are the words that mark an environment as the one
// customers use, wherever they appear in its key or name: "production",
// "Production", "prod-eu", "live".
var productionWords = []string{"production", "prod", "live"}

// IsProduction reports whether an environment serves customers, judged by
// its key or name (LaunchDarkly environment key, Split environment name):
// one of its words is "production", "prod" or "live", in any case. Staging,
// test and development environments do not count as customers.
func IsProduction(environment string) bool {
	words := strings.FieldsFunc(strings.ToLower(environment), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return slices.ContainsFunc(words, func(w string) bool { return slices.Contains(productionWords, w) })
}

// Feature is a linked flag as customers know it: by the release's name, or
// the flag's key in words when the release has several, and only in a
// production environment.
type Feature struct {
	// Name is what support calls it: the release's name when the release
	// links one flag in production, else the flag's key in words
	// ("checkout-express-pay" → "Checkout express pay").
	Name string
	// Environment is the production environment it is linked in.
	Environment string
	// On and Percent are what a phase expects of it: whether customers get
	// it, and what share of them.
	On      bool
	Percent float64
	// Planned is false when the phase sets no expectation for it.
	Planned bool
}

// Features are plan's links in production environments as customers know
// them, with what phase expects of each. Links in other environments are
// left out: no customer sees them. Features of one flag in several
// production environments that the phase treats alike are listed once.
func Features(plan domain.Plan, phase domain.Phase) []Feature {
	var out []Feature
	for _, n := range productionLinks(plan) {
		f := Feature{Name: n.name, Environment: n.link.Environment}
		if e := phase.ExpectationFor(n.link); e != nil {
			f.Planned, f.On, f.Percent = true, e.On, e.Percent
		}
		if slices.ContainsFunc(out, func(g Feature) bool {
			return g.Name == f.Name && g.Planned == f.Planned && g.On == f.On && g.Percent == f.Percent
		}) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// namedLink is a production link and the name customers know it by.
type namedLink struct {
	name string
	link domain.FlagLink
}

// productionLinks are plan's links in production environments, each named
// as Feature.Name says.
func productionLinks(plan domain.Plan) []namedLink {
	prod := slices.DeleteFunc(slices.Clone(plan.Links), func(l domain.FlagLink) bool { return !IsProduction(l.Environment) })
	keys := map[string]bool{}
	for _, l := range prod {
		keys[l.FlagKey] = true
	}
	out := make([]namedLink, len(prod))
	for i, l := range prod {
		out[i] = namedLink{name: plan.Release.Name, link: l}
		if len(keys) > 1 || out[i].name == "" {
			out[i].name = inWords(l.FlagKey)
		}
	}
	return out
}

// inWords writes a flag key as words: "checkout-express-pay" → "Checkout
// express pay", "newCheckout" → "New checkout".
func inWords(key string) string {
	var b strings.Builder
	for i, r := range key {
		switch {
		case r == '-' || r == '_' || r == '.':
			b.WriteRune(' ')
		case unicode.IsUpper(r) && i > 0:
			b.WriteRune(' ')
			b.WriteRune(unicode.ToLower(r))
		case i == 0:
			b.WriteRune(unicode.ToUpper(r))
		default:
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// linkedElsewhere lists the environments plan links flags in when none of
// them is production, for saying that no customer sees the release yet.
func linkedElsewhere(plan domain.Plan) []string {
	var envs []string
	for _, l := range plan.Links {
		if IsProduction(l.Environment) {
			return nil
		}
		if !slices.Contains(envs, l.Environment) {
			envs = append(envs, l.Environment)
		}
	}
	return envs
}
