// Package adoption reads what the providers observe of a release's linked
// flags — daily evaluations per variation — keeps them so their history
// outlives the providers' 30-day windows, and turns them into the built-in
// metrics evaluations and released_share and into the "configured 25%,
// observed 24.1% of evaluations" signal that readiness reports beside drift.
package adoption
