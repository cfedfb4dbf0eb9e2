package main

import (
	"time"

	"rolloutdesk/backend/communications"
	"rolloutdesk/backend/domain"
	vm "rolloutdesk/backend/viewmodel"
	"rolloutdesk/backend/workspace"
)

// ListTemplates lists the communication templates.
func (a *App) ListTemplates() ([]vm.Template, error) {
	return serve(a, func(ws *workspace.Workspace) ([]vm.Template, error) {
		return adaptAll(vm.FromTemplate)(ws.Comms.Templates(a.ctx))
	})
}

// PreviewTemplate renders a template for a phase of a release; a non-empty
// source previews unsaved edits. Its error names the file and line.
func (a *App) PreviewTemplate(release, phase, name, source string) (vm.Preview, error) {
	return serve(a, func(ws *workspace.Workspace) (vm.Preview, error) {
		return adapt(vm.FromPreview)(ws.Comms.Preview(a.ctx, release, phase, name, source))
	})
}

// TemplateVariables lists what templates see for a phase of a release.
func (a *App) TemplateVariables(release, phase string) ([]vm.TemplateVariable, error) {
	return serve(a, func(ws *workspace.Workspace) ([]vm.TemplateVariable, error) {
		return adaptAll(vm.FromTemplateVariable)(ws.Comms.Variables(a.ctx, release, phase))
	})
}

// TemplatesForPhase lists the templates that go out with a phase of a
// release ("" the active phase, else the first), on channel when it is not
// "": what the send-test and bundle pickers offer.
func (a *App) TemplatesForPhase(release, phase, channel string) ([]vm.Template, error) {
	return serve(a, func(ws *workspace.Workspace) ([]vm.Template, error) {
		return adaptAll(vm.FromTemplate)(ws.Comms.TemplatesFor(a.ctx, release, phase, domain.Channel(channel)))
	})
}

// CommsCheck lists the templates whose phase names a phase the release
// lacks, and the phases no email or in-app template tells.
func (a *App) CommsCheck(release string) (vm.CommsCoverage, error) {
	return serve(a, func(ws *workspace.Workspace) (vm.CommsCoverage, error) {
		return adapt(vm.FromCommsCoverage)(ws.Comms.Coverage(a.ctx, release))
	})
}

// CommsDue lists what goes out, across every release, from the day from to
// the day to (YYYY-MM-DD, both included; "" is today and six days after
// from): the "this week, next week" view.
func (a *App) CommsDue(from, to string) ([]vm.CalendarEntry, error) {
	return serve(a, func(ws *workspace.Workspace) ([]vm.CalendarEntry, error) {
		window, err := vm.DueWindow(from, to)
		if err != nil {
			return nil, err
		}
		return adaptAll(vm.FromCalendarEntry)(ws.Comms.DueAll(a.ctx, window))
	})
}

// CommsChanges lists the phase communications of a release whose text
// changed since they were last exported, each with a line diff.
func (a *App) CommsChanges(release string) ([]vm.CommsChange, error) {
	return serve(a, func(ws *workspace.Workspace) ([]vm.CommsChange, error) {
		return adaptAll(vm.FromCommsChange)(ws.Comms.Changes(a.ctx, release))
	})
}

// SaveTemplate checks and saves a template file.
func (a *App) SaveTemplate(name, source string) (vm.Template, error) {
	return serve(a, func(ws *workspace.Workspace) (vm.Template, error) {
		return adapt(vm.FromTemplate)(ws.Comms.SaveTemplate(a.ctx, name, source))
	})
}

// ExportBundleFile asks where to save the communications bundle of a release
// (or of one phase) and writes it. It returns the path, or "" when cancelled.
func (a *App) ExportBundleFile(release, phase string) (string, error) {
	d := SaveDialog{Title: "Export the communications bundle", Filename: communications.BundleFileName(release, phase),
		Filter: FileFilter{Name: "Zip files (*.zip)", Pattern: "*.zip"}}
	return a.saveAs(d, func(ws *workspace.Workspace, path string) error {
		return ws.Comms.ExportBundleFile(a.ctx, release, phase, path)
	})
}

// Calendar lists what goes out when for a release.
func (a *App) Calendar(release string) ([]vm.CalendarEntry, error) {
	return serve(a, func(ws *workspace.Workspace) ([]vm.CalendarEntry, error) {
		return adaptAll(vm.FromCalendarEntry)(ws.Comms.Calendar(a.ctx, release))
	})
}

// ExportCalendarFile asks where to save a release's communication calendar
// and writes it as .ics. It returns the path, or "" when cancelled.
func (a *App) ExportCalendarFile(release string) (string, error) {
	d := SaveDialog{Title: "Export the communication calendar", Filename: communications.CalendarFileName(release),
		Filter: FileFilter{Name: "Calendar files (*.ics)", Pattern: "*.ics"}}
	return a.saveAs(d, func(ws *workspace.Workspace, path string) error {
		return ws.Comms.ExportCalendarFile(a.ctx, release, path)
	})
}

// SMTPSettings returns the saved SMTP settings (never the password).
func (a *App) SMTPSettings() (vm.SMTPSettings, error) {
	return serve(a, func(ws *workspace.Workspace) (vm.SMTPSettings, error) {
		return adapt(vm.FromSMTPSettings)(ws.Mail.Settings(a.ctx))
	})
}

// SaveSMTPSettings saves the SMTP settings; a non-empty password goes to the
// system keyring.
func (a *App) SaveSMTPSettings(s vm.SMTPSettings, password string) error {
	return do(a, func(ws *workspace.Workspace) error { return ws.Mail.SaveSettings(a.ctx, s.Settings(), password) })
}

// SendTest sends one email template, rendered for a phase, to test
// recipients through the saved SMTP server, and reports per recipient.
func (a *App) SendTest(release, phase, template string, to []string) (vm.SendReport, error) {
	return serve(a, func(ws *workspace.Workspace) (vm.SendReport, error) {
		return adapt(vm.FromSendReport)(ws.Mail.SendTest(a.ctx, release, phase, template, to, nil))
	})
}

// CommsPreviewAsOf shows a release as its plan has it on the day day
// (YYYY-MM-DD, "" today): the phase in effect by the phases' dates, each
// linked flag's planned exposure and the phase's communications as they
// will read that day.
func (a *App) CommsPreviewAsOf(release, day string) (vm.AsOf, error) {
	return serve(a, func(ws *workspace.Workspace) (vm.AsOf, error) {
		d, err := communications.ParseDay(day, time.Now())
		if err != nil {
			return vm.AsOf{}, err
		}
		return adapt(vm.FromAsOf)(ws.Comms.PreviewAsOf(a.ctx, release, d))
	})
}
