import { Group, Text } from '@mantine/core';
import type { ConnectionInfo } from '../../api';
import { useDeleteConnection } from '../../hooks/useDeleteConnection';
import { DataTable, type Column } from '../DataTable';
import { DemoBadge } from '../DemoBadge';
import { RowActions } from '../RowActions';
import { SyncControl } from './SyncControl';

/** ConnectionsTable lists the connections, each with its token status, a sync control, and edit and delete. */
export function ConnectionsTable({
  connections,
  onEdit,
  onChanged,
}: {
  connections: ConnectionInfo[];
  onEdit: (connection: ConnectionInfo) => void;
  onChanged: () => void;
}) {
  const remove = useDeleteConnection(onChanged);
  const columns: Column<ConnectionInfo>[] = [
    {
      header: 'Name',
      cell: (c) => (
        <Group gap={6}>
          <Text fw={500}>{c.name}</Text>
          {c.demo && <DemoBadge size="xs" />}
        </Group>
      ),
    },
    { header: 'Provider', cell: (c) => c.provider },
    { header: 'Project', cell: (c) => c.project },
    { header: 'Environments', cell: (c) => (c.environments.length ? c.environments.join(', ') : 'All') },
    {
      header: 'Token',
      cell: (c) => (
        <Text size="xs" c="dimmed" maw={220}>
          {c.token_status}
        </Text>
      ),
    },
    { header: 'Sync', width: 300, cell: (c) => <SyncControl connection={c.name} onSynced={onChanged} /> },
    {
      width: 80,
      cell: (c) =>
        !c.demo && <RowActions name={c.name} onEdit={() => onEdit(c)} onDelete={() => remove(c)} />,
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={connections}
      rowKey={(c) => c.name}
      empty={<Text size="sm">No connections yet. Add one to read flags from LaunchDarkly or Split.</Text>}
    />
  );
}
