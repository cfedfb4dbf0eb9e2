import { Button, Card, Group, Text, Title } from '@mantine/core';
import { useLoadDemo, useRemoveDemo } from '../../hooks/useDemo';

/** DemoCard says whether the demo workspace is loaded and loads or removes it. */
export function DemoCard({ active, onChange }: { active: boolean; onChange: () => void }) {
  const removeDemo = useRemoveDemo(onChange);
  const loadDemo = useLoadDemo(onChange);
  return (
    <Card withBorder>
      <Title order={3} mb="xs">
        Demo workspace
      </Title>
      <Group justify="space-between">
        <Text size="sm">
          {active ? 'The demo release “New checkout” and its offline demo provider are loaded.' : 'The demo workspace is not loaded.'}
        </Text>
        {active ? (
          <Button color="red" variant="light" onClick={removeDemo}>
            Remove demo
          </Button>
        ) : (
          <Button onClick={loadDemo}>Load demo workspace</Button>
        )}
      </Group>
    </Card>
  );
}
