import { Button, Group, Progress, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { api } from '../api';
import type { Sync } from '../hooks/useSync';

/** SyncRunning is a running sync: a progress bar, a cancel button and the latest progress message. */
export function SyncRunning({ sync }: { sync: Sync }) {
  return (
    <>
      <Group gap="xs" wrap="nowrap">
        <Progress value={sync.percent} animated style={{ flex: 1 }} aria-label="Sync progress" />
        <Button size="xs" variant="subtle" color="red" leftSection={<IconX size={14} />} onClick={() => api.cancelSync()}>
          Cancel
        </Button>
      </Group>
      {sync.progress?.message && (
        <Text size="xs" c="dimmed" data-testid="sync-message">
          {sync.progress.connection}: {sync.progress.message}
        </Text>
      )}
    </>
  );
}
