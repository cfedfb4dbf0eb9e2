package splitfake

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

// fixture is a fake seeded with one workspace, two environments whose names
// differ only in case, and three flags.
type fixture struct {
	srv        *Server
	ws         Workspace
	prod, lowr Environment
}

var fixedNow = time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)

func newFixture(t *testing.T) fixture {
	t.Helper()
	srv := New(Options{Now: func() time.Time { return fixedNow }})
	t.Cleanup(srv.Close)
	ws := srv.AddWorkspace(Workspace{Name: "Default"})
	srv.AddWorkspace(Workspace{Name: "Other"})
	prod := srv.AddEnvironment(ws.ID, Environment{Name: "Production", Production: true})
	lowr := srv.AddEnvironment(ws.ID, Environment{Name: "production"})
	for _, name := range []string{"alpha", "beta", "gamma"} {
		srv.PutDefinition(ws.ID, prod.ID, Definition{
			Name:              name,
			Treatments:        []Treatment{{Name: "on", Keys: []string{"u1"}}, {Name: "off"}},
			DefaultTreatment:  "off",
			TrafficAllocation: 100,
			DefaultRule:       []Bucket{{"on", 10}, {"off", 90}},
			CreationTime:      fixedNow.Add(-time.Hour).UnixMilli(),
			LastUpdateTime:    fixedNow.Add(-time.Hour).UnixMilli(),
		})
	}
	srv.AddSegment(ws.ID, prod.Name, Segment{Name: "employees"})
	return fixture{srv: srv, ws: ws, prod: prod, lowr: lowr}
}

type response struct {
	status int
	header http.Header
	body   []byte
}

// call sends a request with the fixture's key as a Bearer token unless
// headers say otherwise.
func (f fixture) call(t *testing.T, method, path, body string, headers ...string) response {
	t.Helper()
	req, err := http.NewRequest(method, f.srv.URL()+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+f.srv.Token())
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	data, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return response{status: res.StatusCode, header: res.Header, body: data}
}

func decode[T any](t *testing.T, r response) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(r.body, &v); err != nil {
		t.Fatalf("decode %s: %v", r.body, err)
	}
	return v
}
