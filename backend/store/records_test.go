package store

import (
	"context"
	"encoding/json"
	"errors"
	"testing"
	"time"

	"rolloutdesk/backend/domain"
)

func TestConnections(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	c := domain.Connection{Name: "LD prod", Provider: "launchdarkly", BaseURL: "https://app.launchdarkly.com", Project: "default"}
	id, err := s.SaveConnection(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	c.Environments = []string{"production", "staging"}
	id2, err := s.SaveConnection(ctx, c)
	if err != nil || id2 != id {
		t.Fatalf("update by name: id %d vs %d, %v", id2, id, err)
	}
	list, err := s.ListConnections(ctx)
	if err != nil || len(list) != 1 || len(list[0].Environments) != 2 {
		t.Fatalf("list = %+v, %v", list, err)
	}
	if err := s.DeleteConnection(ctx, "LD prod"); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteConnection(ctx, "LD prod"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("delete twice: %v", err)
	}
}

func TestTemplates(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	tpl := domain.Template{Name: "ga-email", Channel: domain.ChannelEmail, Phase: "GA", Trigger: domain.TriggerIncident, Title: "It's here", Source: "---\n---\nHi", Builtin: true}
	if _, err := s.SaveTemplate(ctx, tpl); err != nil {
		t.Fatal(err)
	}
	bad := tpl
	bad.Name, bad.Channel = "bad", "fax"
	if _, err := s.SaveTemplate(ctx, bad); err == nil {
		t.Fatal("saved a template with an unknown channel")
	}
	bad.Channel, bad.Trigger = domain.ChannelEmail, "release"
	if _, err := s.SaveTemplate(ctx, bad); err == nil {
		t.Fatal("saved a template with an unknown trigger")
	}
	got, err := s.GetTemplate(ctx, "ga-email")
	if err != nil || got.Source != tpl.Source || !got.Builtin || got.Trigger != domain.TriggerIncident {
		t.Fatalf("get = %+v, %v", got, err)
	}
	if _, err := s.GetTemplate(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("get missing: %v", err)
	}
	if err := s.DeleteBuiltinTemplates(ctx); err != nil {
		t.Fatal(err)
	}
	if list, _ := s.ListTemplates(ctx); len(list) != 0 {
		t.Fatalf("templates left: %+v", list)
	}
}

func TestAuditFilters(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	base := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	events := []domain.AuditEvent{
		{At: base, Actor: "dana", Action: "release.create", Release: "a"},
		{At: base.Add(time.Hour), Actor: "dana", Action: "flag.kill", Release: "a", Before: json.RawMessage(`{"on":true}`), After: json.RawMessage(`{"on":false}`)},
		{At: base.Add(2 * time.Hour), Actor: "lee", Action: "release.create", Release: "b"},
	}
	for _, e := range events {
		if _, err := s.AppendAudit(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name   string
		filter domain.AuditFilter
		want   []string
	}{
		{"all, newest first", domain.AuditFilter{}, []string{"b", "a", "a"}},
		{"by release", domain.AuditFilter{Release: "a"}, []string{"a", "a"}},
		{"by action", domain.AuditFilter{Action: "release.create"}, []string{"b", "a"}},
		{"since", domain.AuditFilter{Since: base.Add(90 * time.Minute)}, []string{"b"}},
		{"limit", domain.AuditFilter{Limit: 1}, []string{"b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.ListAudit(ctx, tt.filter)
			if err != nil {
				t.Fatal(err)
			}
			var releases []string
			for _, e := range got {
				releases = append(releases, e.Release)
			}
			if len(releases) != len(tt.want) {
				t.Fatalf("got %v, want %v", releases, tt.want)
			}
			for i := range releases {
				if releases[i] != tt.want[i] {
					t.Fatalf("got %v, want %v", releases, tt.want)
				}
			}
		})
	}
	got, _ := s.ListAudit(ctx, domain.AuditFilter{Action: "flag.kill"})
	if string(got[0].After) != `{"on":false}` {
		t.Errorf("after = %s", got[0].After)
	}
}

func TestSettingsAndEmpty(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	if empty, err := s.Empty(ctx); err != nil || !empty {
		t.Fatalf("new workspace empty = %v, %v", empty, err)
	}
	if v, err := s.Setting(ctx, "demo.declined"); err != nil || v != "" {
		t.Fatalf("unset setting = %q, %v", v, err)
	}
	if err := s.SetSetting(ctx, "demo.declined", "true"); err != nil {
		t.Fatal(err)
	}
	if v, _ := s.Setting(ctx, "demo.declined"); v != "true" {
		t.Fatalf("setting = %q", v)
	}
	if _, err := s.SavePlan(ctx, samplePlan()); err != nil {
		t.Fatal(err)
	}
	if empty, _ := s.Empty(ctx); empty {
		t.Fatal("workspace with a release reported empty")
	}
}
