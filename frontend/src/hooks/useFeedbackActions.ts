import { api, type FeedbackEntry } from '../api';
import { confirmRemoval } from '../components/confirmRemoval';
import { formatDay } from '../format';
import { useAction } from './useAction';

/**
 * useFeedbackActions imports a support tool's CSV export into a release
 * (nothing when the dialog is cancelled) and deletes entries once
 * confirmed; both call onDone after a change.
 */
export function useFeedbackActions(release: string, onDone: () => void) {
  const importFile = useAction(() => api.importFeedbackFile(release), {
    errorTitle: 'The feedback file was not imported',
    sticky: true,
    success: (r) =>
      r ? { color: 'teal', message: `${r.added} entr${r.added === 1 ? 'y' : 'ies'} added, ${r.skipped} skipped (already imported)` } : undefined,
  });
  const remove = useAction((e: FeedbackEntry) => api.deleteFeedback(release, e.id), { errorTitle: 'The feedback was not deleted' });
  return {
    importFile: async () => {
      const r = await importFile.run();
      if (r.ok && r.value) onDone();
    },
    importing: importFile.busy,
    remove: (e: FeedbackEntry) =>
      confirmRemoval({
        title: 'Delete this feedback?',
        text: `The ${e.sentiment} entry from ${e.source} of ${formatDay(e.day)} is removed from the release, its counts and its report.`,
        confirm: 'Delete',
        onConfirm: async () => {
          if ((await remove.run(e)).ok) onDone();
        },
      }),
  };
}
