import { useAction } from './useAction';

/**
 * useExport returns an action that saves a file through the Go side's save
 * dialog and says where it went (nothing when the dialog was cancelled).
 */
export function useExport<A extends unknown[]>(what: string, save: (...args: A) => Promise<string>) {
  return useAction(save, {
    success: (path) => (path ? `${what} saved to ${path}` : undefined),
    errorTitle: 'Export failed',
    sticky: true,
  });
}
