package ldfake

import (
	"bytes"
	"fmt"
	"net/http"
	"strings"
)

const (
	// maxFlagLimit is the largest flags page under API version 20240415.
	maxFlagLimit = 100
	// maxFlagEnvs is how many env parameters one flags request may carry.
	maxFlagEnvs = 3
)

// listFlags serves GET /api/v2/flags/{project}: limit (default 20, at most
// 100) and offset; env (at most 3) adds those environments' configurations,
// in summary mode unless summary=0; filter supports state and query;
// archived flags are listed only with filter=state:archived.
func (s *Server) listFlags(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	s.serveList(w, r, maxFlagLimit, func(p paging) (listed, bool) {
		keep, ok := flagFilter(w, q.Get("filter"))
		if !ok {
			return listed{}, false
		}
		if len(q["env"]) > maxFlagEnvs {
			writeError(w, http.StatusBadRequest, "invalid_request",
				fmt.Sprintf("at most %d env parameters may be given", maxFlagEnvs))
			return listed{}, false
		}
		pr, ok := s.findProject(w, r)
		if !ok {
			return listed{}, false
		}
		envs, ok := requestedEnvs(w, pr, q["env"])
		if !ok {
			return listed{}, false
		}
		summary := q.Get("summary") != "0" && q.Get("summary") != "false" || len(envs) == 0

		var matched []*flag
		for _, f := range pr.flags {
			if keep(f) {
				matched = append(matched, f)
			}
		}
		lo, hi := p.window(len(matched))
		items := make([][]byte, 0, hi-lo)
		for _, f := range matched[lo:hi] {
			var b bytes.Buffer
			f.writeTo(&b, pr.key, envs, summary)
			items = append(items, b.Bytes())
		}
		return listed{items: items, total: len(matched)}, true
	})
}

// flagFilter parses a flags filter ("state:archived,query:checkout"),
// answering 400 itself for fields the fake does not support.
func flagFilter(w http.ResponseWriter, filter string) (func(*flag) bool, bool) {
	state, query := "", ""
	for part := range strings.SplitSeq(filter, ",") {
		if part == "" {
			continue
		}
		field, value, _ := strings.Cut(part, ":")
		switch field {
		case "state":
			state = value
		case "query":
			query = strings.ToLower(value)
		default:
			writeError(w, http.StatusBadRequest, "invalid_request", fmt.Sprintf("unsupported filter field %q", field))
			return nil, false
		}
	}
	return func(f *flag) bool {
		if query != "" && !strings.Contains(strings.ToLower(f.key), query) && !strings.Contains(strings.ToLower(f.name), query) {
			return false
		}
		switch state {
		case "archived":
			return f.archived
		case "deprecated":
			return f.deprecated && !f.archived
		case "live":
			return !f.deprecated && !f.archived
		default:
			return !f.archived
		}
	}, true
}

// getFlag serves GET /api/v2/flags/{project}/{flag}: the flag in full (never
// in summary mode), archived or not, with the configurations of the env
// parameters, or of every environment without one.
func (s *Server) getFlag(w http.ResponseWriter, r *http.Request) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	pr, f, ok := s.findFlag(w, r)
	if !ok {
		return
	}
	envs := pr.envs
	if keys := r.URL.Query()["env"]; len(keys) > 0 {
		if envs, ok = requestedEnvs(w, pr, keys); !ok {
			return
		}
	}
	var b bytes.Buffer
	f.writeTo(&b, pr.key, envs, false)
	writeJSON(w, http.StatusOK, b.Bytes())
}

// requestedEnvs returns the environments of pr with keys, answering 404
// itself when one is unknown.
func requestedEnvs(w http.ResponseWriter, pr *project, keys []string) ([]*environment, bool) {
	envs := make([]*environment, 0, len(keys))
	for _, key := range keys {
		env := pr.env(key)
		if env == nil {
			writeError(w, http.StatusNotFound, "not_found", fmt.Sprintf("Unknown environment key %s", key))
			return nil, false
		}
		envs = append(envs, env)
	}
	return envs, true
}
