import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { errorMessage } from '../api';

/** Toast is what a success toast says: its message, or a message with a title and colour. */
export type Toast = string | { message: string; title?: string; color?: string };

/** Outcome is how a run ended: the action's result, or the failure as readable text. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

export interface ActionOptions<A extends unknown[], T> {
  /**
   * The title of the error toast, or a function of the message and the run's
   * arguments. Without it a failure shows no toast, only `error` (for dialogs
   * that show it inline).
   */
  errorTitle?: string | ((message: string, args: A) => string);
  /** Keep the error toast open until it is closed. */
  sticky?: boolean;
  /** The success toast, or a function of the result and the run's arguments that returns it (or nothing for no toast). */
  success?: Toast | ((result: T, args: A) => Toast | undefined);
}

export interface Action<A extends unknown[], T> {
  /** run runs the action; it never rejects. */
  run: (...args: A) => Promise<Outcome<T>>;
  busy: boolean;
  /** The last run's failure, '' after a success or while running. */
  error: string;
  /** clearError forgets the last failure. */
  clearError: () => void;
}

/**
 * useAction runs an async action for a button or dialog: it tracks whether it
 * is running, reports a failure (a red toast titled errorTitle, and `error`)
 * and, when asked, a success toast.
 */
export function useAction<A extends unknown[], T>(action: (...args: A) => Promise<T>, options: ActionOptions<A, T> = {}): Action<A, T> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const run = async (...args: A): Promise<Outcome<T>> => {
    setBusy(true);
    setError('');
    try {
      const value = await action(...args);
      const toast = typeof options.success === 'function' ? options.success(value, args) : options.success;
      if (toast) notifications.show(typeof toast === 'string' ? { message: toast } : toast);
      return { ok: true, value };
    } catch (e) {
      const message = errorMessage(e);
      setError(message);
      const { errorTitle, sticky } = options;
      if (errorTitle) {
        notifications.show({
          color: 'red',
          title: typeof errorTitle === 'function' ? errorTitle(message, args) : errorTitle,
          message,
          ...(sticky ? { autoClose: false } : {}),
        });
      }
      return { ok: false, error: message };
    } finally {
      setBusy(false);
    }
  };

  return { run, busy, error, clearError: () => setError('') };
}
