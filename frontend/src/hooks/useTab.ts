import { useSearchParams } from 'react-router-dom';
import { confirmLeave } from './useUnsavedChanges';

/**
 * useTab keeps a page's open tab in the address (?tab=…), so that it
 * survives a reload and can be linked to, keeping the address's other
 * parameters; leaving a tab with unsaved work asks first.
 */
export function useTab<T extends string>(tabs: readonly T[]): [T, (tab: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const tab = tabs.find((t) => t === params.get('tab')) ?? tabs[0];
  const open = async (next: string | null) => {
    if (next === tab || !(await confirmLeave())) return;
    setParams((prev) => {
      const p = new URLSearchParams(prev);
      if (next && next !== tabs[0]) p.set('tab', next);
      else p.delete('tab');
      return p;
    });
  };
  return [tab, (next) => void open(next)];
}
