// Package report writes a release's rollout report — phases, criteria and
// their evidence, metrics, adoption, what happened (drift, kills, phase
// moves), customer feedback, communications and the lessons to carry into
// the next release — as a standalone, print-friendly HTML page with inline
// SVG charts and no scripts, and as Markdown with the same content for a
// wiki or a git repository.
package report
