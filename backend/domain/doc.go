// Package domain holds Rollout Desk's core types: releases and their phases,
// the flags a release links to, provider connections, flag state history,
// communication templates and audit events. It has no behaviour beyond
// validation so every other package can share it without import cycles.
package domain
