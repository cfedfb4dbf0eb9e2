import type { DriftFlag, DriftReport, FlagID, FlagLink, Phase, Plan, StoredFlag } from '../../api';

/** LinkedFlag is one linked flag as the release page shows it: the link, its synced state, plan and verdict. */
export interface LinkedFlag {
  link: FlagLink;
  /** The flag's last synced state, if it was synced. */
  flag?: StoredFlag;
  /** What the active phase expects of it, if a phase is active and plans it. */
  expect?: Phase['expect'];
  /** The drift verdict, if the active phase plans the flag. */
  verdict?: DriftFlag;
}

/** linkID names the flag a link points at. */
export function linkID(link: FlagLink): FlagID {
  return { provider: link.provider, project: link.project, environment: link.environment, key: link.flag_key };
}

const sameFlag = (link: FlagLink, f: FlagID) =>
  f.provider === link.provider && f.project === link.project && f.environment === link.environment && f.key === link.flag_key;

function expectationFor(phase: Phase | undefined, link: FlagLink) {
  if (!phase) return undefined;
  const own = phase.flag_expects.find((fe) => fe.flag_key === link.flag_key && fe.environment === link.environment);
  return own?.expect ?? phase.expect;
}

/** linkedFlags joins a plan's links with the synced flags, the active phase's expectations and the drift verdicts. */
export function linkedFlags(plan: Plan, flags: StoredFlag[], drift: DriftReport): LinkedFlag[] {
  const active = plan.phases.find((p) => p.status === 'active');
  return plan.links.map((link) => ({
    link,
    flag: flags.find((f) => sameFlag(link, f)),
    expect: expectationFor(active, link),
    verdict: drift.flags.find((d) => sameFlag(link, d)),
  }));
}
