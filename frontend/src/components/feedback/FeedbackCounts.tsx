import { Card, SimpleGrid, Text, Title } from '@mantine/core';
import type { FeedbackCounts as Counts, FeedbackEntry } from '../../api';
import { countsByDay, sentiments } from '../../feedback';
import { DataTable, type Column } from '../DataTable';
import { BarChart } from '../LazyCharts';

const columns: Column<Counts>[] = [
  { header: 'Phase', cell: (c) => c.phase || <Text size="sm" c="dimmed">Outside every phase</Text> },
  ...sentiments.map(({ value, label, color }) => ({
    header: label,
    cell: (c: Counts) => (
      <Text size="sm" c={c[value] ? color : 'dimmed'} fw={c[value] ? 600 : undefined}>
        {c[value]}
      </Text>
    ),
  })),
  { header: 'Total', cell: (c) => c.negative + c.neutral + c.positive },
];

/**
 * FeedbackCounts counts a release's feedback by sentiment: per phase (every
 * entry), and by day (the entries the filters let through).
 */
export function FeedbackCounts({ summary, entries, filtered }: { summary: Counts[]; entries: FeedbackEntry[]; filtered: boolean }) {
  const days = countsByDay(entries);
  return (
    <SimpleGrid type="container" cols={{ base: 1, '960px': 2 }} spacing="md">
      <Card withBorder p={0}>
        <Title order={4} p="sm" pb={0}>
          By phase
        </Title>
        <DataTable columns={columns} rows={summary} rowKey={(c) => c.phase} data-testid="feedback-counts" />
      </Card>
      <Card withBorder p="sm">
        <Title order={4} mb="xs">
          By day{filtered ? ' (matching the filters)' : ''}
        </Title>
        {days.length > 0 ? (
          <BarChart
            h={160}
            data={days}
            dataKey="label"
            type="stacked"
            maxBarWidth={48}
            series={sentiments.map(({ value, label, color }) => ({ name: value, label, color: `${color}.6` }))}
            withLegend
          />
        ) : (
          <Text size="sm" c="dimmed">
            No feedback to count.
          </Text>
        )}
      </Card>
    </SimpleGrid>
  );
}
