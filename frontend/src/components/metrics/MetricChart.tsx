import { Group, Stack, Text } from '@mantine/core';
import type { MetricValue, ReadinessReason } from '../../api';
import { metricSeries } from '../../metricSeries';
import { checkText, reasonContext } from '../../readiness';
import { LineChart } from '../LazyCharts';
import { ReasonTitle } from '../readiness/ReasonTitle';
import { StatusIcon } from '../readiness/StatusIcon';

/**
 * MetricChart draws the metric a measured criterion is judged by, day by
 * day, with its threshold as a red line and where the judged window starts;
 * with no values yet it says how to add some instead of drawing an empty
 * chart.
 */
export function MetricChart({ reason, values }: { reason: ReadinessReason; values: MetricValue[] }) {
  const evidence = reason.evidence!;
  const series = metricSeries(evidence, values);
  return (
    <Stack gap={4} data-testid="metric-chart">
      <Group gap={6} wrap="nowrap" align="flex-start">
        <StatusIcon status={reason.status} />
        <div>
          <ReasonTitle text={reason.text} guardrail={reason.guardrail} />
          <Text size="xs" c="dimmed">
            <Text span inherit ff="monospace">
              {checkText(evidence)}
            </Text>{' '}
            · {reasonContext(reason)}
          </Text>
        </div>
      </Group>
      {series.points.length > 0 ? (
        <LineChart
          h={180}
          data={series.points}
          dataKey="label"
          series={[{ name: 'value', label: evidence.metric, color: 'indigo.6' }]}
          curveType="linear"
          withDots
          yAxisProps={{ domain: ['auto', 'auto'], width: 48 }}
          referenceLines={[
            { y: evidence.threshold, label: `${evidence.op} ${evidence.threshold}`, color: 'red.6', ifOverflow: 'extendDomain', strokeDasharray: '5 4' },
            ...(series.window ? [{ x: series.window, label: 'judged from here', color: 'indigo.4', labelPosition: 'insideTopRight' as const }] : []),
          ]}
        />
      ) : (
        <Text size="sm" c="dimmed" py="xs">
          No {evidence.metric} values yet: import a CSV export or enter a value above.
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {reason.detail}
      </Text>
    </Stack>
  );
}
