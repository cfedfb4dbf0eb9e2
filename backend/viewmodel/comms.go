package viewmodel

import (
	"time"

	"rolloutdesk/backend/calendar"
	"rolloutdesk/backend/comms"
	"rolloutdesk/backend/communications"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/mail"
)

// Template is a Markdown communication template with YAML front matter.
type Template struct {
	ID        int64     `json:"id"`
	Name      string    `json:"name"`
	Channel   string    `json:"channel"`
	Phase     string    `json:"phase"`
	Trigger   string    `json:"trigger"`
	Title     string    `json:"title"`
	Source    string    `json:"source"`
	Builtin   bool      `json:"builtin"`
	UpdatedAt time.Time `json:"updated_at"`
}

// FromTemplate maps a template.
func FromTemplate(t domain.Template) Template {
	return Template{ID: t.ID, Name: t.Name, Channel: string(t.Channel), Phase: t.Phase, Trigger: string(t.Trigger), Title: t.Title,
		Source: t.Source, Builtin: t.Builtin, UpdatedAt: t.UpdatedAt}
}

// Preview is a template rendered for one phase with its files.
type Preview struct {
	Template string     `json:"template"`
	Channel  string     `json:"channel"`
	Phase    string     `json:"phase"`
	Audience string     `json:"audience"`
	Locale   string     `json:"locale"`
	Title    string     `json:"title"`
	Markdown string     `json:"markdown"`
	HTML     string     `json:"html"`
	Text     string     `json:"text"`
	Headings []Heading  `json:"headings"`
	CTA      *Link      `json:"cta"`
	Starts   *time.Time `json:"starts"`
	Ends     *time.Time `json:"ends"`
	Files    []Output   `json:"files"`
}

// FromPreview maps a preview.
func FromPreview(p comms.Preview) Preview {
	rd := p.Rendered
	return Preview{Template: rd.Template, Channel: string(rd.Channel), Phase: rd.Phase, Audience: rd.Audience, Locale: rd.Locale,
		Title: rd.Title, Markdown: rd.Markdown, HTML: rd.HTML, Text: rd.Text, Headings: mapAll(rd.Headings, fromHeading),
		CTA: (*Link)(rd.CTA), Starts: rd.Starts, Ends: rd.Ends, Files: mapAll(p.Files, fromOutput)}
}

// Heading is a heading of a rendered template.
type Heading struct {
	Level int    `json:"level"`
	ID    string `json:"id"`
	Text  string `json:"text"`
}

func fromHeading(h comms.Heading) Heading { return Heading(h) }

// Link is a link of a rendered template.
type Link struct {
	Text string `json:"text"`
	URL  string `json:"url"`
}

// Output is one rendered file.
type Output struct {
	Dir      string `json:"dir"`
	Release  string `json:"release"`
	Phase    string `json:"phase"`
	Channel  string `json:"channel"`
	Template string `json:"template"`
	Title    string `json:"title"`
	Ext      string `json:"ext"`
	Content  string `json:"content"`
}

func fromOutput(o comms.Output) Output {
	return Output{Dir: o.Dir, Release: o.Release, Phase: o.Phase, Channel: string(o.Channel), Template: o.Template, Title: o.Title, Ext: o.Ext, Content: o.Content}
}

// TemplateVariable is one value a template can use.
type TemplateVariable struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// FromTemplateVariable maps a template variable.
func FromTemplateVariable(v comms.Variable) TemplateVariable { return TemplateVariable(v) }

// CalendarEntry is one communication on the calendar.
type CalendarEntry struct {
	Date     time.Time `json:"date"`
	Release  string    `json:"release"`
	Phase    string    `json:"phase"`
	Channel  string    `json:"channel"`
	Template string    `json:"template"`
	Title    string    `json:"title"`
	Audience string    `json:"audience"`
}

// FromCalendarEntry maps a calendar entry.
func FromCalendarEntry(e calendar.Entry) CalendarEntry { return CalendarEntry(e) }

