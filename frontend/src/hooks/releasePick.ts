// Which release and phase a page picks: the one asked for (in the address or
// remembered), when it still exists, else the first release and its active
// phase (else its first).

/** PhaseLike is what picking needs of a phase. */
export interface PhaseLike {
  name: string;
  status: string;
}

/** pickRelease is wanted when it is one of keys, else the first key; null when there are none. */
export function pickRelease(keys: string[], wanted: string | null): string | null {
  if (wanted && keys.includes(wanted)) return wanted;
  return keys[0] ?? null;
}

/** pickPhase is wanted when the release has it, else its active phase, else its first; null when it has none. */
export function pickPhase(phases: PhaseLike[], wanted: string | null): string | null {
  if (wanted && phases.some((p) => p.name === wanted)) return wanted;
  return phases.find((p) => p.status === 'active')?.name ?? phases[0]?.name ?? null;
}

/** Remembered is the release and phase last picked. */
export interface Remembered {
  release: string | null;
  phase: string | null;
}

const storageKey = 'rolloutdesk.releasePicker';

/** remembered reads the last pick from storage; nothing when there is none or it cannot be read. */
export function remembered(storage: Pick<Storage, 'getItem'> = localStorage): Remembered {
  try {
    const v = JSON.parse(storage.getItem(storageKey) ?? 'null') as Partial<Remembered> | null;
    return { release: typeof v?.release === 'string' ? v.release : null, phase: typeof v?.phase === 'string' ? v.phase : null };
  } catch {
    return { release: null, phase: null };
  }
}

/** remember keeps a pick for the next visit; a storage that refuses it only loses the memory. */
export function remember(pick: Remembered, storage: Pick<Storage, 'setItem'> = localStorage) {
  try {
    storage.setItem(storageKey, JSON.stringify(pick));
  } catch {
    // Private windows may refuse storage: the address still holds the pick.
  }
}
