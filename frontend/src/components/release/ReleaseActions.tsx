import { ActionIcon, Button, Menu } from '@mantine/core';
import { IconArrowBackUp, IconDots, IconFileExport, IconLink, IconPencil, IconPlayerPlay } from '@tabler/icons-react';
import { api, type Plan } from '../../api';
import { useExport } from '../../hooks/useExport';
import type { ReleaseDialogKind } from './ReleaseDialog';

/** ReleaseActions are the release page's buttons: advance, roll back, and a menu to link a flag, edit or export the plan. */
export function ReleaseActions({ plan, onOpen }: { plan: Plan; onOpen: (dialog: ReleaseDialogKind) => void }) {
  const exportPlan = useExport('Plan', () => api.exportPlanFile(plan.release.key));
  const activeIndex = plan.phases.findIndex((p) => p.status === 'active');
  return (
    <>
      <Button leftSection={<IconPlayerPlay size={16} />} onClick={() => onOpen('advance')} disabled={activeIndex === plan.phases.length - 1}>
        {activeIndex < 0 ? 'Start first phase' : 'Advance phase'}
      </Button>
      <Button variant="default" leftSection={<IconArrowBackUp size={16} />} onClick={() => onOpen('rollback')} disabled={activeIndex < 1}>
        Roll back
      </Button>
      <Menu position="bottom-end">
        <Menu.Target>
          <ActionIcon variant="default" size="lg" aria-label="More release actions">
            <IconDots size={16} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconLink size={14} />} onClick={() => onOpen('link')}>
            Link a flag
          </Menu.Item>
          <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => onOpen('edit')}>
            Edit plan
          </Menu.Item>
          <Menu.Item leftSection={<IconFileExport size={14} />} onClick={() => exportPlan.run()}>
            Export plan file…
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </>
  );
}
