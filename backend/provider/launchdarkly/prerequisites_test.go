package launchdarkly

import (
	"context"
	"reflect"
	"slices"
	"testing"

	"rolloutdesk/backend/provider"
	"rolloutdesk/backend/provider/fakehttp"
	"rolloutdesk/backend/provider/launchdarkly/ldfake"
	"rolloutdesk/backend/provider/transport"
	"rolloutdesk/backend/provider/transport/transporttest"
)

// prerequisiteFlags are flags whose prerequisites differ by environment,
// as they do in LaunchDarkly (environments.<env>.prerequisites), and point
// to a flag listed after them, to an archived flag, to a flag that does not
// exist and to a variation index the prerequisite flag lacks.
const prerequisiteFlags = `[
	{"key":"checkout","variations":[{"value":"a"},{"value":"b"}],"environments":{
		"production":{"prerequisites":[{"key":"payments","variation":0},{"key":"old-api","variation":1}]},
		"staging":{"prerequisites":[{"key":"payments","variation":1},{"key":"deleted","variation":2}]}}},
	{"key":"payments","variations":[{"value":true,"name":"Enabled"},{"value":false}]},
	{"key":"old-api","archived":true,"variations":[{"value":1},{"value":2,"name":"v2"}]},
	{"key":"odd-index","variations":[{"value":true},{"value":false}],"environments":{
		"production":{"prerequisites":[{"key":"payments","variation":5}]}}}]`

// newPrerequisiteFake serves prerequisiteFlags in project "p", one item a
// page, so that every flag comes on its own page.
func newPrerequisiteFake(t *testing.T) *ldfake.Server {
	t.Helper()
	srv := ldfake.New(ldfake.Options{})
	t.Cleanup(srv.Close)
	must(t, srv.AddProject("p", "P"))
	must(t, srv.AddEnvironment("p", "production", "Production"))
	must(t, srv.AddEnvironment("p", "staging", "Staging"))
	must(t, srv.AddFlagsJSON("p", []byte(prerequisiteFlags)))
	srv.SetPageQuirks(ldfake.PageQuirks{MaxPageSize: 1})
	return srv
}

// TestPrerequisites checks that Fetch and ReadFlag name each prerequisite's
// variation as the prerequisite flag names it in Serving, per environment.
func TestPrerequisites(t *testing.T) {
	srv := newPrerequisiteFake(t)
	c, _ := newClient(t, srv, transport.Options{})
	ctx := context.Background()
	states, err := c.Fetch(ctx, provider.Scope{Project: "p"}, nil)
	if err != nil || len(states) != 8 {
		t.Fatalf("Fetch = %d states, %v; want 4 flags × 2 environments", len(states), err)
	}
	fetched := map[string]provider.FlagState{}
	for _, s := range states {
		fetched[s.Environment+"/"+s.Key] = s
	}
	tests := []struct {
		id   string
		want []provider.Prerequisite
	}{
		{"production/checkout", []provider.Prerequisite{{Key: "payments", Variation: "Enabled"}, {Key: "old-api", Variation: "v2"}}},
		{"staging/checkout", []provider.Prerequisite{{Key: "payments", Variation: "false"}, {Key: "deleted", Variation: "variation 2"}}},
		{"production/payments", []provider.Prerequisite{}},
		{"production/old-api", []provider.Prerequisite{}},
		{"production/odd-index", []provider.Prerequisite{{Key: "payments", Variation: "variation 5"}}},
		{"staging/odd-index", []provider.Prerequisite{}},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			got, ok := fetched[tt.id]
			if !ok || got.Prerequisites == nil || !slices.Equal(got.Prerequisites, tt.want) {
				t.Errorf("Fetch: prerequisites %#v, want %#v", got.Prerequisites, tt.want)
			}
			read, err := c.ReadFlag(ctx, "p", got.Environment, got.Key)
			if err != nil || !reflect.DeepEqual(read, got) {
				t.Errorf("ReadFlag = %+v, %v; Fetch gave %+v", read, err, got)
			}
		})
	}
}

func TestReadFlagPrerequisiteFailure(t *testing.T) {
	srv := newPrerequisiteFake(t)
	srv.Inject(ldfake.Fault{Kind: fakehttp.Forbidden, Path: "/api/v2/flags/p/payments"})
	c, _ := newClient(t, srv, transport.Options{})
	_, err := c.ReadFlag(context.Background(), "p", "production", "checkout")
	transporttest.WantError{Status: 403, Text: []string{
		`read the prerequisites of flag "checkout" of project "p": get flag "payments" of project "p": HTTP 403`,
	}}.Check(t, err)
}

// TestFlagAttributes checks the flag-wide fields of a FlagState, from Fetch
// (which finds archived flags only through their own listing) and ReadFlag.
func TestFlagAttributes(t *testing.T) {
	tests := []struct {
		name         string
		fields       string // top-level fields of the flag besides key and variations
		wantArchived bool
		wantPurpose  string
	}{
		{"ordinary", ``, false, ""},
		{"migration", `"_purpose":"migration",`, false, provider.PurposeMigration},
		{"archived", `"archived":true,`, true, ""},
		{"archived migration", `"archived":true,"_purpose":"migration",`, true, provider.PurposeMigration},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := ldfake.New(ldfake.Options{})
			defer srv.Close()
			must(t, srv.AddProject("p", "P"))
			must(t, srv.AddEnvironment("p", "production", "Production"))
			must(t, srv.AddFlagsJSON("p", []byte(`{`+tt.fields+`"key":"f","variations":[{"value":"off"},{"value":"complete"}]}`)))
			c, _ := newClient(t, srv, transport.Options{})
			ctx := context.Background()
			states, err := c.Fetch(ctx, provider.Scope{Project: "p"}, nil)
			if err != nil || len(states) != 1 {
				t.Fatalf("Fetch = %+v, %v; want the flag", states, err)
			}
			got := states[0]
			if got.Archived != tt.wantArchived || got.Purpose != tt.wantPurpose || got.TrafficAllocation != 100 {
				t.Errorf("archived %v, purpose %q, traffic allocation %v; want %v, %q, 100",
					got.Archived, got.Purpose, got.TrafficAllocation, tt.wantArchived, tt.wantPurpose)
			}
			if read, err := c.ReadFlag(ctx, "p", "production", "f"); err != nil || !reflect.DeepEqual(read, got) {
				t.Errorf("ReadFlag = %+v, %v; Fetch gave %+v", read, err, got)
			}
		})
	}
}
