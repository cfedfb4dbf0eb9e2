import { Badge, type BadgeProps } from '@mantine/core';
import { verdictStyle } from '../../readiness';

/** ReadinessBadge shows a go/no-go verdict in its colour: Ready, Hold or Roll back. */
export function ReadinessBadge({ verdict, size = 'sm' }: { verdict: string; size?: BadgeProps['size'] }) {
  const { label, color } = verdictStyle(verdict);
  return (
    <Badge color={color} variant="filled" size={size} data-testid="readiness-verdict" style={{ flexShrink: 0 }}>
      {label}
    </Badge>
  );
}
