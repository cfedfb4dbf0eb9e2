package viewmodel

// AppStatus tells the front end what it is running against.
type AppStatus struct {
	Version      string `json:"version"`
	Commit       string `json:"commit"`     // the git commit, short
	BuildDate    string `json:"build_date"` // RFC 3339, or "unknown"
	DataDir      string `json:"data_dir"`
	LogFile      string `json:"log_file"`
	DemoActive   bool   `json:"demo_active"`
	StartupError string `json:"startup_error"`
}
