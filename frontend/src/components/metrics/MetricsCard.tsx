import { Button, Card, Code, Group, SimpleGrid, Text, Title } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import type { MetricValue, Readiness } from '../../api';
import { useMetricActions } from '../../hooks/useMetricActions';
import { MetricChart } from './MetricChart';
import { MetricEntryForm } from './MetricEntryForm';

/** storedText counts the stored values of metrics no criterion now checks: "p1_tickets (5 values)". */
function storedText(values: MetricValue[], checked: string[]): string {
  const counts = new Map<string, number>();
  values.filter((v) => !checked.includes(v.metric)).forEach((v) => counts.set(v.metric, (counts.get(v.metric) ?? 0) + 1));
  return [...counts].map(([metric, n]) => `${metric} (${n} value${n === 1 ? '' : 's'})`).join(', ');
}

/**
 * MetricsCard shows the metrics the active phase's exit criteria and the
 * next phase's entry criteria are judged by, one chart per measured
 * criterion, and takes new values from a CSV export or by hand.
 */
export function MetricsCard({
  release,
  readiness,
  values,
  onChanged,
}: {
  release: string;
  readiness: Readiness;
  values: MetricValue[];
  onChanged: () => void;
}) {
  const actions = useMetricActions(release, onChanged);
  const measured = readiness.reasons.filter((r) => r.evidence);
  const checked = measured.map((r) => r.evidence!.metric);
  const names = [...new Set([...checked, ...values.map((v) => v.metric)])].sort();
  const others = storedText(values, checked);
  return (
    <Card withBorder data-testid="metrics-card">
      <Group justify="space-between" align="flex-start" mb="xs" wrap="nowrap">
        <div>
          <Title order={3}>Metrics</Title>
          <Text size="xs" c="dimmed">
            Daily values the measured criteria are judged by. A CSV export has a <Code>date</Code> column and one column per metric, or
            the columns <Code>date,metric,value</Code>.
          </Text>
        </div>
        <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={actions.importFile} loading={actions.importing}>
          Import CSV…
        </Button>
      </Group>
      <MetricEntryForm metrics={names} busy={actions.entering} error={actions.enterError} onEnter={actions.enter} />
      {measured.length === 0 ? (
        <Text size="sm" c="dimmed" mt="md">
          No measured criteria in {readiness.phase ? `“${readiness.phase}”` : 'the first phase'}
          {readiness.next && readiness.phase ? ` or “${readiness.next}”` : ''}. Give a criterion a check in the plan (Edit plan, e.g.{' '}
          <Code>{'{text: "Errors stay low", check: "error_rate < 0.5", over: 3d}'}</Code>) to judge it by daily values, then import or enter them
          here.
        </Text>
      ) : (
        <SimpleGrid type="container" cols={{ base: 1, '720px': Math.min(measured.length, 2) }} spacing="lg" mt="md">
          {measured.map((r) => (
            <MetricChart key={`${r.phase}/${r.list}/${r.text}`} reason={r} values={values} />
          ))}
        </SimpleGrid>
      )}
      {others && (
        <Text size="xs" c="dimmed" mt="sm">
          Also stored, checked by no criterion of these phases: {others}
        </Text>
      )}
    </Card>
  );
}
