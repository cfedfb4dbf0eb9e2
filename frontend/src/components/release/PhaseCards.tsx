import { Card, SimpleGrid, Title } from '@mantine/core';
import type { Phase, ReadinessReason } from '../../api';
import { useTick } from '../../hooks/useTick';
import { PhaseCard } from './PhaseCard';

/**
 * PhaseCards lays out a release's phases in order, as many side by side as
 * the page's width allows; ticking a manual criterion saves it and calls
 * onChanged.
 */
export function PhaseCards({
  release,
  phases,
  reasons,
  onChanged,
}: {
  release: string;
  phases: Phase[];
  reasons: ReadinessReason[];
  onChanged: () => void;
}) {
  const tick = useTick(release, onChanged);
  return (
    <Card withBorder>
      <Title order={3} mb="sm">
        Phases
      </Title>
      <SimpleGrid type="container" cols={{ base: 1, '520px': 2, '760px': 3, '1100px': Math.max(1, Math.min(phases.length, 5)) }} spacing="sm">
        {phases.map((p) => (
          <PhaseCard key={p.name} phase={p} reasons={reasons} busy={tick.busy} onTick={(text, done) => tick.run(p.name, text, done)} />
        ))}
      </SimpleGrid>
    </Card>
  );
}
