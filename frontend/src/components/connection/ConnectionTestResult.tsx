import { Alert } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import type { Outcome } from '../../hooks/useAction';

/** ConnectionTestResult says whether testing a connection worked, with the provider's answer. */
export function ConnectionTestResult({ outcome }: { outcome: Outcome<string> }) {
  return (
    <Alert
      color={outcome.ok ? 'teal' : 'red'}
      icon={outcome.ok ? <IconCircleCheck /> : undefined}
      title={outcome.ok ? 'Connection works' : 'Connection failed'}
      data-testid="connection-test-result"
    >
      {outcome.ok ? outcome.value : outcome.error}
    </Alert>
  );
}
