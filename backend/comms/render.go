package comms

import (
	"crypto/rand"
	"errors"
	"fmt"
	"maps"
	"strings"
	"text/template"
	"time"

	"github.com/emersion/go-message/mail"

	"rolloutdesk/backend/domain"
)

// DefaultSender is the From address of emails when none is configured.
const DefaultSender = "Rollout Desk <releases@example.com>"

// Config configures a Renderer. The zero value is usable.
type Config struct {
	// From is the emails' sender, such as "Releases <releases@example.com>";
	// default DefaultSender.
	From string
	// Now is the clock for email Date headers and bundle times; default
	// time.Now.
	Now func() time.Time
	// MessageID returns the Message-ID of an email, without angle brackets;
	// default a random ID at the sender's domain.
	MessageID func(Rendered) string
}

// Renderer renders a set of templates. It is safe for concurrent use.
type Renderer struct {
	templates []domain.Template // the non-partials, in the order given
	compiled  map[string]*compiled
	partials  *template.Template // the helpers and every partial
	where     map[string]location
	from      *mail.Address
	now       func() time.Time
	messageID func(Rendered) string
}

// compiled is a parsed template, or why it could not be parsed.
type compiled struct {
	tpl      domain.Template
	fm       FrontMatter
	body     *template.Template
	title    *template.Template
	audience *template.Template
	where    map[string]location
	err      error
}

// Rendered is a template rendered for one phase.
type Rendered struct {
	Template string         `json:"template"`
	Channel  domain.Channel `json:"channel"`
	Phase    string         `json:"phase"`
	Audience string         `json:"audience"`
	Locale   string         `json:"locale"`
	// Title is the email subject, or the in-app or support page title.
	Title string `json:"title"`
	// Markdown is the body after templating.
	Markdown string `json:"markdown"`
	// HTML is the body as a sanitised HTML fragment.
	HTML string `json:"html"`
	// Text is the body as plain text.
	Text     string    `json:"text"`
	Headings []Heading `json:"headings"`
	// CTA is the body's first http, https or mailto link, or nil.
	CTA *Link `json:"cta"`
	// Starts and Ends bound the phase; nil when unknown.
	Starts *time.Time `json:"starts"`
	Ends   *time.Time `json:"ends"`
}

