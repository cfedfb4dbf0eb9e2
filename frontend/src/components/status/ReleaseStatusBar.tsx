import { Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconLifebuoy, IconMail, IconRefresh } from '@tabler/icons-react';
import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api';
import { useLoad } from '../../hooks/useLoad';
import { useReleaseSync } from '../../hooks/useReleaseSync';
import { ErrorAlert } from '../ErrorAlert';
import { SyncRunning } from '../SyncRunning';
import { NowNextLine } from './NowNextLine';

/** phaseLinks are the links to a phase's drafts and support guide. */
export function phaseLinks(release: string, phase: string): { drafts: string; support: string } {
  const q = new URLSearchParams({ release, phase }).toString();
  return { drafts: `/communications?${q}`, support: `/support?${q}` };
}

/**
 * ReleaseStatusBar sits under the release page's header: the release's
 * Now / Next / Due, a Sync button for the connections its flags come from,
 * and links to the drafts and support guide of the phase it is in (or the
 * next one, before it starts).
 */
export function ReleaseStatusBar({ release, onSynced }: { release: string; onSynced: () => void }) {
  const line = useLoad(() => api.getStatusLine(release), [release]);
  const { reload } = line;
  useEffect(() => api.onReadinessChanged(() => reload()), [reload]);
  const sync = useReleaseSync(release, () => {
    reload();
    onSynced();
  });
  const phase = line.data ? line.data.now.phase || line.data.next.phase : '';
  const links = phaseLinks(release, phase);

  return (
    <Card withBorder padding="sm" mb="md" data-testid="release-status">
      <Stack gap="xs">
        {line.error && <ErrorAlert message={line.error} />}
        {line.data && <NowNextLine line={line.data} layout="row" />}
        <Group gap="md" wrap="wrap" justify="space-between">
          <Group gap="md" wrap="wrap">
            {phase && (
              <>
                <Anchor component={Link} to={links.drafts} size="sm">
                  <Group gap={4} wrap="nowrap">
                    <IconMail size={14} /> Drafts for {phase}
                  </Group>
                </Anchor>
                <Anchor component={Link} to={links.support} size="sm">
                  <Group gap={4} wrap="nowrap">
                    <IconLifebuoy size={14} /> Support guide for {phase}
                  </Group>
                </Anchor>
              </>
            )}
          </Group>
          {!sync.running && (
            <Group gap="xs" wrap="wrap" justify="flex-end" style={{ minWidth: 0 }}>
              {sync.done && (
                <Text size="xs" c="dimmed" data-testid="release-sync-done">
                  {sync.done}
                </Text>
              )}
              <Button size="xs" variant="light" leftSection={<IconRefresh size={14} />} onClick={sync.start}>
                Sync flags
              </Button>
            </Group>
          )}
        </Group>
        {sync.running && (
          <div data-testid="release-sync-progress">
            <SyncRunning sync={sync} />
          </div>
        )}
      </Stack>
    </Card>
  );
}
