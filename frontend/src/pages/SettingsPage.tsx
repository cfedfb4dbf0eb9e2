import { ActionIcon, Badge, Button, Card, Group, Progress, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus, IconRefresh, IconTrash, IconX } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { api, errorMessage, type ConnectionDraft, type ConnectionInfo, type SyncProgress } from '../api';
import { ConnectionForm, emptyDraft } from '../components/ConnectionForm';
import { SMTPSettingsCard } from '../components/SMTPSettingsCard';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { formatDateTime } from '../format';
import { loadDemo, useRemoveDemo } from '../hooks/useDemo';
import { useLoad } from '../hooks/useLoad';

/** SettingsPage shows the workspace, the provider connections and the demo switch. */
export function SettingsPage({ onDemoChange }: { onDemoChange: () => void }) {
  const data = useLoad(async () => {
    const [status, connections, syncs] = await Promise.all([api.status(), api.listConnections(), api.listSyncs()]);
    return { status, connections, syncs };
  }, []);
  const removeDemo = useRemoveDemo(onDemoChange);
  const [form, setForm] = useState<{ draft: ConnectionDraft; editing: boolean } | null>(null);
  const reload = data.reload;
  useEffect(() => api.onSyncFinished(() => reload()), [reload]);

  if (data.error) return <ErrorAlert message={data.error} />;
  if (!data.data) return <Loading />;
  const { status, connections, syncs } = data.data;

  return (
    <>
      <PageHeader title="Settings" subtitle="Workspace, provider connections and the demo." />
      <Stack gap="lg">
        <Card withBorder>
          <Group justify="space-between" mb="xs">
            <Title order={3}>Connections</Title>
            <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setForm({ draft: emptyDraft, editing: false })}>
              Add connection
            </Button>
          </Group>
          <Text size="sm" c="dimmed" mb="sm">
            Where Rollout Desk reads flag state. Tokens are kept in your system keyring, never in the workspace
            database.
          </Text>
          {connections.length === 0 ? (
            <Text size="sm">No connections yet. Add one to read flags from LaunchDarkly or Split.</Text>
          ) : (
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Provider</Table.Th>
                  <Table.Th>Project</Table.Th>
                  <Table.Th>Environments</Table.Th>
                  <Table.Th>Token</Table.Th>
                  <Table.Th w={300}>Sync</Table.Th>
                  <Table.Th w={80} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {connections.map((c) => (
                  <ConnectionRow
                    key={c.name}
                    connection={c}
                    onSynced={data.reload}
                    onEdit={() => setForm({ draft: { ...c }, editing: true })}
                    onDeleted={data.reload}
                  />
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>

        {form && (
          <ConnectionForm
            initial={form.draft}
            editing={form.editing}
            onClose={() => setForm(null)}
            onSaved={() => {
              setForm(null);
              notifications.show({ message: 'Connection saved.' });
              data.reload();
            }}
          />
        )}

        <Card withBorder>
          <Title order={3} mb="xs">
            Recent syncs
          </Title>
          {syncs.length === 0 ? (
            <Text size="sm">No syncs yet.</Text>
          ) : (
            <Table data-testid="sync-runs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Started</Table.Th>
                  <Table.Th>Provider</Table.Th>
                  <Table.Th>Project</Table.Th>
                  <Table.Th>Result</Table.Th>
                  <Table.Th>Flags</Table.Th>
                  <Table.Th>Changed</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {syncs.slice(0, 10).map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>{formatDateTime(s.started_at)}</Table.Td>
                    <Table.Td>{s.provider}</Table.Td>
                    <Table.Td>{s.project}</Table.Td>
                    <Table.Td>
                      <Badge color={s.status === 'ok' ? 'teal' : s.status === 'running' ? 'blue' : 'red'} variant="light">
                        {s.status}
                      </Badge>{' '}
                      <Text span size="xs" c="dimmed">
                        {s.error}
                      </Text>
                    </Table.Td>
                    <Table.Td>{s.flags}</Table.Td>
                    <Table.Td>{s.changed}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>

        <SMTPSettingsCard />

        <Card withBorder>
          <Title order={3} mb="xs">
            Demo workspace
          </Title>
          <Group justify="space-between">
            <Text size="sm">
              {status.demo_active
                ? 'The demo release “New checkout” and its offline demo provider are loaded.'
                : 'The demo workspace is not loaded.'}
            </Text>
            {status.demo_active ? (
              <Button color="red" variant="light" onClick={removeDemo}>
                Remove demo
              </Button>
            ) : (
              <Button onClick={() => loadDemo(onDemoChange)}>Load demo workspace</Button>
            )}
          </Group>
        </Card>

        <Card withBorder>
          <Title order={3} mb="xs">
            Workspace
          </Title>
          <Table variant="vertical" withTableBorder={false}>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={160}>Data directory</Table.Th>
                <Table.Td>
                  <code>{status.data_dir}</code>
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Log file</Table.Th>
                <Table.Td>
                  <code>{status.log_file}</code>
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Version</Table.Th>
                <Table.Td>{status.version}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Card>
      </Stack>
    </>
  );
}

function confirmDelete(connection: ConnectionInfo, onDeleted: () => void) {
  modals.openConfirmModal({
    title: `Delete the connection “${connection.name}”?`,
    children: (
      <Text size="sm">
        Rollout Desk stops syncing it and removes its token from your keyring. Flags already synced and their
        history stay.
      </Text>
    ),
    labels: { confirm: 'Delete connection', cancel: 'Keep it' },
    confirmProps: { color: 'red' },
    onConfirm: async () => {
      try {
        await api.deleteConnection(connection.name);
        notifications.show({ message: `Deleted ${connection.name}.` });
        onDeleted();
      } catch (e) {
        notifications.show({ color: 'red', title: 'Could not delete the connection', message: errorMessage(e) });
      }
    },
  });
}

function ConnectionRow({
  connection,
  onSynced,
  onEdit,
  onDeleted,
}: {
  connection: ConnectionInfo;
  onSynced: () => void;
  onEdit: () => void;
  onDeleted: () => void;
}) {
  const [progress, setProgress] = useState<SyncProgress | null>(null);
  const [running, setRunning] = useState(false);

  useEffect(
    () => api.onSyncProgress((p) => p.connection === connection.name && setProgress(p)),
    [connection.name],
  );

  const sync = async () => {
    setRunning(true);
    setProgress(null);
    try {
      const run = await api.syncConnection(connection.name);
      notifications.show({
        color: 'teal',
        message: `Synced ${run.flags} flag states from ${connection.name}; ${run.changed} changed.`,
      });
      onSynced();
    } catch (e) {
      notifications.show({ color: 'red', title: `Sync of ${connection.name} failed`, message: errorMessage(e) });
    } finally {
      setRunning(false);
    }
  };

  const percent = progress && progress.total > 0 ? (100 * progress.done) / progress.total : 0;
  return (
    <Table.Tr>
      <Table.Td>
        <Group gap={6}>
          <Text fw={500}>{connection.name}</Text>
          {connection.demo && (
            <Badge size="xs" color="orange" variant="light">
              Demo
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>{connection.provider}</Table.Td>
      <Table.Td>{connection.project}</Table.Td>
      <Table.Td>{connection.environments.length ? connection.environments.join(', ') : 'All'}</Table.Td>
      <Table.Td>
        <Text size="xs" c="dimmed" maw={220}>
          {connection.token_status}
        </Text>
      </Table.Td>
      <Table.Td>
        {running ? (
          <Group gap="xs" wrap="nowrap">
            <Progress value={percent} animated style={{ flex: 1 }} aria-label="Sync progress" />
            <Button size="xs" variant="subtle" color="red" leftSection={<IconX size={14} />} onClick={() => api.cancelSync()}>
              Cancel
            </Button>
          </Group>
        ) : (
          <Button size="xs" variant="light" leftSection={<IconRefresh size={14} />} onClick={sync}>
            Sync now
          </Button>
        )}
        {running && progress?.message && (
          <Text size="xs" c="dimmed" data-testid="sync-message">
            {progress.message}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {!connection.demo && (
          <Group gap={2} wrap="nowrap">
            <Tooltip label="Edit">
              <ActionIcon variant="subtle" aria-label={`Edit ${connection.name}`} onClick={onEdit}>
                <IconPencil size={16} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Delete">
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`Delete ${connection.name}`}
                onClick={() => confirmDelete(connection, onDeleted)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
