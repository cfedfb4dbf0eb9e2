package splitfake

import (
	"net/http"
	"testing"
)

// TestFlagsOnlyKey checks that a feature-flags-only key reads and changes
// flags but may not list workspaces or environments, and the admin key may.
func TestFlagsOnlyKey(t *testing.T) {
	f := newFixture(t)
	flag := "/splits/ws/" + f.ws.ID + "/alpha/environments/Production"
	tests := []struct {
		name, method, path, body string
		flagsOnly, admin         int
	}{
		{"workspaces", "GET", "/workspaces", "", http.StatusForbidden, http.StatusOK},
		{"environments", "GET", "/environments/ws/" + f.ws.ID, "", http.StatusForbidden, http.StatusOK},
		{"definitions", "GET", "/splits/ws/" + f.ws.ID + "/environments/" + f.prod.ID, "", http.StatusOK, http.StatusOK},
		{"definition", "GET", flag, "", http.StatusOK, http.StatusOK},
		{"kill", "PUT", flag + "/kill", "", http.StatusOK, http.StatusOK},
		{"restore", "POST", flag + "/restore", "", http.StatusOK, http.StatusOK},
		{"patch", "PATCH", flag, `[{"op":"replace","path":"/trafficAllocation","value":50}]`, http.StatusOK, http.StatusOK},
		{"segments", "GET", "/segments/ws/" + f.ws.ID + "/environments/Production", "", http.StatusOK, http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, key := range []struct {
				name, header, token string
				want                int
			}{
				{"flags-only bearer", "Authorization", "Bearer " + f.srv.FlagsOnlyToken(), tt.flagsOnly},
				{"flags-only x-api-key", "x-api-key", f.srv.FlagsOnlyToken(), tt.flagsOnly},
				{"admin", "Authorization", "Bearer " + f.srv.Token(), tt.admin},
			} {
				r := f.call(t, tt.method, tt.path, tt.body, "Authorization", "", key.header, key.token)
				if r.status != key.want {
					t.Fatalf("%s key: status %d, want %d: %s", key.name, r.status, key.want, r.body)
				}
				if key.want == http.StatusForbidden {
					checkErrorBody(t, r, http.StatusForbidden, "Forbidden")
				}
			}
		})
	}
}

func TestFlagsOnlyTokenOption(t *testing.T) {
	tests := []struct{ set, want string }{
		{"", DefaultFlagsOnlyToken},
		{"mine", "mine"},
	}
	for _, tt := range tests {
		srv := New(Options{FlagsOnlyToken: tt.set})
		if got := srv.FlagsOnlyToken(); got != tt.want {
			t.Errorf("FlagsOnlyToken %q set: %q, want %q", tt.set, got, tt.want)
		}
		srv.Close()
	}
}
