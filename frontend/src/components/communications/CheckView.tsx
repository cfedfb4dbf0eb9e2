import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { api } from '../../api';
import { useLoad } from '../../hooks/useLoad';
import { ChannelBadge } from '../ChannelBadge';
import { ErrorAlert } from '../ErrorAlert';
import { Loading } from '../Loading';
import { silentReason, unmatchedReason } from './coverageText';

/**
 * CheckView lists, for a release, the templates whose phase names phases
 * the release lacks and the phases no customer-facing template tells, each
 * with the reason, and opens a template to fix it.
 */
export function CheckView({ release, onOpenTemplate }: { release: string; onOpenTemplate: (name: string) => void }) {
  const check = useLoad(() => api.commsCheck(release), [release]);
  if (check.error) return <ErrorAlert message={check.error} />;
  if (!check.data) return <Loading />;
  const unmatched = check.data.unmatched ?? [];
  const silent = check.data.silent ?? [];
  if (unmatched.length === 0 && silent.length === 0) {
    return (
      <Alert color="teal" icon={<IconCircleCheck size={18} />} title="Nothing missing" data-testid="comms-check-clean">
        Every template suits a phase of {release}, and every phase tells its customers by email or in the app.
      </Alert>
    );
  }
  return (
    <Stack gap="md" data-testid="comms-check">
      {unmatched.length > 0 && (
        <Card withBorder>
          <Title order={4} mb="xs">
            Templates that miss the release’s phases
          </Title>
          <Stack gap="xs">
            {unmatched.map((u) => (
              <Group key={u.template} justify="space-between" wrap="nowrap" data-testid="unmatched-template">
                <div>
                  <Group gap={6}>
                    <Text fw={500}>{u.template}.md</Text>
                    <ChannelBadge channel={u.channel} />
                  </Group>
                  <Text size="sm">{unmatchedReason(u, release)}</Text>
                </div>
                <Button size="xs" variant="default" onClick={() => onOpenTemplate(u.template)}>
                  Open template
                </Button>
              </Group>
            ))}
          </Stack>
        </Card>
      )}
      {silent.length > 0 && (
        <Card withBorder>
          <Title order={4} mb="xs">
            Phases nobody is told about
          </Title>
          <Stack gap={4}>
            {silent.map((p) => (
              <Text key={p} size="sm" data-testid="silent-phase">
                {silentReason(p)}
              </Text>
            ))}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
