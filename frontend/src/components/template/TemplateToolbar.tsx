import { Badge, Button, Group, Text } from '@mantine/core';
import type { Template } from '../../api';
import { ChannelBadge } from '../ChannelBadge';

/** TemplateToolbar names the template being edited, marks unsaved changes, and saves. */
export function TemplateToolbar({
  template,
  dirty,
  canSave,
  saving,
  onSave,
}: {
  template: Template;
  dirty: boolean;
  canSave: boolean;
  saving: boolean;
  onSave: () => void;
}) {
  return (
    <Group justify="space-between">
      <Group gap="xs">
        <Text fw={600}>{template.name}.md</Text>
        <ChannelBadge channel={template.channel} />
        {dirty && (
          <Badge color="yellow" variant="light" size="sm">
            Unsaved
          </Badge>
        )}
      </Group>
      <Button size="xs" onClick={onSave} loading={saving} disabled={!canSave}>
        Save template
      </Button>
    </Group>
  );
}
