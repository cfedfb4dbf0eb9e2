import { Card, SimpleGrid, Title } from '@mantine/core';
import type { Phase } from '../../api';
import { PhaseCard } from './PhaseCard';

/** PhaseCards lays out a release's phases side by side, in order. */
export function PhaseCards({ phases }: { phases: Phase[] }) {
  return (
    <Card withBorder>
      <Title order={3} mb="sm">
        Phases
      </Title>
      <SimpleGrid cols={{ base: 2, md: Math.min(phases.length, 5) }} spacing="sm">
        {phases.map((p) => (
          <PhaseCard key={p.name} phase={p} />
        ))}
      </SimpleGrid>
    </Card>
  );
}
