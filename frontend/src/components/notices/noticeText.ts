// How "Who to tell" words a drafted notice: what happened, its state, and
// which notices still wait for someone.
import type { Notice } from '../../api';
import { formatDateTime } from '../../format';

/** stateBadges names each state of a notice, with its colour. */
export const stateBadges: Record<string, { label: string; color: string }> = {
  drafted: { label: 'Drafted, not sent', color: 'orange' },
  exported: { label: 'Exported', color: 'blue' },
  sent: { label: 'Sent', color: 'teal' },
  dismissed: { label: 'Dismissed', color: 'gray' },
};

/** stateBadge is how a notice's state is shown; an unknown state shows as itself. */
export function stateBadge(state: string): { label: string; color: string } {
  return stateBadges[state] ?? { label: state, color: 'gray' };
}

/** happened says what a notice tells about: the kill (flag, environment, when, comment) or the rollback (phases, when, comment). */
export function happened(n: Notice): { headline: string; detail: string } {
  const { incident, rollback, phase } = n.event;
  if (incident) {
    return {
      headline: `Kill switch on ${incident.flag} in ${incident.environment}`,
      detail: [formatDateTime(incident.at), phase && `during ${phase}`, incident.comment && `“${incident.comment}”`].filter(Boolean).join(' · '),
    };
  }
  if (rollback) {
    return {
      headline: `Rolled back from ${rollback.from} to ${rollback.to}`,
      detail: [formatDateTime(rollback.at), rollback.comment && `“${rollback.comment}”`].filter(Boolean).join(' · '),
    };
  }
  return { headline: n.what, detail: formatDateTime(n.at) };
}

/** newestFirst orders notices by when their event happened, newest first, then by id. */
export function newestFirst(notices: Notice[]): Notice[] {
  const at = (n: Notice) => new Date(n.at).getTime() || 0;
  return [...notices].sort((a, b) => at(b) - at(a) || b.id - a.id);
}

/** waiting are the notices nobody exported, sent or dismissed yet. */
export function waiting(notices: Notice[]): Notice[] {
  return notices.filter((n) => n.state === 'drafted');
}

/** exportable are the notices that can go into an export: those that render. */
export function exportable(notices: Notice[], ids: number[]): number[] {
  return ids.filter((id) => notices.some((n) => n.id === id && !n.problem));
}
