import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';

/** confirmRemoval asks before removing something: the consequences, a red button, and "Keep it" to back out. */
export function confirmRemoval({ title, text, confirm, onConfirm }: { title: string; text: string; confirm: string; onConfirm: () => void }) {
  modals.openConfirmModal({
    title,
    children: <Text size="sm">{text}</Text>,
    labels: { confirm, cancel: 'Keep it' },
    confirmProps: { color: 'red' },
    onConfirm,
  });
}
