package store

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"rolloutdesk/backend/domain"
)

// SaveConnection inserts or updates (by name) a provider connection.
func (s *Store) SaveConnection(ctx context.Context, c domain.Connection) (int64, error) {
	envs, err := jsonText(nonNilStrings(c.Environments))
	if err != nil {
		return 0, err
	}
	envIDs, err := jsonText(nonNilStrings(c.EnvironmentIDs))
	if err != nil {
		return 0, err
	}
	now := timeText(time.Now())
	var id int64
	err = s.db.QueryRowContext(ctx, `INSERT INTO connections
		(name, provider, base_url, project, environments, workspace_id, environment_ids, auth, sync_every_minutes, demo, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (name) DO UPDATE SET provider = excluded.provider, base_url = excluded.base_url,
		project = excluded.project, environments = excluded.environments,
		workspace_id = excluded.workspace_id, environment_ids = excluded.environment_ids, auth = excluded.auth,
		sync_every_minutes = excluded.sync_every_minutes, demo = excluded.demo, updated_at = excluded.updated_at
		RETURNING id`,
		c.Name, c.Provider, c.BaseURL, c.Project, envs, c.WorkspaceID, envIDs, c.Auth, c.SyncEveryMinutes, boolInt(c.Demo), now, now).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("save connection %q: %w", c.Name, err)
	}
	return id, nil
}

// ListConnections returns every connection by name.
func (s *Store) ListConnections(ctx context.Context) ([]domain.Connection, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, name, provider, base_url, project, environments, workspace_id, environment_ids, auth,
		sync_every_minutes, demo, created_at, updated_at FROM connections ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("list connections: %w", err)
	}
	defer rows.Close()
	out := []domain.Connection{}
	for rows.Next() {
		var c domain.Connection
		var envs, envIDs, created, updated string
		if err := rows.Scan(&c.ID, &c.Name, &c.Provider, &c.BaseURL, &c.Project, &envs, &c.WorkspaceID, &envIDs, &c.Auth,
			&c.SyncEveryMinutes, &c.Demo, &created, &updated); err != nil {
			return nil, fmt.Errorf("list connections: %w", err)
		}
		if err := json.Unmarshal([]byte(envs), &c.Environments); err != nil {
			return nil, fmt.Errorf("connection %q environments: %w", c.Name, err)
		}
		if err := json.Unmarshal([]byte(envIDs), &c.EnvironmentIDs); err != nil {
			return nil, fmt.Errorf("connection %q environment ids: %w", c.Name, err)
		}
		if c.CreatedAt, err = parseTime(created); err != nil {
			return nil, err
		}
		if c.UpdatedAt, err = parseTime(updated); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// DeleteConnection removes a connection by name.
func (s *Store) DeleteConnection(ctx context.Context, name string) error {
	res, err := s.db.ExecContext(ctx, `DELETE FROM connections WHERE name = ?`, name)
	if err != nil {
		return fmt.Errorf("delete connection %q: %w", name, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("delete connection %q: %w", name, ErrNotFound)
	}
	return nil
}

func nonNilStrings(v []string) []string {
	if v == nil {
		return []string{}
	}
	return v
}
