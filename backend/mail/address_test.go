package mail

import (
	"errors"
	"net/mail"
	"slices"
	"strings"
	"testing"
)

func TestCheckRecipients(t *testing.T) {
	tests := []struct {
		name      string
		to        []string
		wantValid []string
		wantErr   string
	}{
		{"addresses", []string{"ana@example.com", "Ben <ben@example.com>"}, []string{"ana@example.com", "ben@example.com"}, ""},
		{"none", nil, nil, "no recipients"},
		{"a bad one is set aside", []string{"ana@example.com", "bob@"}, []string{"ana@example.com"}, ""},
		{"only bad ones", []string{"bob@", "ana at example"}, nil,
			"none of the recipients is an email address, so nothing was sent: “bob@” is not an email address: nothing comes after the @"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := CheckRecipients(tt.to)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || !slices.Equal(got.Addresses(), tt.wantValid) {
				t.Fatalf("CheckRecipients = %v, %v; want %q", got.Addresses(), err, tt.wantValid)
			}
		})
	}
}

func TestRecipientsReportKeepsTheOrderGiven(t *testing.T) {
	r, err := CheckRecipients([]string{"bob@", "Ana <ana@example.com>", "x", "gone@example.com"})
	if err != nil {
		t.Fatal(err)
	}
	sent := Report{Sent: true, Recipients: []RecipientResult{
		{Address: "ana@example.com", Accepted: true, Status: StatusSent},
		{Address: "gone@example.com", Code: 550, Message: "5.1.1 No such user", Status: StatusRefused, Reason: "refused"},
	}}
	got := r.Report(sent)
	want := []struct{ address, status, reason string }{
		{"bob@", StatusInvalid, "“bob@” is not an email address: nothing comes after the @; write it as name@example.com or Name <name@example.com>"},
		{"ana@example.com", StatusSent, ""},
		{"x", StatusInvalid, "“x” is not an email address: it has no @; write it as name@example.com or Name <name@example.com>"},
		{"gone@example.com", StatusRefused, "refused"},
	}
	if !got.Sent || len(got.Recipients) != len(want) {
		t.Fatalf("Report = %+v", got)
	}
	for i, w := range want {
		g := got.Recipients[i]
		if g.Address != w.address || g.Status != w.status || g.Reason != w.reason {
			t.Errorf("recipient %d = %+v, want %+v", i, g, w)
		}
	}
}

// TestParseAddressInPlainWords: each raw net/mail error and what the
// person reads instead.
func TestParseAddressInPlainWords(t *testing.T) {
	tests := []struct {
		in     string
		raw    string // net/mail's error, which the person no longer sees
		reason string
	}{
		{"bob@", "mail: missing '@' or angle-addr", "nothing comes after the @"},
		{"bob", "mail: missing '@' or angle-addr", "it has no @"},
		{"", "mail: no address", "it is empty"},
		{"@example.com", "mail: missing word in phrase: mail: invalid string", "nothing comes before the @"},
		{"Bob <bob@example.com", "mail: unclosed angle-addr", "a < or > has no partner: put the address between < and >, or leave both out"},
		{"bob@@example.com", "mail: missing '@' or angle-addr", "it has more than one @"},
		{"bob@example..com", "mail: missing '@' or angle-addr", "a dot stands at the start or end of a part, or two dots stand together"},
		{".bob@example.com", "mail: missing '@' or angle-addr", "a dot stands at the start or end of a part, or two dots stand together"},
		{"a@b.com, c@d.com", `mail: expected single address, got ", c@d.com"`, "it holds more than one address: give each address on its own"},
		{"bob smith@example.com", "mail: no angle-addr", "it contains a space"},
		{"Bob <>", "mail: invalid string", "there is no address between < and >"},
		{"bob@[1.2.3]", "mail: missing '@' or angle-addr", "the part after the @ is not a domain name such as example.com"},
		{"bob@exam\xffple.com", "mail: missing '@' or angle-addr", "it contains bytes that are not text (copy it again from its source)"},
		{"bob@example.com\r\nRCPT TO:<x@example.com>", "mail: expected single address, got \"\\r\\nRCPT TO:<x@example.com>\"", "it contains a line break or another invisible control character"},
		{`"bob@example.com`, "mail: missing word in phrase: mail: unclosed quoted-string", "it cannot be read as one (missing word in phrase: mail: unclosed quoted-string)"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := ParseAddress(tt.in)
			var ae *AddressError
			if !errors.As(err, &ae) {
				t.Fatalf("ParseAddress(%q) = %v, want an *AddressError", tt.in, err)
			}
			if ae.Err.Error() != tt.raw {
				t.Errorf("raw error = %q, want %q (net/mail changed: check the translation)", ae.Err, tt.raw)
			}
			want := "“" + tt.in + "” is not an email address: " + tt.reason + "; write it as name@example.com or Name <name@example.com>"
			if err.Error() != want {
				t.Errorf("error = %q\nwant    %q", err, want)
			}
		})
	}
	if a, err := ParseAddress("Ana <ana@example.com>"); err != nil || a.Address != "ana@example.com" {
		t.Errorf("ParseAddress of a good address = %v, %v", a, err)
	}
}

func TestAddressed(t *testing.T) {
	eml := "From: releases@example.com\r\nTo: nobody@example.com\r\nSubject: Hi\r\n\r\nBody stays.\r\n"
	got, err := Addressed([]byte(eml), []*mail.Address{{Name: "Ana", Address: "ana@example.com"}, {Address: "ben@example.com"}})
	if err != nil {
		t.Fatal(err)
	}
	text := string(got)
	if !strings.Contains(text, `To: "Ana" <ana@example.com>, <ben@example.com>`) || strings.Contains(text, "nobody@") ||
		!strings.HasSuffix(text, "\r\n\r\nBody stays.\r\n") || !strings.Contains(text, "Subject: Hi") {
		t.Errorf("Addressed =\n%s", text)
	}
	if _, err := Addressed([]byte("no header at all"), nil); err == nil {
		t.Error("a message without a header was addressed")
	}
}

func TestServer(t *testing.T) {
	tests := []struct {
		s    Settings
		want string
	}{
		{Settings{Host: "smtp.example.com"}, "smtp.example.com"},
		{Settings{Host: "127.0.0.1", Port: 2525}, "127.0.0.1:2525"},
		{Settings{Host: "::1", Port: 25}, "[::1]:25"},
	}
	for _, tt := range tests {
		if got := tt.s.Server(); got != tt.want {
			t.Errorf("Server() = %q, want %q", got, tt.want)
		}
	}
}

func TestReportSummary(t *testing.T) {
	tests := []struct {
		r    Report
		want string
	}{
		{Report{}, "no recipient offered"},
		{Report{Recipients: []RecipientResult{{Address: "gone@example.com", Code: 550, Message: "5.1.1 No such user"}, {Address: "ana@example.com", Accepted: true}}},
			"gone@example.com rejected (550 5.1.1 No such user), ana@example.com accepted"},
	}
	for _, tt := range tests {
		if got := tt.r.Summary(); got != tt.want {
			t.Errorf("Summary() = %q, want %q", got, tt.want)
		}
	}
}
