import { Anchor, Group } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { Plan } from '../../api';
import { DemoBadge } from '../DemoBadge';
import { PageHeader } from '../PageHeader';
import { ReleaseActions } from './ReleaseActions';
import type { ReleaseDialogKind } from './ReleaseDialog';

/** ReleaseHeader names the release, its key and owner, with a way back to the list and the release's actions. */
export function ReleaseHeader({ plan, onOpen }: { plan: Plan; onOpen: (dialog: ReleaseDialogKind) => void }) {
  const { release } = plan;
  return (
    <PageHeader
      title={
        <Group gap="xs">
          {release.name}
          {release.demo && <DemoBadge />}
        </Group>
      }
      subtitle={
        <>
          <Anchor component={Link} to="/releases" size="sm">
            Releases
          </Anchor>{' '}
          / {release.key} · owner {release.owner || 'unassigned'}
        </>
      }
      actions={<ReleaseActions plan={plan} onOpen={onOpen} />}
    />
  );
}
