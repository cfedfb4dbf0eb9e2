package cli

import (
	"strings"
	"testing"

	"rolloutdesk/backend/provider/fakehttp"
	"rolloutdesk/backend/provider/launchdarkly/ldfake"
	"rolloutdesk/backend/provider/split/splitfake"
)

// fakeAccount is a provider fake reachable through the CLI flags.
type fakeAccount struct {
	provider, projectFlag, project, env, url string
	approvals                                func(required bool)
	inject                                   func(kind fakehttp.Kind)
}

func TestKillAndRestore(t *testing.T) {
	ld := ldfake.New(ldfake.Options{})
	defer ld.Close()
	if err := ld.Generate(ldfake.GenerateOptions{Project: "web", Environments: []string{"production"}, Flags: 3}); err != nil {
		t.Fatal(err)
	}
	sp := splitfake.New(splitfake.Options{})
	defer sp.Close()
	ws := sp.Generate(splitfake.Synthetic{Workspace: "Web Store", Environments: []string{"Production"}, Flags: 3, Seed: 3})
	t.Setenv("LAUNCHDARKLY_API_TOKEN", ld.Token())
	t.Setenv("SPLIT_ADMIN_API_KEY", sp.Token())

	accounts := []fakeAccount{
		{"launchdarkly", "--project", "web", "production", ld.URL(),
			func(r bool) { ld.SetApprovalsRequired("web", "production", r) },
			func(k fakehttp.Kind) { ld.Inject(ldfake.Fault{Kind: k, Method: "PATCH", Times: 1}) }},
		{"split", "--workspace", "Web Store", "Production", sp.URL(),
			func(r bool) { sp.SetApprovalsRequired(ws.ID, "Production", r) },
			func(k fakehttp.Kind) { sp.InjectFault(splitfake.Fault{Kind: k, Method: "PUT", Times: 1}) }},
	}
	for _, a := range accounts {
		t.Run(a.provider, func(t *testing.T) {
			dir := t.TempDir()
			code, out, errOut := run(t, nil, "--data-dir", dir, "sync", a.provider, a.projectFlag, a.project, "--base-url", a.url, "--json")
			if code != 0 {
				t.Fatal(errOut)
			}
			key := decodeFlags(t, out)[0].Key
			action := func(verb string, extra ...string) (int, string, string) {
				args := append([]string{"--data-dir", dir, verb, a.provider, a.projectFlag, a.project, "--env", a.env,
					"--flag", key, "--base-url", a.url, "--comment", "INC-9"}, extra...)
				return run(t, nil, args...)
			}
			tests := []struct {
				name     string
				verb     string
				setup    func()
				yes      bool
				wantCode int
				want     string
			}{
				{"needs --yes", "kill", func() {}, false, 1, "re-run with --yes"},
				{"approval required", "kill", func() { a.approvals(true) }, true, 1, "approved change request"},
				{"conflict", "kill", func() { a.approvals(false); a.inject(fakehttp.Conflict) }, true, 1, "changed while it was being written"},
				{"kill", "kill", func() {}, true, 0, key + " is now off in " + a.env + " (was on)."},
				{"restore", "restore", func() {}, true, 0, key + " is now on in " + a.env + " (was off)."},
			}
			for _, tt := range tests {
				tt.setup()
				var extra []string
				if tt.yes {
					extra = append(extra, "--yes")
				}
				code, out, errOut := action(tt.verb, extra...)
				if code != tt.wantCode || !strings.Contains(out+errOut, tt.want) {
					t.Fatalf("%s: code %d stdout %q stderr %q; want %d and %q", tt.name, code, out, errOut, tt.wantCode, tt.want)
				}
			}
			code, out, _ = run(t, nil, "--data-dir", dir, "flags", "--provider", a.provider, "--json")
			for _, f := range decodeFlags(t, out) {
				if f.Key == key && !f.On {
					t.Fatalf("stored state after restore: %+v", f)
				}
			}
		})
	}
}
