// Package comms turns per-phase Markdown templates into customer emails,
// in-app announcements and support guides.
//
// # Templates
//
// A template file is Markdown with YAML front matter (see [FrontMatter]). Its
// body and its subject, title and audience are Go text/template texts
// executed with a [Data] value: .Release, .Phase (with its planned and
// actual dates), .Phases, .Flags, .Links, .Today and, for event templates,
// .Incident or .Rollback, plus the helpers listed in [Funcs]. Errors name
// the file and the line in the whole file, front matter included:
// "beta-invitation.md:14: reason" (see [Error]).
//
// Templates whose name starts with "_" are partials: shared blocks such as a
// footer. A partial "_footer" is included with {{template "footer" .}}; its
// front matter is required like any template's but only its body is used.
// Partials are never rendered on their own for a release.
//
// A template's front matter phase selects the phases it applies to (see
// [Selector]): a phase name (compared case-sensitively), a list of names,
// "*" for every phase, or a position — first, last, next-after: NAME. Its
// trigger says what sends it: phase (the default) with each phase it
// applies to; incident when a kill switch is used on a linked flag;
// rollback when a phase is rolled back. [Applies] is the one rule every
// renderer asks. Incident and rollback templates see the [Event] in
// .Incident or .Rollback; [CheckCoverage] lists the templates written for
// phases a release lacks and the phases whose customers hear nothing.
//
// # Safety
//
// Template text and values (a release description, a phase audience) are
// Markdown. Raw HTML is never interpreted: tags typed into a template or a
// value appear as text, so no markup but the Markdown's own reaches an output.
// Links and images keep only http, https, mailto and relative URLs (the plain
// text and the in-app call to action only absolute ones), and every HTML
// output is sanitised by a strict allow-list policy besides, so no script
// element, event handler or javascript: URL can reach it.
//
// # Outputs
//
// [Renderer.Render] gives a [Rendered] template: the Markdown after
// templating, its sanitised HTML fragment, a plain-text version and its
// headings. [Renderer.Files] turns it into the files of its channel:
//
//   - email: an RFC 5322 message (.eml, multipart/alternative with a plain-text
//     and an inline-styled HTML part), the HTML part as a page (.html) and the
//     Markdown (.md);
//   - in_app: the HTML fragment (.html), the JSON payload (.json, see
//     [InAppPayload]) and the Markdown (.md);
//   - support: a standalone page with a table of contents (.html) and the
//     Markdown (.md).
//
// [Renderer.RenderPlan] renders every phase template for every phase of a
// release, each phase in its folder (see [PhaseDir]), [Renderer.RenderEvent]
// the notices of an event, [Renderer.RenderDraft] one drafted notice, and
// [Renderer.WriteBundle] zips the outputs with an index page. [Renderer.Check] trial-renders a template
// before it is saved.
//
// For support, [PhaseChanges] says in sentences, in customers' terms, what
// a phase changes from the one before ([Features]: production environments
// only, see [IsProduction]), and [SupportPrintPage] puts that and a phase's
// guides on one print-friendly page.
package comms
