package ldfake

// PageQuirks make the fake page lists less faithfully than LaunchDarkly
// documents, to test how a client copes with servers that do otherwise.
// They apply to every paged list (projects, environments, flags, segments);
// flag statuses are not paged.
type PageQuirks struct {
	// MaxPageSize, when positive, caps every page below the limit asked
	// for, as a server with a smaller maximum page size than the client
	// expects would: 3 environments asked for 20 at a time come 2 per page.
	// Links, totalCount and offsets stay consistent with the capped pages.
	MaxPageSize int
	// ExtraTotal, when positive, is added to every totalCount, which then
	// announces items that the pages and their links never deliver.
	ExtraTotal int
}

// SetPageQuirks switches the quirks on; the zero PageQuirks switches them
// off.
func (s *Server) SetPageQuirks(q PageQuirks) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.quirks = q
}

// capped is page p, as asked for, with its limit capped.
func (q PageQuirks) capped(p paging) paging {
	if q.MaxPageSize > 0 {
		p.limit = min(p.limit, q.MaxPageSize)
	}
	return p
}

// announced is the totalCount sent for a collection of total items.
func (q PageQuirks) announced(total int) int {
	return total + max(q.ExtraTotal, 0)
}
