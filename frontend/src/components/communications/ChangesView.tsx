import { Badge, Card, Code, Group, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { api } from '../../api';
import { formatDateTime } from '../../format';
import { useLoad } from '../../hooks/useLoad';
import { ChannelBadge } from '../ChannelBadge';
import { EmptyState } from '../EmptyState';
import { ErrorAlert } from '../ErrorAlert';
import { Loading } from '../Loading';

/** lineColor colours a unified diff's line: added green, removed red, hunk headers dimmed. */
function lineColor(line: string): string | undefined {
  if (line.startsWith('+')) return 'var(--mantine-color-teal-light)';
  if (line.startsWith('-')) return 'var(--mantine-color-red-light)';
  return undefined;
}

/** ChangesView lists a release's phase communications whose text changed since they were last exported, each with its line diff. */
export function ChangesView({ release }: { release: string }) {
  const changes = useLoad(() => api.commsChanges(release), [release]);
  if (changes.error) return <ErrorAlert message={changes.error} />;
  if (!changes.data) return <Loading />;
  if (changes.data.length === 0) {
    return (
      <EmptyState icon={<IconCircleCheck />} title="Nothing changed since the last export">
        <Text size="sm" c="dimmed">
          Exported bundles and folders of {release} still read as the templates render now. (Communications never exported are not listed.)
        </Text>
      </EmptyState>
    );
  }
  return (
    <Stack gap="sm" data-testid="comms-changes">
      {changes.data.map((c) => (
        <Card key={`${c.phase}/${c.template}`} withBorder p="sm" data-testid="comms-change">
          <Group justify="space-between" mb={4}>
            <Group gap={6}>
              <ChannelBadge channel={c.channel} />
              <Text fw={500}>{c.template}</Text>
              <Text size="sm" c="dimmed">
                phase {c.phase}
              </Text>
              {c.gone && (
                <Badge color="gray" variant="light">
                  No longer goes out with this phase
                </Badge>
              )}
            </Group>
            <Text size="xs" c="dimmed">
              Exported {formatDateTime(c.exported_at)}
            </Text>
          </Group>
          <Code block p={0}>
            {c.diff.split('\n').map((line, i) => (
              <div key={i} style={{ background: lineColor(line), padding: '0 8px', whiteSpace: 'pre-wrap' }}>
                {line || ' '}
              </div>
            ))}
          </Code>
        </Card>
      ))}
    </Stack>
  );
}
