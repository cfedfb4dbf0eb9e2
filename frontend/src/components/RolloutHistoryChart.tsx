import { Paper, Text } from '@mantine/core';
import type { FlagHistory } from '../api';
import { formatDateTime, formatPercent, formatShortDay } from '../format';
import { commentOf, rolloutSeries, syncedChange, whoChanged, type ChartPoint } from '../history';
import { wordsFor } from '../words';
import { LineChart } from './LazyCharts';

interface TooltipProps {
  active?: boolean;
  payload?: readonly { payload?: unknown }[];
}

/**
 * HistoryTooltip says, for the state under the pointer, when it began, the
 * share it gave, and who changed it and why (every desk change behind it,
 * latest first), or that a sync saw a change made in the provider.
 */
function HistoryTooltip({ active, payload, provider, variation }: TooltipProps & { provider: string; variation: string }) {
  const p = active ? (payload?.[0]?.payload as ChartPoint | undefined) : undefined;
  if (!p) return null;
  return (
    <Paper withBorder shadow="md" p="xs" maw={360} data-testid="history-tooltip">
      <Text size="xs" fw={700}>
        {p.now ? `Now, unchanged since ${formatDateTime(p.since)}` : formatDateTime(p.since)}
      </Text>
      <Text size="sm">
        {variation ? `${variation}: ${formatPercent(p.percent)} of traffic` : `No ${wordsFor(provider).variation} released: 0%`}
      </Text>
      {p.changes.length === 0 && <Text size="xs">{syncedChange(p, provider)}</Text>}
      {[...p.changes].reverse().map((c) => (
        <div key={`${c.at}-${c.action}`}>
          <Text size="xs">{whoChanged(c)}</Text>
          <Text size="xs" c="dimmed">
            {commentOf(c)}
          </Text>
        </div>
      ))}
      {p.states > p.changes.length && p.changes.length > 0 && (
        <Text size="xs" c="dimmed">
          {p.states - p.changes.length} more change(s) seen by a sync in the same moment
        </Text>
      )}
    </Paper>
  );
}

/**
 * RolloutHistoryChart draws a flag's released share over time: points at
 * the time each state was seen, a step line (a share holds until the next
 * change) extended to now, and a tooltip with who changed it and why.
 */
export function RolloutHistoryChart({ history, provider }: { history: FlagHistory; provider: string }) {
  const variation = history.released.variation;
  const data = rolloutSeries(history.points ?? [], Date.now());
  return (
    <div data-testid="rollout-chart">
      <LineChart
        h={220}
        data={data}
        dataKey="time"
        series={[{ name: 'percent', label: `${variation || 'released'} %`, color: 'indigo.6' }]}
        curveType="stepAfter"
        xAxisProps={{ type: 'number', scale: 'time', domain: ['dataMin', 'dataMax'], tickFormatter: (v) => formatShortDay(v) }}
        yAxisProps={{ domain: [0, 100] }}
        unit="%"
        withDots
        tooltipProps={{ content: (props) => <HistoryTooltip {...props} provider={provider} variation={variation} /> }}
      />
    </div>
  );
}
