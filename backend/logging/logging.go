// Package logging writes Rollout Desk's structured logs (log/slog) to a file
// in the data directory, so a user can attach it to a bug report.
package logging

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
)

// FileName is the log file inside the data directory.
const FileName = "rolloutdesk.log"

// Open appends JSON log lines to dir/rolloutdesk.log. Close the returned
// closer when done.
func Open(dir string, level slog.Level) (*slog.Logger, io.Closer, error) {
	f, err := os.OpenFile(filepath.Join(dir, FileName), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return nil, nil, fmt.Errorf("open log file: %w", err)
	}
	return slog.New(slog.NewJSONHandler(f, &slog.HandlerOptions{Level: level})), f, nil
}
