import { Code, ScrollArea, Tabs } from '@mantine/core';
import type { Preview, TemplateVariable } from '../../api';
import { DataTable, type Column } from '../DataTable';
import { PreviewPanel } from './PreviewPanel';

type OutputFile = Preview['files'][number];

const fileColumns: Column<OutputFile>[] = [
  {
    cell: (f) => (
      <code>
        {f.dir}/{f.channel}-{f.template}.{f.ext}
      </code>
    ),
  },
  { cell: (f) => `${f.content.length.toLocaleString()} bytes` },
];

const variableColumns: Column<TemplateVariable>[] = [{ cell: (v) => <code>{v.name}</code> }, { cell: (v) => v.value }];

/** TemplateTabs shows a template's preview, its plain text, the files it makes, and the variables it can use. */
export function TemplateTabs({
  preview,
  variables,
  hasRelease,
  hidden,
}: {
  preview: Preview | null;
  variables: TemplateVariable[];
  hasRelease: boolean;
  hidden: boolean;
}) {
  return (
    <Tabs defaultValue="preview" hidden={hidden}>
      <Tabs.List>
        <Tabs.Tab value="preview">Preview</Tabs.Tab>
        <Tabs.Tab value="text">Plain text</Tabs.Tab>
        <Tabs.Tab value="files">Files</Tabs.Tab>
        <Tabs.Tab value="variables">Variables</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="preview" pt="xs">
        <PreviewPanel preview={preview} hasRelease={hasRelease} />
      </Tabs.Panel>
      <Tabs.Panel value="text" pt="xs">
        <Code block>{preview?.text}</Code>
      </Tabs.Panel>
      <Tabs.Panel value="files" pt="xs">
        <DataTable columns={fileColumns} rows={preview?.files ?? []} rowKey={(f) => f.ext} />
      </Tabs.Panel>
      <Tabs.Panel value="variables" pt="xs">
        <ScrollArea.Autosize mah={360}>
          <DataTable columns={variableColumns} rows={variables} rowKey={(v) => v.name} data-testid="template-variables" />
        </ScrollArea.Autosize>
      </Tabs.Panel>
    </Tabs>
  );
}
