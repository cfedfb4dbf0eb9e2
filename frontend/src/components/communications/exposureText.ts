import type { PlannedExposure } from '../../api';
import { formatPercent } from '../../format';

/** exposureText is a flag's planned exposure in words: "on 25% (beta)", "off", or that the phase plans nothing for it. */
export function exposureText(e: PlannedExposure): string {
  if (!e.planned) return 'nothing planned';
  if (!e.on) return 'off';
  const segments = e.segments ?? [];
  return `on ${formatPercent(e.percent)}${segments.length > 0 ? ` (${segments.join(', ')})` : ''}`;
}
