import { Alert, Button, Group, Text } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useRemoveDemo } from '../hooks/useDemo';

/** DemoBanner labels the demo workspace and offers to remove it. */
export function DemoBanner({ onChange }: { onChange: () => void }) {
  const removeDemo = useRemoveDemo(onChange);
  return (
    <Alert color="orange" variant="light" icon={<IconFlask />} mb="md" py="xs" data-testid="demo-banner">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">
          You are looking at the <b>demo workspace</b>: an example release with an offline demo provider. Nothing
          here touches LaunchDarkly or Split.
        </Text>
        <Button size="xs" variant="white" color="orange" onClick={removeDemo} style={{ flexShrink: 0 }}>
          Remove demo
        </Button>
      </Group>
    </Alert>
  );
}
