import { Card, Grid, Group, NavLink, ScrollArea, Text } from '@mantine/core';
import type { Template } from '../../api';
import { confirmLeave } from '../../hooks/useUnsavedChanges';
import { ChannelBadge } from '../ChannelBadge';
import { TemplateEditor } from '../TemplateEditor';

/**
 * TemplatesView lists the templates beside the editor of the chosen one;
 * choosing another while the editor holds unsaved changes asks first.
 */
export function TemplatesView({
  templates,
  current,
  release,
  phase,
  onSelect,
  onSaved,
}: {
  templates: Template[];
  current: Template;
  release: string | null;
  phase: string | null;
  onSelect: (name: string) => void;
  onSaved: () => void;
}) {
  const select = async (name: string) => {
    if (name !== current.name && (await confirmLeave({ confirm: 'Discard changes', cancel: 'Keep editing' }))) onSelect(name);
  };
  return (
    <Grid>
      <Grid.Col span={3}>
        <Card withBorder p={4}>
          <ScrollArea.Autosize mah="calc(100vh - 230px)">
            {templates.map((t) => (
              <NavLink
                key={t.name}
                active={t.name === current.name}
                onClick={() => void select(t.name)}
                label={
                  <Text size="sm" truncate title={t.name}>
                    {t.name}
                  </Text>
                }
                // The channel sits under the name, so a narrow list cuts neither.
                description={
                  <Group gap={6} wrap="wrap">
                    <ChannelBadge channel={t.channel} />
                    <span>{t.phase === '*' ? 'every phase' : t.phase}</span>
                  </Group>
                }
              />
            ))}
          </ScrollArea.Autosize>
        </Card>
      </Grid.Col>
      <Grid.Col span={9}>
        <TemplateEditor template={current} release={release} phase={phase} onSaved={onSaved} />
      </Grid.Col>
    </Grid>
  );
}
