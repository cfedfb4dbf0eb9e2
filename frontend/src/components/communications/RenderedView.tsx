import { Code, Group, ScrollArea, Stack, Tabs, Text } from '@mantine/core';
import type { Preview } from '../../api';
import { ChannelBadge } from '../ChannelBadge';
import { PreviewPanel } from '../template/PreviewPanel';

/** RenderedView shows a rendered communication: who it is for, then as its readers see it, its Markdown and the files an export writes. */
export function RenderedView({ preview }: { preview: Preview }) {
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <ChannelBadge channel={preview.channel} />
        <Text size="sm" c="dimmed">
          {preview.template} · for {preview.audience || 'no audience set'}
        </Text>
      </Group>
      <Tabs defaultValue="preview">
        <Tabs.List>
          <Tabs.Tab value="preview">Preview</Tabs.Tab>
          <Tabs.Tab value="markdown">Markdown</Tabs.Tab>
          <Tabs.Tab value="files">Files</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="preview" pt="xs">
          <PreviewPanel preview={preview} hasRelease />
        </Tabs.Panel>
        <Tabs.Panel value="markdown" pt="xs">
          <ScrollArea.Autosize mah={420}>
            <Code block data-testid="rendered-markdown">
              {preview.markdown}
            </Code>
          </ScrollArea.Autosize>
        </Tabs.Panel>
        <Tabs.Panel value="files" pt="xs">
          {preview.files.map((f) => (
            <Text key={f.ext} size="sm">
              <code>
                {f.dir}/{f.channel}-{f.template}.{f.ext}
              </code>{' '}
              · {f.content.length.toLocaleString()} bytes
            </Text>
          ))}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
