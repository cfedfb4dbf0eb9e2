import { useState } from 'react';
import { api } from '../api';
import { useAction } from './useAction';
import { useLoad } from './useLoad';
import { useUnsavedChanges } from './useUnsavedChanges';

/**
 * useReportNotes edits a release's notes to carry into the next release:
 * what is typed, whether it differs from what is saved (leaving then asks
 * first), and saving it.
 */
export function useReportNotes(release: string, onSaved: () => void) {
  const loaded = useLoad(() => api.reportNotes(release), [release]);
  const [saved, setSaved] = useState<string>();
  const [text, setText] = useState<string>();
  const base = saved ?? loaded.data ?? '';
  const current = text ?? base;
  const dirty = current !== base;
  const save = useAction((notes: string) => api.saveReportNotes(release, notes), { errorTitle: 'The notes were not saved', success: 'Notes saved' });
  useUnsavedChanges(dirty, 'Leave without saving the notes?');
  return {
    text: current,
    setText,
    dirty,
    ready: loaded.data !== undefined,
    error: loaded.error,
    busy: save.busy,
    save: async () => {
      const notes = current;
      if ((await save.run(notes)).ok) {
        setSaved(notes);
        onSaved();
      }
    },
  };
}
