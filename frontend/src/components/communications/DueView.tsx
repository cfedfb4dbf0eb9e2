import { Alert, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { api, type CalendarEntry } from '../../api';
import { formatDay } from '../../format';
import { useLoad } from '../../hooks/useLoad';
import { ChannelBadge } from '../ChannelBadge';
import { DataTable, type Column } from '../DataTable';
import { ErrorAlert } from '../ErrorAlert';
import { Loading } from '../Loading';
import { week, windowProblem, type Window } from './dueWindow';

const columns: Column<CalendarEntry>[] = [
  { header: 'Date', nowrap: true, cell: (e) => formatDay(e.date) },
  {
    header: 'Template',
    cell: (e) => (
      <Group gap={6} wrap="nowrap">
        <ChannelBadge channel={e.channel} />
        <div>
          <Text size="sm">{e.title}</Text>
          <Text size="xs" c="dimmed">
            {e.template}.md
          </Text>
        </div>
      </Group>
    ),
  },
  { header: 'Release', cell: (e) => e.release },
  { header: 'Phase', cell: (e) => e.phase },
  { header: 'Audience', cell: (e) => e.audience },
];

type Range = 'this' | 'next' | 'custom';

/** DueView lists what goes out across every release this week, next week, or between two chosen days, from the phases' dates. */
export function DueView() {
  const [range, setRange] = useState<Range>('this');
  const [custom, setCustom] = useState<Window>(() => week(new Date(), 0));
  const span = range === 'custom' ? custom : week(new Date(), range === 'this' ? 0 : 1);
  const problem = windowProblem(span);
  const due = useLoad(async () => (problem ? null : api.commsDue(span.from, span.to)), [span.from, span.to, problem]);

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <SegmentedControl
          aria-label="When"
          value={range}
          onChange={(v) => setRange(v as Range)}
          data={[
            { value: 'this', label: 'This week' },
            { value: 'next', label: 'Next week' },
            { value: 'custom', label: 'Custom' },
          ]}
        />
        {range === 'custom' && (
          <Group gap="xs">
            <TextInput type="date" label="From" value={custom.from} onChange={(e) => setCustom({ ...custom, from: e.currentTarget.value })} />
            <TextInput type="date" label="To" value={custom.to} onChange={(e) => setCustom({ ...custom, to: e.currentTarget.value })} />
          </Group>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        From {span.from} to {span.to}, both included: each template on the day its phase started, else the day the plan has it start.
      </Text>
      {problem && <Alert color="yellow">{problem}</Alert>}
      {due.error && <ErrorAlert message={due.error} />}
      {!problem && !due.data && !due.error && <Loading />}
      {due.data && (
        <DataTable
          columns={columns}
          rows={due.data}
          rowKey={(e) => `${e.release}/${e.phase}/${e.template}`}
          rowTestId="due-entry"
          data-testid="due"
          empty={<Text size="sm">Nothing goes out from {span.from} to {span.to}.</Text>}
        />
      )}
    </Stack>
  );
}
