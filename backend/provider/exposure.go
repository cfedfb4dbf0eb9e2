package provider

// Exposure is the share (0–100) of all traffic that gets variation through
// the flag's targeting right now: its EffectiveExposure while the flag is
// on, 0 while it is off or killed. It is the number the flags list, a
// flag's history, a release's timeline and drift all show for a released
// variation.
func (s FlagState) Exposure(variation string) float64 {
	if !s.On {
		return 0
	}
	return s.EffectiveExposure(variation)
}
