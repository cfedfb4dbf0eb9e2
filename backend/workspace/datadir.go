package workspace

import (
	"fmt"
	"os"
	"path/filepath"
)

// DataDirEnv overrides the data directory when no --data-dir flag is given.
const DataDirEnv = "ROLLOUTDESK_DATA_DIR"

// ResolveDataDir picks the data directory: the flag, else $ROLLOUTDESK_DATA_DIR,
// else rolloutdesk/ in the user's configuration directory.
func ResolveDataDir(flag string) (string, error) {
	dir := flag
	if dir == "" {
		dir = os.Getenv(DataDirEnv)
	}
	if dir == "" {
		base, err := os.UserConfigDir()
		if err != nil {
			return "", fmt.Errorf("find data directory: %w; pass --data-dir DIR or set %s", err, DataDirEnv)
		}
		dir = filepath.Join(base, "rolloutdesk")
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("data directory %s: %w", dir, err)
	}
	return abs, nil
}
