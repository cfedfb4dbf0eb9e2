package viewmodel

import (
	"time"

	"rolloutdesk/backend/flags"
)

// Released is the variation of a flag that counts as released, the share
// of traffic that gets it and where that variation comes from.
type Released struct {
	Variation string  `json:"variation"`
	Percent   float64 `json:"percent"`
	Source    string  `json:"source"`
	Assumed   bool    `json:"assumed"`
}

// Flag is the latest state of a flag with its released share, for the
// flags list, a flag's page and a release's linked flags.
type Flag struct {
	StoredFlag
	Released Released `json:"released"`
}

// FromFlag maps a listed flag.
func FromFlag(f flags.Flag) Flag {
	return Flag{StoredFlag: FromStoredFlag(f.StoredFlag), Released: Released(f.Released)}
}

// HistoryChange is who changed a flag from the desk, how and why.
type HistoryChange struct {
	At      time.Time `json:"at"`
	Actor   string    `json:"actor"`
	Action  string    `json:"action"`
	Summary string    `json:"summary"`
	Comment string    `json:"comment"`
	Release string    `json:"release"`
}

// FlagHistory is a flag's states over time, measured against its released
// variation.
type FlagHistory struct {
	Released Released       `json:"released"`
	Points   []HistoryPoint `json:"points"`
}

// FromFlagHistory maps a flag's history.
func FromFlagHistory(h flags.History) FlagHistory {
	return FlagHistory{Released: Released(h.Released), Points: mapAll(h.Points, FromHistoryPoint)}
}
