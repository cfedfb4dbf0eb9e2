package comms

import (
	"io"
	"strings"
	"testing"

	"github.com/emersion/go-message/mail"

	"rolloutdesk/backend/domain"
)

// emailParts parses an .eml back and returns its header and the bodies of
// its parts by media type.
func emailParts(t *testing.T, eml string) (mail.Header, map[string]string) {
	t.Helper()
	mr, err := mail.CreateReader(strings.NewReader(eml))
	if err != nil {
		t.Fatal(err)
	}
	defer mr.Close()
	parts := map[string]string{}
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		h, ok := p.Header.(*mail.InlineHeader)
		if !ok {
			t.Fatalf("part with header %T, want an inline part", p.Header)
		}
		mediaType, params, err := h.ContentType()
		if err != nil || params["charset"] != "utf-8" {
			t.Fatalf("part Content-Type %q %v: %v", mediaType, params, err)
		}
		b, err := io.ReadAll(p.Body)
		if err != nil {
			t.Fatal(err)
		}
		parts[mediaType] = strings.ReplaceAll(string(b), "\r\n", "\n")
	}
	return mr.Header, parts
}

func TestEmailParsesBack(t *testing.T) {
	r := newTestRenderer(t, fixtures(t))
	outputs, err := r.RenderPlan(testPlan(), "Früh dabei")
	if err != nil {
		t.Fatal(err)
	}
	var eml string
	for _, o := range outputs {
		if o.Ext == "eml" {
			eml = o.Content
		}
	}
	if !strings.Contains(eml, "\r\n") || strings.Contains(strings.ReplaceAll(eml, "\r\n", ""), "\n") {
		t.Error("lines do not all end in CRLF")
	}
	rawSubject := eml[strings.Index(eml, "Subject:"):]
	rawSubject = rawSubject[:strings.Index(rawSubject, "\r\n")]
	if !strings.Contains(rawSubject, "=?utf-8?") || strings.ContainsFunc(rawSubject, func(r rune) bool { return r > 127 }) {
		t.Errorf("raw subject %q is not RFC 2047 encoded ASCII", rawSubject)
	}

	h, parts := emailParts(t, eml)
	if subject, err := h.Subject(); err != nil || subject != "Früh dabei: Neuer Checkout ✓" {
		t.Errorf("Subject %q (%v)", subject, err)
	}
	if date, err := h.Date(); err != nil || !date.Equal(testNow) {
		t.Errorf("Date %v (%v), want %v", date, err, testNow)
	}
	if id, err := h.MessageID(); err != nil || id != "welcome@example.com" {
		t.Errorf("Message-ID %q (%v)", id, err)
	}
	if v := h.Get("MIME-Version"); v != "1.0" {
		t.Errorf("MIME-Version %q", v)
	}
	if from, err := h.AddressList("From"); err != nil || len(from) != 1 || from[0].Address != "releases@example.com" || from[0].Name != "Rollout Desk" {
		t.Errorf("From %v (%v)", from, err)
	}
	if ct, _, _ := h.ContentType(); ct != "multipart/alternative" {
		t.Errorf("Content-Type %q", ct)
	}
	if len(parts) != 2 {
		t.Fatalf("parts %v, want text/plain and text/html", parts)
	}
	for mediaType, want := range map[string][]string{
		"text/plain": {"Willkommen bei Neuer Checkout\n=====", "Viele Grüße,", "Umfrage (https://example.com/umfrage?a=1&b=2)", "- [x] Konto angelegt"},
		"text/html":  {"<!doctype html>", `<html lang="de">`, "<title>Früh dabei: Neuer Checkout ✓</title>", "<strong>1 Mar 2026</strong>", `style="border-collapse:collapse`},
	} {
		for _, w := range want {
			if !strings.Contains(parts[mediaType], w) {
				t.Errorf("%s part lacks %q:\n%s", mediaType, w, parts[mediaType])
			}
		}
	}
}

func TestEmailSender(t *testing.T) {
	tests := []struct {
		from, wantName, wantErr string
	}{
		{"", "Rollout Desk", ""},
		{"Équipe Produit <produit@example.fr>", "Équipe Produit", ""},
		{"not an address", "", `sender "not an address"`},
	}
	for _, tt := range tests {
		t.Run(tt.from, func(t *testing.T) {
			cfg := testConfig()
			cfg.From = tt.from
			r, err := NewRenderer(nil, cfg)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			email := tpl(t, "e", "---\nchannel: email\nsubject: Hi\n---\nHello\n")
			rd, err := r.Render(email, NewData(testPlan(), testPlan().Phases[0], testNow))
			if err != nil {
				t.Fatal(err)
			}
			files, err := r.Files(rd, "d", "R")
			if err != nil {
				t.Fatal(err)
			}
			h, _ := emailParts(t, files[0].Content)
			from, err := h.AddressList("From")
			if err != nil || from[0].Name != tt.wantName {
				t.Errorf("From %v (%v), want name %q", from, err, tt.wantName)
			}
			if raw := h.Get("From"); strings.ContainsFunc(raw, func(r rune) bool { return r > 127 }) {
				t.Errorf("raw From %q is not encoded", raw)
			}
		})
	}
}

func TestDefaultMessageIDIsUniqueAtSenderDomain(t *testing.T) {
	r, err := NewRenderer(nil, Config{From: "a@releases.example.org"})
	if err != nil {
		t.Fatal(err)
	}
	rd := Rendered{Template: "x", Channel: domain.ChannelEmail, Title: "Hi", Locale: "en"}
	a, b := r.messageID(rd), r.messageID(rd)
	if a == b || !strings.HasSuffix(a, "@releases.example.org") {
		t.Errorf("message IDs %q and %q", a, b)
	}
}
