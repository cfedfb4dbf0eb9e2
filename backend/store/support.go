package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// SupportDoc is one rendered support guide, as indexed for search.
type SupportDoc struct {
	Release  string `json:"release"`
	Phase    string `json:"phase"`
	Template string `json:"template"`
	Title    string `json:"title"`
	Body     string `json:"body"` // plain text
}

// SupportHit is a search result with the matching passage marked.
type SupportHit struct {
	Release  string `json:"release"`
	Phase    string `json:"phase"`
	Template string `json:"template"`
	Title    string `json:"title"`
	// Snippet is a short passage around the match; the matched words are
	// wrapped in [[ and ]].
	Snippet string `json:"snippet"`
}

// ReplaceSupportIndex replaces the whole support index in one transaction.
func (s *Store) ReplaceSupportIndex(ctx context.Context, docs []SupportDoc) error {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM support_index`); err != nil {
			return err
		}
		stmt, err := tx.PrepareContext(ctx, `INSERT INTO support_index (release, phase, template, title, body) VALUES (?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for _, d := range docs {
			if _, err := stmt.ExecContext(ctx, d.Release, d.Phase, d.Template, d.Title, d.Body); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("index support guides: %w", err)
	}
	return nil
}

// SearchSupport finds guides matching the words of query (every word must
// match; a trailing word also matches as a prefix), best first.
func (s *Store) SearchSupport(ctx context.Context, query string, limit int) ([]SupportHit, error) {
	match := ftsQuery(query)
	if match == "" {
		return []SupportHit{}, nil
	}
	rows, err := s.db.QueryContext(ctx, `SELECT release, phase, template, title,
		snippet(support_index, 4, '[[', ']]', '…', 16)
		FROM support_index WHERE support_index MATCH ? ORDER BY bm25(support_index, 0, 0, 0, 4, 1) LIMIT ?`, match, limit)
	if err != nil {
		return nil, fmt.Errorf("search support guides for %q: %w", query, err)
	}
	defer rows.Close()
	out := []SupportHit{}
	for rows.Next() {
		var h SupportHit
		if err := rows.Scan(&h.Release, &h.Phase, &h.Template, &h.Title, &h.Snippet); err != nil {
			return nil, fmt.Errorf("search support guides: %w", err)
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

// ftsQuery turns what a person typed into an FTS5 query: each word quoted
// (so punctuation cannot break the syntax), all required, the last one a
// prefix.
func ftsQuery(query string) string {
	words := strings.FieldsFunc(query, func(r rune) bool {
		return !(r == '_' || r == '-' || r == '.' || r == '%' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127)
	})
	for i, w := range words {
		words[i] = `"` + strings.ReplaceAll(w, `"`, ``) + `"`
	}
	if len(words) > 0 {
		words[len(words)-1] += "*"
	}
	return strings.Join(words, " ")
}
