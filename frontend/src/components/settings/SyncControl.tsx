import { Button, Group, Progress, Text } from '@mantine/core';
import { IconRefresh, IconX } from '@tabler/icons-react';
import { api } from '../../api';
import { useConnectionSync } from '../../hooks/useConnectionSync';

/** SyncControl syncs one connection: "Sync now", then a progress bar, a cancel button and the latest progress message. */
export function SyncControl({ connection, onSynced }: { connection: string; onSynced: () => void }) {
  const sync = useConnectionSync(connection, onSynced);
  if (!sync.running) {
    return (
      <Button size="xs" variant="light" leftSection={<IconRefresh size={14} />} onClick={sync.start}>
        Sync now
      </Button>
    );
  }
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
          {sync.progress.message}
        </Text>
      )}
    </>
  );
}
