package drift

// Change is a linked flag whose verdict changed since the last check.
type Change struct {
	Release string  `json:"release"`
	Flag    Flag    `json:"flag"`
	Before  Verdict `json:"before"` // "" the first time the flag is judged
}
