package ldfake

import (
	"encoding/json"
	"net/http"
)

// lastRequestedLayout is how LaunchDarkly writes lastRequested:
// "2020-02-05T18:17:01.514Z".
const lastRequestedLayout = "2006-01-02T15:04:05.000Z07:00"

// listFlagStatuses serves GET /api/v2/flag-statuses/{project}/{env}: one
// status per flag, not paged, each naming its flag only through its parent
// link.
func (s *Server) listFlagStatuses(w http.ResponseWriter, r *http.Request) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	pr, env, ok := s.findEnvironment(w, r)
	if !ok {
		return
	}
	items := make([][]byte, 0, len(pr.flags))
	for _, f := range pr.flags {
		items = append(items, flagStatusOf(pr, env, f))
	}
	writeItems(w, map[string]link{"self": jsonLink(statusesPath(pr, env))}, items, -1)
}

// getFlagStatus serves GET /api/v2/flag-statuses/{project}/{env}/{flag}:
// the status of one flag in one environment.
func (s *Server) getFlagStatus(w http.ResponseWriter, r *http.Request) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if pr, env, ok := s.findEnvironment(w, r); ok {
		if f, ok := flagOf(w, r, pr); ok {
			writeJSON(w, http.StatusOK, flagStatusOf(pr, env, f))
		}
	}
}

// statusesPath is the path of env's flag statuses.
func statusesPath(pr *project, env *environment) string {
	return "/api/v2/flag-statuses/" + pr.key + "/" + env.key
}

// flagStatusOf encodes the status of f in env: "new" and no lastRequested
// unless one was set.
func flagStatusOf(pr *project, env *environment, f *flag) []byte {
	st := env.statuses[f.key]
	if st.Name == "" {
		st.Name = "new"
	}
	item := struct {
		Links         map[string]link `json:"_links"`
		Name          string          `json:"name"`
		LastRequested string          `json:"lastRequested,omitempty"`
		Default       any             `json:"default,omitempty"`
	}{
		Links: map[string]link{
			"parent": jsonLink("/api/v2/flags/" + pr.key + "/" + f.key),
			"self":   jsonLink(statusesPath(pr, env) + "/" + f.key),
		},
		Name:    st.Name,
		Default: st.Default,
	}
	if !st.LastRequested.IsZero() {
		item.LastRequested = st.LastRequested.UTC().Format(lastRequestedLayout)
	}
	b, _ := json.Marshal(item)
	return b
}

// listSegments serves GET /api/v2/segments/{project}/{env}, paged by limit
// and offset. Like the real list as Flagsmith's importer met it, its links
// hold only self: clients must page by offset.
func (s *Server) listSegments(w http.ResponseWriter, r *http.Request) {
	s.serveList(w, r, maxSmallLimit, func(p paging) (listed, bool) {
		_, env, ok := s.findEnvironment(w, r)
		if !ok {
			return listed{}, false
		}
		items := make([][]byte, len(env.segments))
		for i, seg := range env.segments {
			items[i] = seg.body
		}
		l := p.pageOf(items, nil)
		l.selfOnly = true
		return l, true
	})
}
