import { ActionIcon, Group, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import type { ConnectionInfo } from '../../api';
import { useDeleteConnection } from '../../hooks/useDeleteConnection';
import { DataTable, type Column } from '../DataTable';
import { DemoBadge } from '../DemoBadge';
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
        !c.demo && (
          <Group gap={2} wrap="nowrap">
            <Tooltip label="Edit">
              <ActionIcon variant="subtle" aria-label={`Edit ${c.name}`} onClick={() => onEdit(c)}>
                <IconPencil size={16} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Delete">
              <ActionIcon variant="subtle" color="red" aria-label={`Delete ${c.name}`} onClick={() => remove(c)}>
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        ),
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
