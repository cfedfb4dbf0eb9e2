import { Card, Group, Text, Title } from '@mantine/core';
import type { DriftReport, FlagLink, Plan, StoredFlag } from '../../api';
import { linkedFlags } from './linkedFlags';
import { LinkedFlagsTable } from './LinkedFlagsTable';

/** LinkedFlagsCard shows the release's linked flags against what the active phase expects. */
export function LinkedFlagsCard({
  plan,
  flags,
  drift,
  onKill,
  onUnlink,
}: {
  plan: Plan;
  flags: StoredFlag[];
  drift: DriftReport;
  onKill: (link: FlagLink, on: boolean) => void;
  onUnlink: (link: FlagLink) => void;
}) {
  const active = plan.phases.find((p) => p.status === 'active');
  return (
    <Card withBorder p={0}>
      <Group justify="space-between" p="md" pb="xs">
        <Title order={3}>Linked flags</Title>
        <Text size="sm" c="dimmed">
          {active ? `Expected in the active phase, “${active.name}”, against the last synced state` : 'No phase is active'}
        </Text>
      </Group>
      <LinkedFlagsTable rows={linkedFlags(plan, flags, drift)} onKill={onKill} onUnlink={onUnlink} />
    </Card>
  );
}
