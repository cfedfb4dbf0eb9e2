import { api } from '../api';
import { useAction } from './useAction';

/** useTick returns an action that ticks (or unticks) a manual criterion of a phase, then reloads; it resolves whether it did. */
export function useTick(release: string, onDone: () => void) {
  const tick = useAction((phase: string, text: string, done: boolean) => api.tickCriterion(release, phase, text, done), {
    errorTitle: (_, [, text]) => `“${text}” was not ticked`,
  });
  return {
    busy: tick.busy,
    run: async (phase: string, text: string, done: boolean) => {
      const { ok } = await tick.run(phase, text, done);
      if (ok) onDone();
      return ok;
    },
  };
}
