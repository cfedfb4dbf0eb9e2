import { Badge, Button, Drawer, Group, Stack, Text } from '@mantine/core';
import { api, type SupportHit } from '../../api';
import { formatDate } from '../../format';
import { useLoad } from '../../hooks/useLoad';
import { ErrorAlert } from '../ErrorAlert';
import { Loading } from '../Loading';
import { PhaseBadge } from '../PhaseBadge';

/**
 * SupportHitDrawer opens a search hit: the whole guide or notice it was
 * found in, with its release, phase and date, and a way to show that phase.
 */
export function SupportHitDrawer({ hit, onClose, onShowPhase }: { hit: SupportHit | null; onClose: () => void; onShowPhase: (hit: SupportHit) => void }) {
  const view = useLoad(async () => (hit ? api.supportView(hit.release, hit.phase) : null), [hit?.release, hit?.phase]);
  const guide = hit ? view.data?.guides.find((g) => g.template === hit.template && g.title === hit.title) : undefined;
  return (
    <Drawer opened={hit !== null} onClose={onClose} position="right" size="lg" title={hit?.title} data-testid="support-hit-drawer">
      {hit && (
        <Stack gap="sm">
          {view.error && <ErrorAlert message={view.error} />}
          {view.loading && !view.data && <Loading />}
          {view.data && (
            <Group gap="xs" wrap="wrap">
              <Text size="sm" fw={600}>
                {view.data.name}
              </Text>
              <Badge variant="light">{hit.phase}</Badge>
              <PhaseBadge status={view.data.status} />
              {guide && (
                <Text size="sm" c="dimmed">
                  {guide.notice ? `Notice of ${formatDate(guide.date)}` : `Phase ${guide.date ? `from ${formatDate(guide.date)}` : 'not yet dated'}`}
                </Text>
              )}
            </Group>
          )}
          {view.data && !guide && (
            <Text size="sm">This guide no longer applies to {hit.phase}: the plan or the template changed since the search. Search again.</Text>
          )}
          {/* Sanitised by the Go side before it gets here. */}
          {guide && <div className="support-guide" data-testid="support-hit-guide" dangerouslySetInnerHTML={{ __html: guide.html }} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onShowPhase(hit)}>
              Show {hit.phase} on this page
            </Button>
          </Group>
        </Stack>
      )}
    </Drawer>
  );
}
