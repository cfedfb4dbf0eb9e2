import { useEffect, useState } from 'react';
import { api } from '../api';
import { useLoad } from './useLoad';

/** useReleasePicker offers the releases and the chosen release's phases, defaulting to the first release and its active phase. */
export function useReleasePicker() {
  const releases = useLoad(() => api.listReleases(), []);
  const [release, setRelease] = useState<string | null>(null);
  const [phase, setPhase] = useState<string | null>(null);
  const key = release ?? releases.data?.[0]?.key ?? null;
  const plan = useLoad(async () => (key ? api.getRelease(key) : null), [key]);
  useEffect(() => {
    if (!plan.data) return;
    if (!phase || !plan.data.phases.some((p) => p.name === phase)) {
      setPhase(plan.data.phases.find((p) => p.status === 'active')?.name ?? plan.data.phases[0]?.name ?? null);
    }
  }, [plan.data, phase]);
  return {
    releases: releases.data ?? [],
    release: key,
    setRelease: (k: string | null) => {
      setRelease(k);
      setPhase(null);
    },
    phases: plan.data?.phases.map((p) => p.name) ?? [],
    phase,
    setPhase,
    error: releases.error ?? plan.error,
  };
}