// NewRenderer parses templates: partials (named "_…") become includable by
// their name without "_", the others renderable. It fails when a partial or
// the configuration is invalid; a template that does not parse fails only
// when it is rendered.
func NewRenderer(templates []domain.Template, cfg Config) (*Renderer, error) {
	if cfg.From == "" {
		cfg.From = DefaultSender
	}
	from, err := mail.ParseAddress(cfg.From)
	if err != nil {
		return nil, fmt.Errorf("sender %q: %w", cfg.From, err)
	}
	r := &Renderer{compiled: map[string]*compiled{}, partials: template.New("").Funcs(Funcs()),
		where: map[string]location{}, from: from, now: cfg.Now, messageID: cfg.MessageID}
	if r.now == nil {
		r.now = time.Now
	}
	if r.messageID == nil {
		r.messageID = r.randomMessageID
	}
	var errs []error
	for _, t := range templates {
		if IsPartial(t.Name) {
			errs = append(errs, r.addPartial(t))
		} else {
			r.templates = append(r.templates, t)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	for _, t := range r.templates {
		r.compiled[t.Name] = r.compile(t)
	}
	return r, nil
}

func (r *Renderer) randomMessageID(Rendered) string {
	_, host, _ := strings.Cut(r.from.Address, "@")
	return rand.Text() + "@" + host
}

// body splits a template file into its front matter and its body, and
// counts the lines before the body, so errors can name lines of the file.
func body(file, source string) (fm FrontMatter, text string, before int, err error) {
	fm, text, err = ParseFrontMatter(file, source)
	if err != nil {
		return fm, "", 0, err
	}
	return fm, text, strings.Count(source[:len(source)-len(text)], "\n"), nil
}

func (r *Renderer) addPartial(t domain.Template) error {
	file := FileName(t.Name)
	_, text, before, err := body(file, t.Source)
	if err != nil {
		return err
	}
	name := partialName(t.Name)
	r.where[name] = location{file: file, offset: before}
	if _, err := r.partials.New(name).Parse(text); err != nil {
		return templateError(err, r.where, location{file: file})
	}
	return nil
}

func (r *Renderer) compile(t domain.Template) *compiled {
	file := FileName(t.Name)
	fm, text, before, err := body(file, t.Source)
	c := &compiled{tpl: t, where: maps.Clone(r.where)}
	if err != nil {
		c.err = err
		return c
	}
	c.where[file] = location{file: file, offset: before}
	c.fm = fm
	titleKey, title := "title", fm.Title
	if fm.Channel == domain.ChannelEmail || title == "" {
		titleKey, title = "subject", fm.Subject
	}
	if fm.Channel == domain.ChannelEmail && title == "" && !IsPartial(t.Name) {
		c.err = errorf(file, 1, "an email template needs a subject in its front matter")
		return c
	}
	if c.body, err = r.partials.Clone(); err == nil {
		_, err = c.body.New(file).Parse(text)
	}
	if err != nil {
		c.err = templateError(err, c.where, location{file: file})
		return c
	}
	if c.title, c.err = c.field(file, titleKey, title); c.err == nil {
		c.audience, c.err = c.field(file, "audience", fm.Audience)
	}
	return c
}

// field parses a templated front matter value, its errors placed at its key.
func (c *compiled) field(file, key, value string) (*template.Template, error) {
	name := file + "#" + key
	c.where[name] = location{file: file, offset: keyLine(c.tpl.Source, key) - 1}
	t, err := template.New(name).Funcs(Funcs()).Parse(value)
	if err != nil {
		return nil, templateError(err, c.where, location{file: file})
	}
	return t, nil
}

// Render executes a template with data and converts the result. A template
// given to NewRenderer with the same source is not parsed again; any other,
// such as an edited one being previewed, is parsed first. A partial renders
// as its own body.
func (r *Renderer) Render(t domain.Template, data Data) (Rendered, error) {
	c := r.compiled[t.Name]
	if c == nil || c.tpl.Source != t.Source {
		c = r.compile(t)
	}
	if c.err != nil {
		return Rendered{}, c.err
	}
	file := FileName(t.Name)
	var md strings.Builder
	if err := c.body.ExecuteTemplate(&md, file, data); err != nil {
		return Rendered{}, templateError(err, c.where, location{file: file})
	}
	title, err := c.line(c.title, data)
	if err != nil {
		return Rendered{}, err
	}
	audience, err := c.line(c.audience, data)
	if err != nil {
		return Rendered{}, err
	}
	if audience == "" {
		audience = data.Phase.Audience
	}
	if title == "" {
		title = t.Name
	}
	markdown := md.String()
	doc, err := convert(markdown)
	if err != nil {
		return Rendered{}, fmt.Errorf("%s: %w", file, err)
	}
	return Rendered{
		Template: t.Name, Channel: c.fm.Channel, Phase: data.Phase.Name, Audience: audience, Locale: c.fm.Locale,
		Title: title, Markdown: markdown, HTML: doc.html, Text: doc.text, Headings: doc.headings, CTA: doc.cta,
		Starts: data.Phase.Starts, Ends: data.Phase.Ends,
	}, nil
}

// line executes a front matter template as one line of text: runs of white
// space, line breaks included, become one space.
func (c *compiled) line(t *template.Template, data Data) (string, error) {
	var b strings.Builder
	if err := t.Execute(&b, data); err != nil {
		return "", templateError(err, c.where, location{file: FileName(c.tpl.Name)})
	}
	return strings.Join(strings.Fields(b.String()), " "), nil
}
