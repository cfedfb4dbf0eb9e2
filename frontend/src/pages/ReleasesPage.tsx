import { Anchor, Badge, Button, Card, Group, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { NewReleaseDialog } from '../components/NewReleaseDialog';
import { IconRocket } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { api, errorMessage } from '../api';
import { EmptyState } from '../components/EmptyState';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { formatDate } from '../format';
import { loadDemo } from '../hooks/useDemo';
import { useLoad } from '../hooks/useLoad';

/** ReleasesPage lists every release with its active phase. */
export function ReleasesPage({ onDemoChange }: { onDemoChange: () => void }) {
  const releases = useLoad(async () => {
    const [list, drift] = await Promise.all([api.listReleases(), api.listDriftSummaries()]);
    return list.map((r) => ({ ...r, drift: drift.find((d) => d.release === r.key) }));
  }, []);

  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const open = (key: string) => navigate(`/releases/${encodeURIComponent(key)}`);
  const importPlan = async () => {
    try {
      const key = await api.importPlanFile();
      if (key) open(key);
    } catch (e) {
      notifications.show({ color: 'red', title: 'The plan file was not imported', message: errorMessage(e), autoClose: false });
    }
  };

  return (
    <>
      <PageHeader
        title="Releases"
        subtitle="Phased launches and where each one stands."
        actions={
          <>
            <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={importPlan}>
              Import plan…
            </Button>
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              New release
            </Button>
          </>
        }
      />
      {creating && <NewReleaseDialog onClose={() => setCreating(false)} onCreated={open} />}
      {releases.error && <ErrorAlert message={releases.error} />}
      {releases.loading && !releases.data && <Loading />}
      {releases.data?.length === 0 && (
        <EmptyState icon={<IconRocket />} title="No releases yet">
          <Text size="sm" c="dimmed">
            A release ties the flags of one launch to its phases. Create one, import a plan file, or explore the demo
            workspace to see how it works.
          </Text>
          <Button onClick={() => loadDemo(onDemoChange)}>Load demo workspace</Button>
        </EmptyState>
      )}
      {releases.data && releases.data.length > 0 && (
        <Card withBorder p={0}>
          <Table highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Release</Table.Th>
                <Table.Th>Active phase</Table.Th>
                <Table.Th>Drift</Table.Th>
                <Table.Th>Phases</Table.Th>
                <Table.Th>Linked flags</Table.Th>
                <Table.Th>Owner</Table.Th>
                <Table.Th>Updated</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {releases.data.map((r) => (
                <Table.Tr key={r.key}>
                  <Table.Td>
                    <Group gap="xs">
                      <Anchor component={Link} to={`/releases/${encodeURIComponent(r.key)}`} fw={600}>
                        {r.name}
                      </Anchor>
                      {r.demo && (
                        <Badge size="xs" color="orange" variant="light">
                          Demo
                        </Badge>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      {r.description}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {r.active_phase ? (
                      <Badge variant="filled">{r.active_phase}</Badge>
                    ) : (
                      <Text size="sm" c="dimmed">
                        None active
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td data-testid="drift-summary">
                    {!r.drift || r.drift.judged === 0 ? (
                      <Text size="sm" c="dimmed">
                        —
                      </Text>
                    ) : r.drift.drifting === 0 ? (
                      <Badge color="teal" variant="light">
                        All {r.drift.judged} on plan
                      </Badge>
                    ) : (
                      <Badge color="yellow" variant="filled">
                        {r.drift.drifting} of {r.drift.judged} drifting
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{r.phases}</Table.Td>
                  <Table.Td>{r.flags}</Table.Td>
                  <Table.Td>{r.owner || '—'}</Table.Td>
                  <Table.Td>{formatDate(r.updated_at)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
    </>
  );
}
