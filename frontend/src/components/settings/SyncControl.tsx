import { Button } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useConnectionSync } from '../../hooks/useConnectionSync';
import { SyncRunning } from '../SyncRunning';

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
  return <SyncRunning sync={sync} />;
}
