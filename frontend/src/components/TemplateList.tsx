import { Badge, Card, Code, Grid, NavLink, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Template } from '../api';
import { formatDate } from '../format';
import { ChannelBadge } from './ChannelBadge';

/** TemplateList shows templates on the left and the chosen one's source on the right. */
export function TemplateList({ templates }: { templates: Template[] }) {
  const [selected, setSelected] = useState(templates[0]?.name);
  const current = templates.find((t) => t.name === selected) ?? templates[0];

  return (
    <Grid>
      <Grid.Col span={4}>
        <Card withBorder p={4}>
          {templates.map((t) => (
            <NavLink
              key={t.name}
              active={t.name === current?.name}
              onClick={() => setSelected(t.name)}
              label={t.title}
              description={`${t.name} · phase ${t.phase === '*' ? 'every phase' : t.phase}`}
              rightSection={<ChannelBadge channel={t.channel} />}
            />
          ))}
        </Card>
      </Grid.Col>
      <Grid.Col span={8}>
        {current && (
          <Card withBorder>
            <Stack gap={4} mb="sm">
              <Title order={3}>{current.title}</Title>
              <Text size="xs" c="dimmed">
                {current.name}.md · {current.builtin ? 'starter template' : 'custom'} · updated{' '}
                {formatDate(current.updated_at)}{' '}
                {current.phase === '*' ? <Badge size="xs">every phase</Badge> : <Badge size="xs">{current.phase}</Badge>}
              </Text>
            </Stack>
            <ScrollArea.Autosize mah="calc(100vh - 260px)">
              <Code block data-testid="template-source">
                {current.source}
              </Code>
            </ScrollArea.Autosize>
          </Card>
        )}
      </Grid.Col>
    </Grid>
  );
}
