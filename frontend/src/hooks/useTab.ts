import { useSearchParams } from 'react-router-dom';
import { confirmLeave } from './useUnsavedChanges';

/**
 * useTab keeps a page's open tab in the address (?tab=…), so that it
 * survives a reload and can be linked to; leaving a tab with unsaved work
 * asks first.
 */
export function useTab<T extends string>(tabs: readonly T[]): [T, (tab: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const tab = tabs.find((t) => t === params.get('tab')) ?? tabs[0];
  const open = async (next: string | null) => {
    if (next !== tab && (await confirmLeave())) setParams(next && next !== tabs[0] ? { tab: next } : {});
  };
  return [tab, (next) => void open(next)];
}