// SMTPSettings say how to reach the SMTP server; never the password.
type SMTPSettings struct {
	Host               string        `json:"host"`
	Port               int           `json:"port"`
	Security           string        `json:"security"`
	Username           string        `json:"username"`
	AuthMethod         string        `json:"auth_method"`
	From               string        `json:"from"`
	InsecureSkipVerify bool          `json:"insecure_skip_verify"`
	Timeout            time.Duration `json:"timeout"`
}

// FromSMTPSettings maps SMTP settings.
func FromSMTPSettings(s mail.Settings) SMTPSettings { return SMTPSettings(s) }

// Settings maps the settings back.
func (s SMTPSettings) Settings() mail.Settings { return mail.Settings(s) }

// SendReport is the server's answer to each recipient of a test email.
type SendReport struct {
	Recipients []RecipientResult `json:"recipients"`
	Sent       bool              `json:"sent"`
}

// FromSendReport maps a send report.
func FromSendReport(r mail.Report) SendReport {
	return SendReport{Recipients: mapAll(r.Recipients, fromRecipientResult), Sent: r.Sent}
}

// RecipientResult is what happened for one recipient: the server's answer,
// or why it was never offered.
type RecipientResult struct {
	Address  string `json:"address"`
	Accepted bool   `json:"accepted"`
	Code     int    `json:"code"`
	Message  string `json:"message"`
	// Status is "sent", "refused" (by the server), "invalid" (not an email
	// address, never offered) or "not_sent" (accepted, but the message did
	// not go out).
	Status string `json:"status"`
	// Reason says in plain words why the recipient got nothing; "" when sent.
	Reason string `json:"reason"`
}

func fromRecipientResult(r mail.RecipientResult) RecipientResult { return RecipientResult(r) }

// CommsCoverage is what a release's communications miss: templates whose
// phase names a phase the release lacks, and the phases no email or in-app
// template tells.
type CommsCoverage struct {
	Release   string              `json:"release"`
	Unmatched []UnmatchedTemplate `json:"unmatched"`
	// Silent are the phases whose customers hear nothing.
	Silent []string `json:"silent"`
}

// FromCommsCoverage maps a coverage check.
func FromCommsCoverage(c comms.Coverage) CommsCoverage {
	return CommsCoverage{Release: c.Release, Unmatched: mapAll(c.Unmatched, fromUnmatched), Silent: c.Silent}
}

// UnmatchedTemplate is a template relying on phases a release lacks.
type UnmatchedTemplate struct {
	Template string `json:"template"`
	Channel  string `json:"channel"`
	Trigger  string `json:"trigger"`
	// Phase is its phase selector as written.
	Phase string `json:"phase"`
	// Missing are the phases it names that the release lacks.
	Missing []string `json:"missing"`
	// Applies are the phases it still goes out with.
	Applies []string `json:"applies"`
}

func fromUnmatched(u comms.Unmatched) UnmatchedTemplate {
	return UnmatchedTemplate{Template: u.Template, Channel: string(u.Channel), Trigger: string(u.Trigger), Phase: u.Phase,
		Missing: u.Missing, Applies: u.Applies}
}

// DueWindow is the window from the day from to the day to, both
// YYYY-MM-DD; from defaults to today, to to six days after from.
func DueWindow(from, to string) (calendar.Window, error) {
	return calendar.ParseWindow(from, to, time.Now())
}

// CommsChange is a phase communication whose text changed since it was
// last exported, with a line diff: what to send again.
type CommsChange struct {
	Release    string    `json:"release"`
	Phase      string    `json:"phase"`
	Template   string    `json:"template"`
	Channel    string    `json:"channel"`
	ExportedAt time.Time `json:"exported_at"`
	// Gone says the template no longer goes out with the phase.
	Gone bool `json:"gone"`
	// Diff is a unified line diff without file headers.
	Diff string `json:"diff"`
}

// FromCommsChange maps a changed communication.
func FromCommsChange(c communications.Change) CommsChange {
	return CommsChange{Release: c.Release, Phase: c.Phase, Template: c.Template, Channel: string(c.Channel), ExportedAt: c.ExportedAt,
		Gone: c.Gone, Diff: c.Diff}
}
