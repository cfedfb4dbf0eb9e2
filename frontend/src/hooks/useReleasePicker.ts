import { useEffect } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api } from '../api';
import { pickPhase, pickRelease, remember, remembered } from './releasePick';
import { useLoad } from './useLoad';

/**
 * useReleasePicker offers the releases and the chosen release's phases. The
 * choice lives in the address (?release=KEY&phase=NAME, so it can be linked
 * to) and is remembered for the next visit; without either it is the first
 * release and its active phase.
 */
export function useReleasePicker() {
  const releases = useLoad(() => api.listReleases(), []);
  const [params, setParams] = useSearchParams();
  const memory = remembered();
  const wantedRelease = params.get('release') ?? memory.release;
  const key = releases.data ? pickRelease(releases.data.map((r) => r.key), wantedRelease) : null;
  const plan = useLoad(async () => (key ? api.getRelease(key) : null), [key]);
  const wantedPhase = params.get('phase') ?? (memory.release === key ? memory.phase : null);
  const phases = plan.data && plan.data.release.key === key ? plan.data.phases : [];
  const phase = pickPhase(phases, wantedPhase);
  // Whatever is shown counts as chosen, a linked one included.
  useEffect(() => {
    if (key && phase) remember({ release: key, phase });
  }, [key, phase]);

  const choose = (release: string | null, next: string | null) => {
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        for (const [name, value] of [
          ['release', release],
          ['phase', next],
        ] as const) {
          if (value) p.set(name, value);
          else p.delete(name);
        }
        return p;
      },
      { replace: true },
    );
  };

  return {
    releases: releases.data ?? [],
    release: key,
    setRelease: (k: string | null) => choose(k, null),
    phases: phases.map((p) => p.name),
    phase,
    setPhase: (p: string | null) => choose(key, p),
    error: releases.error ?? plan.error,
  };
}
