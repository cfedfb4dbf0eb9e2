// Package measure holds the parts of the window footprint benchmark
// (backend/devtools/footprint) that need neither GTK nor a running app:
// reading a process tree's memory from /proc, capturing an X screen,
// deciding whether a screenshot shows content, and the Markdown report.
package measure
