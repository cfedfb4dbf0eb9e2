import { Card, Title } from '@mantine/core';
import type { LinkHistory, Plan } from '../../api';
import { TimelineChart } from '../LazyCharts';

/** ReleaseTimeline is the card with the release's planned against actual rollout over time. */
export function ReleaseTimeline({ plan, histories }: { plan: Plan; histories: LinkHistory[] }) {
  return (
    <Card withBorder>
      <Title order={3} mb="sm">
        Timeline
      </Title>
      <TimelineChart plan={plan} histories={histories} />
    </Card>
  );
}
