package mail

import (
	"net/mail"
	"strings"
	"testing"
)

func TestParseRecipients(t *testing.T) {
	tests := []struct {
		name    string
		to      []string
		want    []string
		wantErr string
	}{
		{"addresses", []string{"ana@example.com", "Ben <ben@example.com>"}, []string{"ana@example.com", "ben@example.com"}, ""},
		{"none", nil, nil, "no recipients"},
		{"not an address", []string{"ana@example.com", "ana at example"}, nil, `recipient "ana at example" is not an email address`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseRecipients(tt.to)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || len(got) != len(tt.want) {
				t.Fatalf("ParseRecipients = %v, %v", got, err)
			}
			for i, a := range got {
				if a.Address != tt.want[i] {
					t.Errorf("address %d = %q, want %q", i, a.Address, tt.want[i])
				}
			}
		})
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
