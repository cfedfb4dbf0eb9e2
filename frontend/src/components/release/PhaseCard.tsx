import { Card, Group, List, Text } from '@mantine/core';
import { IconCircleCheck, IconCircleDashed } from '@tabler/icons-react';
import type { Phase } from '../../api';
import { formatDate, formatPercent } from '../../format';
import { PhaseBadge } from '../PhaseBadge';

/** PhaseCard shows one phase: its dates, audience, what it expects of the flags, and its exit criteria. */
export function PhaseCard({ phase }: { phase: Phase }) {
  return (
    <Card withBorder padding="sm" bg={phase.status === 'active' ? 'indigo.0' : undefined} data-testid="phase-card">
      <Group justify="space-between" mb={4} wrap="nowrap">
        <Text fw={600}>{phase.name}</Text>
        <PhaseBadge status={phase.status} />
      </Group>
      <Text size="xs" c="dimmed">
        {formatDate(phase.planned_start)} – {formatDate(phase.planned_end)}
      </Text>
      <Text size="sm" mt={4}>
        {phase.audience || '—'}
      </Text>
      {phase.expect && (
        <Text size="xs" mt={4}>
          Expect {phase.expect.on ? `on, ${formatPercent(phase.expect.percent)}` : 'off'}
          {phase.expect.segments?.length ? ` + ${phase.expect.segments.join(', ')}` : ''}
        </Text>
      )}
      {phase.exit.length > 0 && (
        <List size="xs" mt={6} spacing={2} center>
          {phase.exit.map((c) => (
            <List.Item
              key={c.text}
              icon={
                c.done ? (
                  <IconCircleCheck size={14} color="var(--mantine-color-teal-6)" />
                ) : (
                  <IconCircleDashed size={14} color="var(--mantine-color-gray-5)" />
                )
              }
            >
              {c.text}
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
