import { Paper, Text } from '@mantine/core';
import { CartesianGrid, Legend, Line, LineChart, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { type LinkHistory, type Plan } from '../api';
import { formatDate, formatPercent } from '../format';
import { commentOf, whoChanged } from '../history';
import { buildTimeline, type Timeline } from '../timeline';

const COLORS = ['#4c6ef5', '#f59f00', '#12b886', '#e64980', '#7950f2', '#15aabf'];

/**
 * TimelineChart draws each linked flag's planned (dashed) and actual (solid)
 * percentage over time, with the phases as planned as bands, a dotted line
 * where each actually started, and a line for today. Its tooltip adds
 * who changed a flag from the desk at that time, and why.
 */
export function TimelineChart({ plan, histories }: { plan: Plan; histories: LinkHistory[] }) {
  const t = buildTimeline(plan, histories, Date.now());
  if (t.rows.length < 2 || plan.links.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Link flags and give the phases dates to see planned against actual rollout over time.
      </Text>
    );
  }
  return (
    <div data-testid="release-timeline" style={{ width: '100%', height: 300 }}>
      <ResponsiveContainer>
        <LineChart data={t.rows} margin={{ top: 20, right: 20, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e9ecef" />
          {t.bands.map((b, i) => (
            <ReferenceArea
              key={b.name}
              x1={b.start}
              x2={b.end}
              fill={b.status === 'active' ? '#dbe4ff' : i % 2 ? '#f8f9fa' : '#f1f3f5'}
              fillOpacity={0.8}
              label={{ value: b.name, position: 'insideTop', fontSize: 11 }}
            />
          ))}
          <XAxis dataKey="time" type="number" scale="time" domain={['dataMin', 'dataMax']} tickFormatter={formatDate} fontSize={11} />
          <YAxis domain={[0, 100]} unit="%" fontSize={11} width={48} />
          <Tooltip content={(props) => <TimelineTooltip {...props} changes={t.changes} />} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {t.starts.map((s) => (
            <ReferenceLine
              key={s.name}
              x={s.at}
              stroke="#4263eb"
              strokeDasharray="2 3"
              label={{ value: `${s.name} started`, angle: -90, position: 'insideLeft', offset: 10, fontSize: 10, fill: '#364fc7' }}
            />
          ))}
          <ReferenceLine x={t.now} stroke="#fa5252" label={{ value: 'Today', position: 'top', fontSize: 11, fill: '#fa5252' }} />
          {t.series.map((s) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              type="stepAfter"
              stroke={COLORS[s.index % COLORS.length]}
              strokeDasharray={s.planned ? '6 4' : undefined}
              strokeWidth={s.planned ? 1.5 : 2.5}
              dot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

interface TooltipProps {
  active?: boolean;
  label?: unknown;
  payload?: readonly { name?: unknown; value?: unknown; color?: string }[];
}

/** TimelineTooltip lists each line's percentage at the time pointed at, then who changed a flag then and why. */
function TimelineTooltip({ active, label, payload, changes }: TooltipProps & { changes: Timeline['changes'] }) {
  if (!active || !payload?.length) return null;
  const made = changes.get(Number(label)) ?? [];
  return (
    <Paper withBorder shadow="md" p="xs" maw={380} data-testid="timeline-tooltip">
      <Text size="xs" fw={700}>
        {formatDate(label)}
      </Text>
      {payload
        .filter((e) => typeof e.value === 'number')
        .map((e) => (
          <Text key={String(e.name)} size="xs" c={e.color}>
            {String(e.name)}: {formatPercent(e.value as number)}
          </Text>
        ))}
      {made.map(({ label: flag, change }) => (
        <div key={`${flag}-${change.at}`}>
          <Text size="xs">
            {flag}: {whoChanged(change)}
          </Text>
          <Text size="xs" c="dimmed">
            {commentOf(change)}
          </Text>
        </div>
      ))}
    </Paper>
  );
}
