package mailer_test

import (
	"slices"
	"strings"
	"testing"

	"rolloutdesk/backend/actions"
	"rolloutdesk/backend/communications"
	"rolloutdesk/backend/demo"
	"rolloutdesk/backend/domain"
	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/workspace/workspacetest"
)

func TestSendNoticeTestMarksTheNoticeSent(t *testing.T) {
	tests := []struct {
		name      string
		channel   domain.Channel
		to        []string
		wantErr   string
		wantState domain.DraftState
		wantAudit string
	}{
		{"the customer notice", domain.ChannelEmail, []string{"ana@example.com"}, "", domain.DraftSent, "Test email notice "},
		{"rejected everywhere", domain.ChannelEmail, []string{"gone@example.com"}, "accepted none of the recipients", domain.DraftDrafted, "not sent"},
		{"the support notice", domain.ChannelSupport, []string{"ana@example.com"}, "only email notices can be sent", domain.DraftDrafted, ""},
		{"no recipients", domain.ChannelEmail, nil, "no recipients", domain.DraftDrafted, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := t.Context()
			w := workspacetest.OpenDemo(t)
			srv := savedServer(t, w)
			id := provider.ID{Provider: provider.Demo, Project: demo.Project, Environment: demo.Production, Key: "new-checkout"}
			if _, _, err := w.Actions.Kill(ctx, actions.KillRequest{ID: id, Release: demo.ReleaseKey}); err != nil {
				t.Fatal(err)
			}
			notices, err := w.Comms.Notices(ctx, demo.ReleaseKey)
			if err != nil {
				t.Fatal(err)
			}
			i := slices.IndexFunc(notices, func(n communications.Notice) bool { return n.Channel == tt.channel })

			_, err = w.Mail.SendNoticeTest(ctx, notices[i].ID, tt.to, nil)

			if tt.wantErr == "" && err != nil || tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("SendNoticeTest error = %v, want one containing %q", err, tt.wantErr)
			}
			after, _ := w.Comms.Notices(ctx, demo.ReleaseKey)
			if j := slices.IndexFunc(after, func(n communications.Notice) bool { return n.ID == notices[i].ID }); after[j].State != tt.wantState {
				t.Errorf("the notice is %s, want %s", after[j].State, tt.wantState)
			}
			if tt.wantState == domain.DraftSent {
				if got := srv.Deliveries(); len(got) != 1 || !strings.Contains(string(got[0].Data), "paused New checkout") {
					t.Errorf("server got %d messages, want the customer notice", len(got))
				}
			}
			checkAudit(t, w, tt.wantAudit)
		})
	}
}
