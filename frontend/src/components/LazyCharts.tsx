import type { BarChartProps, LineChartProps } from '@mantine/charts';
import { lazy, Suspense, type ComponentProps, type ComponentType } from 'react';
import { Loading } from './Loading';
import type { TimelineChart as EagerTimelineChart } from './TimelineChart';

// recharts, and @mantine/charts on top of it, are the biggest part of the
// front end, yet only a release's timeline, metrics and feedback and a
// flag's detail draw charts. These stand-ins load them, with the charts'
// CSS, in their own chunks the first time a chart is drawn, so the window
// starts without them.

/** suspended draws a lazily loaded component, with a spinner until its chunk is in. */
export function suspended<P extends object>(Chunk: ComponentType<P>) {
  return function Suspended(props: P) {
    return (
      <Suspense fallback={<Loading />}>
        <Chunk {...props} />
      </Suspense>
    );
  };
}

const mantineCharts = async () => {
  const [charts] = await Promise.all([import('@mantine/charts'), import('@mantine/charts/styles.css')]);
  return charts;
};

/** TimelineChart is ./TimelineChart, loaded on first use. */
export const TimelineChart = suspended<ComponentProps<typeof EagerTimelineChart>>(
  lazy(() => import('./TimelineChart').then((m) => ({ default: m.TimelineChart }))),
);

/** LineChart is @mantine/charts' LineChart, loaded on first use. */
export const LineChart = suspended<LineChartProps>(lazy(() => mantineCharts().then((c) => ({ default: c.LineChart }))));

/** BarChart is @mantine/charts' BarChart, loaded on first use. */
export const BarChart = suspended<BarChartProps>(lazy(() => mantineCharts().then((c) => ({ default: c.BarChart }))));
