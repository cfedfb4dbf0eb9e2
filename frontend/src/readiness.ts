// Words and order for the go/no-go verdict and the reasons it rests on,
// shared by the release page, the releases list, the move dialog and toasts.
import type { Readiness, ReadinessChange, ReadinessReason } from './api';

type Style = { label: string; color: string };

const verdicts: Record<string, Style> = {
  ready: { label: 'Ready', color: 'teal' },
  hold: { label: 'Hold', color: 'orange' },
  rollback: { label: 'Roll back', color: 'red' },
};

const statuses: Record<string, Style> = {
  pass: { label: 'Pass', color: 'teal' },
  fail: { label: 'Fail', color: 'red' },
  open: { label: 'Open', color: 'orange' },
  unknown: { label: 'Unknown', color: 'gray' },
};

/** verdictStyle names a verdict for people and gives it a colour. */
export function verdictStyle(verdict: string): Style {
  return verdicts[verdict] ?? { label: verdict || 'Unknown', color: 'gray' };
}

// Adoption only informs: its words say how the observed share compares,
// never "Fail", which would read as a reason not to advance.
const adoptionStatuses: Record<string, Style> = {
  pass: { label: 'Matches', color: 'teal' },
  fail: { label: 'Differs', color: 'yellow' },
  unknown: { label: 'No data', color: 'gray' },
};

/** statusStyle names a reason's status for people and gives it a colour; kind "adoption" has words of its own. */
export function statusStyle(status: string, kind = ''): Style {
  const table = kind === 'adoption' ? adoptionStatuses : statuses;
  return table[status] ?? statuses.unknown;
}

const statusRank: Record<string, number> = { fail: 1, open: 2, unknown: 3, pass: 4 };

/** rank orders reasons: a failing guardrail first, then failing, open, unknown and passing ones; adoption, which only informs, last. */
function rank(r: ReadinessReason): number {
  const status = r.guardrail && r.status === 'fail' ? 0 : (statusRank[r.status] ?? 3);
  return r.kind === 'adoption' ? 10 + status : status;
}

/** sortReasons puts what stands in the way first, keeping the Go side's order among equals. */
export function sortReasons(reasons: ReadinessReason[]): ReadinessReason[] {
  return [...reasons].sort((a, b) => rank(a) - rank(b));
}

/** blocking are the reasons that keep a verdict from ready (adoption only informs). */
export function blocking(reasons: ReadinessReason[]): ReadinessReason[] {
  return sortReasons(reasons.filter((r) => r.kind !== 'adoption' && r.status !== 'pass'));
}

/** reasonContext says where a reason comes from: "Exit criterion of Beta 5%", "Flag drift", … */
export function reasonContext(r: ReadinessReason): string {
  switch (r.kind) {
    case 'criterion':
      return `${r.list === 'entry' ? 'Entry' : 'Exit'} criterion of ${r.phase}`;
    case 'drift':
      return 'Flag drift';
    case 'schedule':
      return 'Schedule';
    case 'adoption':
      return 'Adoption (informs, does not gate)';
    default:
      return r.kind;
  }
}

/** countsText counts the reasons against the verdict: "1 failing, 3 open"; "" when none. */
export function countsText(reasons: ReadinessReason[]): string {
  const against = reasons.filter((r) => r.kind !== 'adoption');
  return [
    ['fail', 'failing'],
    ['open', 'open'],
    ['unknown', 'unknown'],
  ]
    .map(([status, word]) => [against.filter((r) => r.status === status).length, word] as const)
    .filter(([n]) => n > 0)
    .map(([n, word]) => `${n} ${word}`)
    .join(', ');
}

/** transitionText is the move an advance would make: "Beta 5% → 25%", "Not started → Internal", "GA (last phase)". */
export function transitionText(r: Pick<Readiness, 'phase' | 'next'>): string {
  if (!r.next) return r.phase ? `${r.phase} (last phase)` : 'No phases';
  return `${r.phase || 'Not started'} → ${r.next}`;
}

/** headline says in one sentence what the verdict means for the next step. */
export function headline(r: Readiness): string {
  switch (r.verdict) {
    case 'ready':
      return r.next ? `Every criterion is met: ready to move to “${r.next}”.` : 'Every criterion of the last phase is met.';
    case 'rollback':
      return 'A guardrail fails: roll back rather than advance.';
    default:
      return r.next ? `Not ready to move to “${r.next}”: the reasons below stand in the way.` : 'The last phase has open reasons.';
  }
}

/** checkText words a measured criterion's check: "error_rate < 0.5 over 3 days". */
export function checkText(check: { metric: string; op: string; threshold: number }, overDays?: number): string {
  const text = `${check.metric} ${check.op} ${check.threshold}`;
  return overDays ? `${text} over ${overDays} day${overDays === 1 ? '' : 's'}` : text;
}

/** changeText words one verdict change: "new-checkout (Beta 5%): Hold → Roll back". */
export function changeText(c: ReadinessChange): string {
  const where = c.phase ? `${c.release} (${c.phase})` : c.release;
  const after = verdictStyle(c.after).label;
  return c.before ? `${where}: ${verdictStyle(c.before).label} → ${after}` : `${where}: ${after}`;
}
