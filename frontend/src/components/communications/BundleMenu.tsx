import { Button, Menu, Text } from '@mantine/core';
import { IconChevronDown, IconFileZip } from '@tabler/icons-react';
import { api } from '../../api';
import { useExport } from '../../hooks/useExport';
import { useLoad } from '../../hooks/useLoad';

/**
 * BundleMenu exports a release's communications as a zip: of the chosen
 * phase — naming the templates that go out with it, or saying none does —
 * or of every phase.
 */
export function BundleMenu({ release, phase }: { release: string | null; phase: string | null }) {
  const applying = useLoad(async () => (release && phase ? api.templatesForPhase(release, phase, '') : null), [release, phase]);
  const exportBundle = useExport('Bundle', api.exportBundleFile);
  const names = (applying.data ?? []).map((t) => t.name);
  const none = applying.data?.length === 0;
  return (
    <Menu position="bottom-end" width={300}>
      <Menu.Target>
        <Button variant="default" leftSection={<IconFileZip size={16} />} rightSection={<IconChevronDown size={14} />} disabled={!release}>
          Export bundle
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item disabled={!phase || none} onClick={() => release && phase && exportBundle.run(release, phase)}>
          This phase ({phase})
          <Text size="xs" c="dimmed" data-testid="bundle-templates">
            {applying.error
              ? `Could not list its templates: ${applying.error}`
              : none
                ? `No template goes out with “${phase}”.`
                : names.join(', ')}
          </Text>
        </Menu.Item>
        <Menu.Item onClick={() => release && exportBundle.run(release, '')}>Every phase of the release</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
