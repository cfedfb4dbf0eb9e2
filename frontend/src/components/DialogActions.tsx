import { Alert, Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';

/** DialogActions is the foot of a form dialog: the failure, if any, then Cancel and the main action. */
export function DialogActions({
  error,
  errorTitle,
  onCancel,
  cancelLabel = 'Cancel',
  children,
}: {
  error: string;
  errorTitle: string;
  onCancel: () => void;
  cancelLabel?: string;
  children: ReactNode;
}) {
  return (
    <>
      {error && (
        <Alert color="red" title={errorTitle} role="alert">
          {error}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="subtle" onClick={onCancel}>
          {cancelLabel}
        </Button>
        {children}
      </Group>
    </>
  );
}
