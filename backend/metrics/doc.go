// Package metrics reads the daily metric values that measured criteria are
// judged by — error rates, conversion, ticket counts — from the CSV files
// analytics and support tools export, and names the metrics Rollout Desk
// computes itself. It is pure: the store keeps the values, the readiness
// package judges them.
package metrics
