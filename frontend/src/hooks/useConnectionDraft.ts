import { useState } from 'react';
import { api, type ConnectionDraft } from '../api';
import { useAction, type Outcome } from './useAction';

/**
 * useConnectionDraft holds a connection as it is edited, with its token, and
 * tests and saves it; any change forgets the last test's outcome.
 */
export function useConnectionDraft(initial: ConnectionDraft, onSaved: () => void) {
  const [draft, setDraft] = useState(initial);
  const [token, setToken] = useState('');
  const [tested, setTested] = useState<Outcome<string> | null>(null);
  const test = useAction(() => api.testConnection(draft, token));
  const save = useAction(() => api.saveConnection(draft, token), { success: 'Connection saved.' });

  return {
    draft,
    set: (change: Partial<ConnectionDraft>) => {
      setDraft({ ...draft, ...change });
      setTested(null);
    },
    token,
    setToken: (value: string) => {
      setToken(value);
      setTested(null);
    },
    test,
    tested,
    runTest: async () => setTested(await test.run()),
    save,
    runSave: async () => {
      if ((await save.run()).ok) onSaved();
    },
  };
}
