import { Badge } from '@mantine/core';

const channels: Record<string, { label: string; color: string }> = {
  email: { label: 'Email', color: 'blue' },
  in_app: { label: 'In-app', color: 'grape' },
  support: { label: 'Support', color: 'teal' },
};

/** ChannelBadge names a template's channel. */
export function ChannelBadge({ channel }: { channel: string }) {
  const c = channels[channel] ?? { label: channel, color: 'gray' };
  return (
    <Badge color={c.color} variant="light" size="sm">
      {c.label}
    </Badge>
  );
}
