import type { LineChartProps } from '@mantine/charts';
import { lazy, Suspense, type ComponentProps } from 'react';
import { Loading } from './Loading';
import type { TimelineChart as EagerTimelineChart } from './TimelineChart';

// recharts, and @mantine/charts on top of it, are the biggest part of the
// front end, yet only a release's timeline and a flag's detail draw charts.
// These stand-ins load them, with the charts' CSS, in their own chunks the
// first time a chart is drawn, so the window starts without them.

const TimelineChartChunk = lazy(() => import('./TimelineChart').then((m) => ({ default: m.TimelineChart })));

const LineChartChunk = lazy(async () => {
  const [charts] = await Promise.all([import('@mantine/charts'), import('@mantine/charts/styles.css')]);
  return { default: charts.LineChart };
});

/** TimelineChart is ./TimelineChart, loaded on first use. */
export function TimelineChart(props: ComponentProps<typeof EagerTimelineChart>) {
  return (
    <Suspense fallback={<Loading />}>
      <TimelineChartChunk {...props} />
    </Suspense>
  );
}

/** LineChart is @mantine/charts' LineChart, loaded on first use. */
export function LineChart(props: LineChartProps) {
  return (
    <Suspense fallback={<Loading />}>
      <LineChartChunk {...props} />
    </Suspense>
  );
}
