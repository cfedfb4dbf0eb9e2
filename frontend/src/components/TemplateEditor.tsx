import { Alert, Badge, Button, Card, Code, Group, ScrollArea, Stack, Table, Tabs, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { api, errorMessage, type Preview, type Template, type TemplateVariable } from '../api';
import { ChannelBadge } from './ChannelBadge';

/**
 * TemplateEditor edits one template with a live preview rendered by the Go
 * side (so the preview is exactly what exports contain), the variables a
 * template can use, and the template's problems as you type.
 */
export function TemplateEditor({
  template,
  release,
  phase,
  onSaved,
}: {
  template: Template;
  release: string | null;
  phase: string | null;
  onSaved: () => void;
}) {
  const [source, setSource] = useState(template.source);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [problem, setProblem] = useState('');
  const [variables, setVariables] = useState<TemplateVariable[]>([]);
  const [busy, setBusy] = useState(false);
  const dirty = source !== template.source;
  const partial = template.name.startsWith('_');

  useEffect(() => setSource(template.source), [template]);
  useEffect(() => {
    if (!release || partial) return;
    const timer = setTimeout(() => {
      api
        .previewTemplate(release, phase ?? '', template.name, source)
        .then((p) => {
          setPreview(p);
          setProblem('');
        })
        .catch((e) => setProblem(errorMessage(e)));
    }, 250);
    return () => clearTimeout(timer);
  }, [release, phase, template.name, source, partial]);
  useEffect(() => {
    if (release) api.templateVariables(release, phase ?? '').then(setVariables).catch(() => setVariables([]));
  }, [release, phase]);

  const save = async () => {
    setBusy(true);
    try {
      await api.saveTemplate(template.name, source);
      notifications.show({ message: `Saved ${template.name}.md` });
      onSaved();
    } catch (e) {
      notifications.show({ color: 'red', title: 'Not saved', message: errorMessage(e), autoClose: false });
    } finally {
      setBusy(false);
    }
  };

  const page = preview?.files.find((f) => f.ext === 'html');
  return (
    <Stack gap="sm">
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
        <Button size="xs" onClick={save} loading={busy} disabled={!dirty || problem !== ''}>
          Save template
        </Button>
      </Group>
      <Textarea
        aria-label="Template source"
        autosize
        minRows={14}
        maxRows={24}
        spellCheck={false}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
        value={source}
        onChange={(e) => setSource(e.currentTarget.value)}
      />
      {problem ? (
        <Alert color="red" title="This template does not render" data-testid="template-problem">
          {problem}
        </Alert>
      ) : null}
      {partial && (
        <Alert color="gray" variant="light">
          A shared block: other templates include it with <code>{`{{template "${template.name.slice(1)}" .}}`}</code>.
          Saving checks every template that uses it.
        </Alert>
      )}
      <Tabs defaultValue="preview" hidden={partial}>
        <Tabs.List>
          <Tabs.Tab value="preview">Preview</Tabs.Tab>
          <Tabs.Tab value="text">Plain text</Tabs.Tab>
          <Tabs.Tab value="files">Files</Tabs.Tab>
          <Tabs.Tab value="variables">Variables</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="preview" pt="xs">
          {!release && <Text size="sm">Create or load a release to preview templates with its data.</Text>}
          {preview && (
            <Card withBorder p="xs">
              <Text size="sm" fw={600} mb={4} data-testid="preview-title">
                {preview.title}
              </Text>
              {/* Rendered by Go and sanitised there; shown sandboxed with scripts disabled anyway. */}
              <iframe
                title="Template preview"
                data-testid="template-preview"
                sandbox=""
                srcDoc={page?.content ?? preview.html}
                style={{ width: '100%', height: 420, border: 0 }}
              />
            </Card>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="text" pt="xs">
          <Code block>{preview?.text}</Code>
        </Tabs.Panel>
        <Tabs.Panel value="files" pt="xs">
          <Table>
            <Table.Tbody>
              {preview?.files.map((f) => (
                <Table.Tr key={f.ext}>
                  <Table.Td>
                    <code>
                      {f.dir}/{f.channel}-{f.template}.{f.ext}
                    </code>
                  </Table.Td>
                  <Table.Td>{f.content.length.toLocaleString()} bytes</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Tabs.Panel>
        <Tabs.Panel value="variables" pt="xs">
          <ScrollArea.Autosize mah={360}>
            <Table data-testid="template-variables">
              <Table.Tbody>
                {variables.map((v) => (
                  <Table.Tr key={v.name}>
                    <Table.Td>
                      <code>{v.name}</code>
                    </Table.Td>
                    <Table.Td>{v.value}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
