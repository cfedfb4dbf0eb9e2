import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconEye, IconSend, IconX } from '@tabler/icons-react';
import type { Notice } from '../../api';

/** NoticeActions are a notice's Preview, Send test (email notices) and Dismiss buttons, named after the notice for screen readers. */
export function NoticeActions({
  notice,
  onPreview,
  onSend,
  onDismiss,
}: {
  notice: Notice;
  onPreview: () => void;
  onSend: () => void;
  onDismiss: () => void;
}) {
  const name = notice.title || notice.template;
  const broken = notice.problem !== '';
  return (
    <Group gap={2} wrap="nowrap">
      <Tooltip label="Preview">
        <ActionIcon variant="subtle" aria-label={`Preview ${name}`} onClick={onPreview} disabled={broken}>
          <IconEye size={16} />
        </ActionIcon>
      </Tooltip>
      {notice.channel === 'email' && (
        <Tooltip label="Send to test addresses">
          <ActionIcon variant="subtle" aria-label={`Send ${name} to test addresses`} onClick={onSend} disabled={broken}>
            <IconSend size={16} />
          </ActionIcon>
        </Tooltip>
      )}
      {notice.state !== 'dismissed' && (
        <Tooltip label="Dismiss: nobody needs to hear it">
          <ActionIcon variant="subtle" color="red" aria-label={`Dismiss ${name}`} onClick={onDismiss}>
            <IconX size={16} />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}
