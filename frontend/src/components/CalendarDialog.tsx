import { Button, Group, Modal, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarEvent } from '@tabler/icons-react';
import { api, errorMessage } from '../api';
import { formatDate } from '../format';
import { useLoad } from '../hooks/useLoad';
import { ChannelBadge } from './ChannelBadge';
import { ErrorAlert } from './ErrorAlert';
import { Loading } from './Loading';

/** CalendarDialog shows what goes out when, per phase, and exports it as .ics. */
export function CalendarDialog({ release, onClose }: { release: string; onClose: () => void }) {
  const entries = useLoad(() => api.calendar(release), [release]);
  const exportICS = async () => {
    try {
      const path = await api.exportCalendarFile(release);
      if (path) notifications.show({ message: `Calendar saved to ${path}` });
    } catch (e) {
      notifications.show({ color: 'red', title: 'Export failed', message: errorMessage(e), autoClose: false });
    }
  };
  return (
    <Modal opened onClose={onClose} title="Communication calendar" size="xl">
      {entries.error && <ErrorAlert message={entries.error} />}
      {!entries.data && !entries.error && <Loading />}
      {entries.data && (
        <>
          {entries.data.length === 0 ? (
            <Text size="sm">Nothing is scheduled: give the phases start dates in the plan.</Text>
          ) : (
            <Table data-testid="calendar">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Date</Table.Th>
                  <Table.Th>Phase</Table.Th>
                  <Table.Th>What</Table.Th>
                  <Table.Th>Audience</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.data.map((e) => (
                  <Table.Tr key={`${e.phase}/${e.template}`}>
                    <Table.Td>{formatDate(e.date)}</Table.Td>
                    <Table.Td>{e.phase}</Table.Td>
                    <Table.Td>
                      <Group gap={6}>
                        <ChannelBadge channel={e.channel} />
                        {e.title}
                      </Group>
                    </Table.Td>
                    <Table.Td>{e.audience}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Group justify="flex-end" mt="sm">
            <Button leftSection={<IconCalendarEvent size={16} />} onClick={exportICS} disabled={entries.data.length === 0}>
              Export .ics
            </Button>
          </Group>
        </>
      )}
    </Modal>
  );
}
