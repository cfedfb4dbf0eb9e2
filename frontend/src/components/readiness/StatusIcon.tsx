import { ThemeIcon } from '@mantine/core';
import { IconCheck, IconClock, IconQuestionMark, IconX } from '@tabler/icons-react';
import { statusStyle } from '../../readiness';

const icons: Record<string, typeof IconCheck> = { pass: IconCheck, fail: IconX, open: IconClock };

/** StatusIcon is a reason's or criterion's status as a small coloured icon, named for screen readers. */
export function StatusIcon({ status, kind }: { status: string; kind?: string }) {
  const { label, color } = statusStyle(status, kind);
  const Icon = icons[status] ?? IconQuestionMark;
  return (
    <ThemeIcon color={color} variant="light" size={20} radius="xl" aria-label={label} title={label} style={{ flexShrink: 0 }}>
      <Icon size={13} stroke={2.5} />
    </ThemeIcon>
  );
}
