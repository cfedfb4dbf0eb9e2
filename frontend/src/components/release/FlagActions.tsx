import { ActionIcon, Button, Group, Tooltip } from '@mantine/core';
import { IconPower, IconUnlink } from '@tabler/icons-react';
import type { FlagLink, StoredFlag } from '../../api';

/** FlagActions are a linked flag's buttons: Kill while it is on (or unknown), Restore while off, and Unlink. */
export function FlagActions({
  link,
  flag,
  onKill,
  onUnlink,
}: {
  link: FlagLink;
  flag?: StoredFlag;
  onKill: (link: FlagLink, on: boolean) => void;
  onUnlink: (link: FlagLink) => void;
}) {
  return (
    <Group gap={4} wrap="nowrap">
      {(!flag || flag.on) && (
        <Button size="xs" color="red" variant="light" leftSection={<IconPower size={14} />} onClick={() => onKill(link, false)}>
          Kill
        </Button>
      )}
      {flag && !flag.on && (
        <Button size="xs" color="teal" variant="light" leftSection={<IconPower size={14} />} onClick={() => onKill(link, true)}>
          Restore
        </Button>
      )}
      <Tooltip label="Unlink from this release">
        <ActionIcon variant="subtle" color="gray" aria-label={`Unlink ${link.flag_key} in ${link.environment}`} onClick={() => onUnlink(link)}>
          <IconUnlink size={16} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
