import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';

// What to ask before leaving, while a page holds unsaved work. The app keeps
// its light HashRouter (a data router's useBlocker would add its weight to
// every start), so leaving is guarded here: in-app links, and tab switches
// through confirmLeave.
let unsaved: string | null = null;
let asking: Promise<boolean> | null = null;

/** The buttons of the question: leave (or discard) and stay. */
export type LeaveLabels = { confirm: string; cancel: string };

/** confirmLeave resolves true when nothing is unsaved, or once the user chose to leave it. */
export function confirmLeave(labels: LeaveLabels = { confirm: 'Leave without saving', cancel: 'Stay' }): Promise<boolean> {
  const question = unsaved;
  if (!question) return Promise.resolve(true);
  // While the question is open, asking again waits for the same answer: one
  // Esc reaches the question and the dialog under it, in either order, so
  // the answer is also kept until that key press is over.
  if (asking) return asking;
  asking = new Promise<boolean>((resolve) => {
    let leaving = false;
    modals.openConfirmModal({
      title: question,
      children: <Text size="sm">What you typed is lost unless you stay and save it.</Text>,
      labels,
      confirmProps: { color: 'red' },
      onConfirm: () => {
        leaving = true;
        resolve(true);
      },
      onClose: () => leaving || resolve(false),
    });
  }).finally(() => {
    setTimeout(() => (asking = null), 0);
  });
  return asking;
}

/** internalLink is the in-app address a click on an <a> goes to ("/releases"), or null for any other click. */
function internalLink(e: MouseEvent): string | null {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return null;
  const href = (e.target as Element | null)?.closest?.('a[href]')?.getAttribute('href') ?? '';
  const to = href.startsWith('#') ? href.slice(1) : href;
  return to.startsWith('/') ? to : null;
}

/**
 * useUnsavedChanges asks before leaving while dirty: following an in-app
 * link or switching tabs (confirm or stay), or closing the window (the
 * browser's own question).
 */
export function useUnsavedChanges(dirty: boolean, question: string) {
  const navigate = useNavigate();
  useEffect(() => {
    if (!dirty) return;
    unsaved = question;
    const onClick = (e: MouseEvent) => {
      const to = internalLink(e);
      if (!to) return;
      e.preventDefault();
      e.stopPropagation();
      void confirmLeave().then((leave) => leave && navigate(to));
    };
    const onUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    document.addEventListener('click', onClick, true);
    window.addEventListener('beforeunload', onUnload);
    return () => {
      unsaved = null;
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('beforeunload', onUnload);
    };
  }, [dirty, question, navigate]);
}

/**
 * useGuardedClose is useUnsavedChanges for a dialog: it returns the dialog's
 * close (for Esc, the close button and Cancel), which asks before
 * discarding what was typed while dirty.
 */
export function useGuardedClose(dirty: boolean, question: string, onClose: () => void): () => void {
  useUnsavedChanges(dirty, question);
  return () => {
    if (!dirty) return onClose();
    void confirmLeave({ confirm: 'Discard changes', cancel: 'Keep editing' }).then((discard) => discard && onClose());
  };
}
