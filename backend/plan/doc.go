// Package plan reads and writes release plans as YAML, so teams can keep
// them in git next to the code they release ("plan as code").
//
// A plan file looks like this:
//
//	release: new-checkout
//	name: New checkout
//	description: One-page checkout.
//	owner: dana@example.com
//	flags:
//	  - {provider: launchdarkly, project: default, environment: production, key: new-checkout, variation: "true"}
//	  - {provider: split, project: "Web Store", environment: Production, key: checkout_v2, variation: "on"}
//	phases:
//	  - name: Beta 5%
//	    status: active
//	    starts: 2026-12-01
//	    ends: 2026-12-07
//	    audience: Customers who opted into beta
//	    expect: {on: true, percent: 5}
//	    flags:
//	      - {key: checkout_v2, environment: Production, expect: {on: true, percent: 10, segments: [beta_testers]}}
//	    exit:
//	      - {text: "Error rate below 0.5% for the last 3 days", check: "error_rate < 0.5", over: 3d}
//	      - {text: "Conversion holds at 3.1% or more", check: "conversion >= 3.1", guardrail: true}
//	      - {text: "Support briefed", done: true, by: dana@example.com, at: 2026-11-25}
//	      - No P1 tickets for 3 days
//
// A phase's expect applies to every linked flag; an entry under the phase's
// flags overrides it for one link, named by key and environment. Entry and
// exit criteria are strings; {text, done: true, by, at} once met by hand; or
// measured, {text, check: "METRIC OP NUMBER", over: Nd, guardrail: true},
// judged from the release's metric values (see the readiness package).
//
// [Parse] is strict: it rejects unknown keys, wrong types, bad dates,
// percentages outside 0–100, links to flags the plan does not list, a
// criterion listed twice in one phase (ticks name it by its text), and more,
// reporting every problem at once as "file:line: reason" in an [*Error].
// [Format] writes the canonical form, and Format(Parse(f)) == f for any file
// Format wrote. [Import] parses and saves in one step, writing nothing when
// the file is rejected. [Presets] are the phases a new plan starts from.
//
// For the app's plan editor, [Render] formats a plan keeping the comments of
// the file it was edited from, and [Locate] names the field of the form each
// problem is about.
package plan
