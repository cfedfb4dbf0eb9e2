package viewmodel

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"rolloutdesk/backend/actions"
	"rolloutdesk/backend/calendar"
	"rolloutdesk/backend/comms"
	"rolloutdesk/backend/communications"
	"rolloutdesk/backend/connections"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/drift"
	"rolloutdesk/backend/flags"
	"rolloutdesk/backend/mail"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/store"
)

// filled is a T with every field set, recursively: a field a mapper
// forgets then shows as a difference.
func filled[T any]() T {
	var v T
	fill(reflect.ValueOf(&v).Elem())
	return v
}

func fill(v reflect.Value) {
	switch {
	case v.Type() == reflect.TypeFor[time.Time]():
		v.Set(reflect.ValueOf(time.Date(2025, 6, 2, 9, 30, 0, 0, time.UTC)))
		return
	case v.Type() == reflect.TypeFor[json.RawMessage]():
		v.Set(reflect.ValueOf(json.RawMessage(`{"on":true}`)))
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString("s")
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int64:
		v.SetInt(7)
	case reflect.Float64:
		v.SetFloat(1.5)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem())
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		fill(v.Index(0))
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i))
			}
		}
	}
}

// sameJSON checks that the view model encodes exactly as the backend type
// it maps: the window sees what it saw before view models.
func sameJSON(t *testing.T, name string, backend, view any) {
	t.Helper()
	want, err := json.Marshal(backend)
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.Marshal(view)
	if err != nil {
		t.Fatal(err)
	}
	var w, g any
	if err := json.Unmarshal(want, &w); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(got, &g); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(w, g) {
		t.Errorf("%s:\nview model %s\nbackend    %s", name, got, want)
	}
}

func TestViewModelsEncodeLikeTheBackend(t *testing.T) {
	for name, pair := range map[string]func() (any, any){
		"Plan":           func() (any, any) { p := filled[domain.Plan](); return p, FromPlan(p) },
		"ReleaseSummary": func() (any, any) { r := filled[store.ReleaseSummary](); return r, FromReleaseSummary(r) },
		"StoredFlag":     func() (any, any) { f := filled[domain.StoredFlag](); return f, FromStoredFlag(f) },
		"HistoryPoint":   func() (any, any) { p := filled[flags.Point](); return p, FromHistoryPoint(p) },
		"Flag":           func() (any, any) { f := filled[flags.Flag](); return f, FromFlag(f) },
		"FlagHistory":    func() (any, any) { h := filled[flags.History](); return h, FromFlagHistory(h) },
		"SyncRun":        func() (any, any) { r := filled[domain.SyncRun](); return r, FromSyncRun(r) },
		"DriftReport":    func() (any, any) { r := filled[drift.Report](); return r, FromDriftReport(r) },
		"DriftChange":    func() (any, any) { c := filled[drift.Change](); return c, fromDriftChange(c) },
		"ActionResult":   func() (any, any) { r := filled[actions.Result](); return r, FromActionResult(r) },
		"KillImpact":     func() (any, any) { k := filled[actions.KillImpact](); return k, FromKillImpact(k) },
		"Proposal":       func() (any, any) { p := filled[actions.Proposal](); return p, FromProposal(p) },
		"Template":       func() (any, any) { tm := filled[domain.Template](); return tm, FromTemplate(tm) },
		"Preview":        func() (any, any) { p := filled[comms.Preview](); return p, FromPreview(p) },
		"Variable":       func() (any, any) { v := filled[comms.Variable](); return v, FromTemplateVariable(v) },
		"CalendarEntry":  func() (any, any) { e := filled[calendar.Entry](); return e, FromCalendarEntry(e) },
		"CommsCoverage":  func() (any, any) { c := filled[comms.Coverage](); return c, FromCommsCoverage(c) },
		"Notice":         func() (any, any) { n := filled[communications.Notice](); return n, FromNotice(n) },
		"CommsChange":    func() (any, any) { c := filled[communications.Change](); return c, FromCommsChange(c) },
		"AsOf":           func() (any, any) { a := filled[communications.AsOf](); return a, FromAsOf(a) },
		"SMTPSettings":   func() (any, any) { s := filled[mail.Settings](); return s, FromSMTPSettings(s) },
		"SendReport":     func() (any, any) { r := filled[mail.Report](); return r, FromSendReport(r) },
		"SupportHit":     func() (any, any) { h := filled[store.SupportHit](); return h, FromSupportHit(h) },
		"AuditEvent":     func() (any, any) { e := filled[domain.AuditEvent](); return e, FromAuditEvent(e) },
		"Problem":        func() (any, any) { p := filled[Problem](); return p, p },
	} {
		backend, view := pair()
		sameJSON(t, name, backend, view)
	}
}

func TestParametersMapBack(t *testing.T) {
	state := filled[provider.FlagState]()
	if got := FromFlagState(state).State(); !reflect.DeepEqual(got, state) {
		t.Errorf("FlagState round trip:\n%+v\nwant\n%+v", got, state)
	}
	proposal := filled[actions.Proposal]()
	if got := FromProposal(proposal).Proposal(); !reflect.DeepEqual(got, proposal) {
		t.Errorf("Proposal round trip:\n%+v\nwant\n%+v", got, proposal)
	}
	draft := filled[ConnectionDraft]()
	if got := FromConnectionInfo(connections.Info{Connection: draft.Connection()}).ConnectionDraft; !reflect.DeepEqual(got, draft) {
		t.Errorf("ConnectionDraft round trip:\n%+v\nwant\n%+v", got, draft)
	}
	link := filled[LinkDraft]()
	if got := link.Link(); got.FlagKey != link.FlagKey || got.Variation != link.Variation || got.Provider != link.Provider {
		t.Errorf("LinkDraft.Link() = %+v", got)
	}
	if r := filled[NewRelease]().Release(); r.Key == "" || r.Name == "" || r.Owner == "" || r.Description == "" {
		t.Errorf("NewRelease.Release() = %+v", r)
	}
}

func TestAuditFilter(t *testing.T) {
	tests := []struct {
		since   string
		want    time.Time
		wantErr bool
	}{
		{"", time.Time{}, false},
		{"2025-06-02T09:30:00Z", time.Date(2025, 6, 2, 9, 30, 0, 0, time.UTC), false},
		{"last week", time.Time{}, true},
	}
	for _, tt := range tests {
		f, err := AuditFilter{Release: "r", Since: tt.since, Limit: 3}.Filter()
		if (err != nil) != tt.wantErr || !f.Since.Equal(tt.want) || f.Release != "r" || f.Limit != 3 {
			t.Errorf("Filter(since %q) = %+v, %v", tt.since, f, err)
		}
	}
}
