// Package store keeps Rollout Desk's workspace in one SQLite database
// (modernc.org/sqlite, no cgo): schema migrations embedded in the binary,
// refusal of databases written by a newer version, online backups, and the
// repository functions for every domain type.
package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/pressly/goose/v3"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// FileName is the database file inside the data directory.
const FileName = "rolloutdesk.db"

//go:embed migrations/*.sql
var migrations embed.FS

// ErrNewerSchema is returned when the database was written by a newer
// Rollout Desk than this one.
var ErrNewerSchema = errors.New("database was written by a newer version of Rollout Desk")

// Store is an open workspace database. It is safe for concurrent use.
type Store struct {
	db   *sql.DB
	path string
}

// Open opens (creating if needed) the database at path and brings its schema
// up to date. A database from a newer version is refused untouched.
func Open(ctx context.Context, path string) (*Store, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("open database: create folder: %w", err)
	}
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	s := &Store{db: db, path: path}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// dsn builds a modernc.org/sqlite connection string with WAL, foreign keys
// and a busy timeout on every connection, and immediate write transactions.
func dsn(path string) string {
	q := url.Values{}
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Set("_txlock", "immediate")
	return "file:" + filepath.ToSlash(path) + "?" + q.Encode()
}

func (s *Store) migrate(ctx context.Context) error {
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		return fmt.Errorf("migrations: %w", err)
	}
	p, err := goose.NewProvider(goose.DialectSQLite3, s.db, sub, goose.WithGoMigrations(goMigrations...))
	if err != nil {
		return fmt.Errorf("migrations: %w", err)
	}
	current, err := p.GetDBVersion(ctx)
	if err != nil && !errors.Is(err, goose.ErrVersionNotFound) {
		return s.explain(err)
	}
	latest := LatestSchemaVersion()
	if current > latest {
		return fmt.Errorf("open database %s: %w (schema version %d, this build knows up to %d); "+
			"install the newer Rollout Desk, or point --data-dir at another folder", s.path, ErrNewerSchema, current, latest)
	}
	if _, err := p.Up(ctx); err != nil {
		return s.explain(err)
	}
	return nil
}

// explain turns SQLite's terse errors about a damaged or foreign file into a
// message that says what to do.
func (s *Store) explain(err error) error {
	msg := err.Error()
	if strings.Contains(msg, "file is not a database") || strings.Contains(msg, "malformed") {
		return fmt.Errorf("open database %s: the file is not a Rollout Desk database or is damaged (%v); "+
			"move it aside to start fresh, or restore a backup made with `rolloutdesk backup`", s.path, err)
	}
	return fmt.Errorf("open database %s: %w", s.path, err)
}

// LatestSchemaVersion is the schema version this build migrates to: the
// highest of the SQL files and the Go migrations.
func LatestSchemaVersion() int64 {
	entries, _ := fs.Glob(migrations, "migrations/*.sql")
	var latest int64
	for _, e := range entries {
		var v int64
		if _, err := fmt.Sscanf(filepath.Base(e), "%d_", &v); err == nil && v > latest {
			latest = v
		}
	}
	for _, m := range goMigrations {
		latest = max(latest, m.Version)
	}
	return latest
}

// SchemaVersion reports the database's current schema version.
func (s *Store) SchemaVersion(ctx context.Context) (int64, error) {
	var v int64
	err := s.db.QueryRowContext(ctx,
		`SELECT COALESCE(MAX(version_id), 0) FROM goose_db_version WHERE is_applied`).Scan(&v)
	return v, err
}

// Path is the database file.
func (s *Store) Path() string { return s.path }

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// inTx runs fn in one transaction: all of it is written or none.
func (s *Store) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}
