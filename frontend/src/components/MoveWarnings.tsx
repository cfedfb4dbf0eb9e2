import { Alert, List } from '@mantine/core';

/** MoveWarnings lists what a phase move would do that deserves a second look: exposure going down, a dropped segment, a flag left on. */
export function MoveWarnings({ warnings }: { warnings: string[] }) {
  if (warnings.length === 0) return null;
  return (
    <Alert color="orange" variant="light" p="xs" title="Check before you move" role="note" data-testid="move-warnings">
      <List size="sm" spacing={2}>
        {warnings.map((w) => (
          <List.Item key={w}>{w}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
