package cli

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/zalando/go-keyring"

	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/provider/fakehttp"
	"rolloutdesk/backend/provider/launchdarkly/ldfake"
	"rolloutdesk/backend/provider/split/splitfake"
)

func TestMain(m *testing.M) {
	keyring.MockInit() // never touch the real keyring from tests
	os.Exit(m.Run())
}

type flagsOutput struct {
	Flags []provider.FlagState `json:"flags"`
}

func decodeFlags(t *testing.T, out string) []provider.FlagState {
	t.Helper()
	var got flagsOutput
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("output is not {\"flags\":[...]}: %v\n%s", err, out)
	}
	return got.Flags
}

func sorted(states []provider.FlagState) bool {
	return slices.IsSortedFunc(states, compareStates)
}

func TestSyncLaunchDarkly(t *testing.T) {
	fake := ldfake.New(ldfake.Options{})
	defer fake.Close()
	if err := fake.Generate(ldfake.GenerateOptions{Project: "web", Environments: []string{"production", "staging"}, Flags: 130}); err != nil {
		t.Fatal(err)
	}
	t.Setenv("LAUNCHDARKLY_API_TOKEN", fake.Token())
	dir := t.TempDir()
	sync := func(extra ...string) (int, string, string) {
		args := append([]string{"--data-dir", dir, "sync", "launchdarkly", "--project", "web", "--base-url", fake.URL()}, extra...)
		return run(t, nil, args...)
	}

	code, out, errOut := sync("--env", "production", "--json")
	if code != 0 {
		t.Fatalf("sync: %s", errOut)
	}
	states := decodeFlags(t, out)
	if len(states) != 130 || !sorted(states) || states[0].Provider != provider.LaunchDarkly || states[0].Environment != "production" {
		t.Fatalf("got %d states (sorted %v): %+v", len(states), sorted(states), states[0])
	}

	code, out, errOut = sync() // no --env: every environment
	if code != 0 || !strings.Contains(out, "Synced 260 flag states from launchdarkly web") {
		t.Fatalf("sync all environments: %d %q %q", code, out, errOut)
	}

	fake.Inject(ldfake.Fault{Kind: fakehttp.ServerError, Times: 1})
	if code, _, errOut = sync("--json"); code != 0 {
		t.Fatalf("a single 500 should be retried: %s", errOut)
	}

	fake.Inject(ldfake.Fault{Kind: fakehttp.Unauthorized})
	code, out, errOut = sync("--json")
	if code != 1 || out != "" || !strings.Contains(errOut, "token rejected") || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
		t.Fatalf("401: code %d stdout %q stderr %q", code, out, errOut)
	}
	if strings.Contains(errOut, fake.Token()) {
		t.Fatal("the error shows the token")
	}
	fake.ClearFaults()

	code, out, _ = run(t, nil, "--data-dir", dir, "flags", "--provider", "launchdarkly", "--json")
	if got := decodeFlags(t, out); code != 0 || len(got) != 260 {
		t.Fatalf("failed sync lost the previous state: %d flags", len(got))
	}
}

func TestSyncSplit(t *testing.T) {
	fake := splitfake.New(splitfake.Options{})
	defer fake.Close()
	ws := fake.Generate(splitfake.Synthetic{Workspace: "Web Store", Environments: []string{"Production", "Staging"}, Flags: 60, Seed: 1})
	dir := t.TempDir()
	args := []string{"--data-dir", dir, "sync", "split", "--workspace", "Web Store", "--env", "Production", "--base-url", fake.URL(), "--json"}

	t.Setenv("SPLIT_ADMIN_API_KEY", "")
	code, _, errOut := run(t, nil, args...)
	if code != 1 || !strings.Contains(errOut, "SPLIT_ADMIN_API_KEY") {
		t.Fatalf("without a token: code %d stderr %q", code, errOut)
	}

	t.Setenv("SPLIT_ADMIN_API_KEY", fake.Token())
	code, out, errOut := run(t, nil, args...)
	if code != 0 {
		t.Fatalf("sync: %s", errOut)
	}
	states := decodeFlags(t, out)
	if len(states) != 60 || !sorted(states) || states[0].Project != "Web Store" || states[0].Environment != "Production" || states[0].Version != nil {
		t.Fatalf("got %d states: %+v", len(states), states[0])
	}

	byID := []string{"--data-dir", dir, "sync", "split", "--workspace", ws.ID, "--env", "production", "--base-url", fake.URL()}
	if code, _, errOut := run(t, nil, byID...); code != 1 || !strings.Contains(errOut, "production") {
		t.Fatalf("environment names are case-sensitive: code %d stderr %q", code, errOut)
	}
}

func TestSyncNeedsProject(t *testing.T) {
	code, _, errOut := run(t, nil, "--data-dir", t.TempDir(), "sync", "launchdarkly")
	if code != 1 || !strings.Contains(errOut, `required flag(s) "project" not set`) {
		t.Fatalf("code %d stderr %q", code, errOut)
	}
}
