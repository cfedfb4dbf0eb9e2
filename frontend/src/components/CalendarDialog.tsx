import { Button, Group, Modal, Text } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { api, type CalendarEntry } from '../api';
import { formatDate } from '../format';
import { useExport } from '../hooks/useExport';
import { useLoad } from '../hooks/useLoad';
import { ChannelBadge } from './ChannelBadge';
import { DataTable, type Column } from './DataTable';
import { ErrorAlert } from './ErrorAlert';
import { Loading } from './Loading';

const columns: Column<CalendarEntry>[] = [
  { header: 'Date', nowrap: true, cell: (e) => formatDate(e.date) },
  { header: 'Phase', cell: (e) => e.phase },
  {
    header: 'What',
    cell: (e) => (
      <Group gap={6}>
        <ChannelBadge channel={e.channel} />
        {e.title}
      </Group>
    ),
  },
  { header: 'Audience', cell: (e) => e.audience },
];

/** CalendarDialog shows what goes out when, per phase, and exports it as .ics. */
export function CalendarDialog({ release, onClose }: { release: string; onClose: () => void }) {
  const entries = useLoad(() => api.calendar(release), [release]);
  const exportICS = useExport('Calendar', () => api.exportCalendarFile(release));
  return (
    <Modal opened onClose={onClose} title="Communication calendar" size="xl">
      {entries.error && <ErrorAlert message={entries.error} />}
      {!entries.data && !entries.error && <Loading />}
      {entries.data && (
        <>
          <DataTable
            columns={columns}
            rows={entries.data}
            rowKey={(e) => `${e.phase}/${e.template}`}
            empty={<Text size="sm">Nothing is scheduled: give the phases start dates in the plan.</Text>}
            data-testid="calendar"
          />
          <Group justify="flex-end" mt="sm">
            <Button leftSection={<IconCalendarEvent size={16} />} onClick={() => exportICS.run()} disabled={entries.data.length === 0}>
              Export .ics
            </Button>
          </Group>
        </>
      )}
    </Modal>
  );
}
