import { Badge, type MantineSize } from '@mantine/core';

/** DemoBadge marks something that belongs to the demo workspace. */
export function DemoBadge({ size }: { size?: MantineSize }) {
  return (
    <Badge size={size} color="orange" variant="light">
      Demo
    </Badge>
  );
}
