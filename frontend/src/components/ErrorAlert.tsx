import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

/** ErrorAlert shows a backend error as readable text. */
export function ErrorAlert({ title = 'Something went wrong', message }: { title?: string; message: string }) {
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertTriangle />} role="alert">
      {message}
    </Alert>
  );
}
