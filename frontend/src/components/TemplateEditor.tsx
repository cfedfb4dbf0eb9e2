import { Alert, Stack, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { api, type Template } from '../api';
import { useAction } from '../hooks/useAction';
import { useLoad } from '../hooks/useLoad';
import { useTemplatePreview } from '../hooks/useTemplatePreview';
import { useUnsavedChanges } from '../hooks/useUnsavedChanges';
import { TemplateTabs } from './template/TemplateTabs';
import { TemplateToolbar } from './template/TemplateToolbar';

/**
 * TemplateEditor edits one template with a live preview rendered by the Go
 * side (so the preview is exactly what exports contain), the variables a
 * template can use, and the template's problems as you type. Leaving it
 * with unsaved changes (another template, tab or page) asks first.
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
  useEffect(() => setSource(template.source), [template]);
  const { preview, problem } = useTemplatePreview(template.name, source, release, phase);
  const variables = useLoad(
    async () => (release ? api.templateVariables(release, phase ?? '').catch(() => []) : []),
    [release, phase],
  );
  const save = useAction(() => api.saveTemplate(template.name, source), {
    success: `Saved ${template.name}.md`,
    errorTitle: 'Not saved',
    sticky: true,
  });
  const dirty = source !== template.source;
  useUnsavedChanges(dirty, `Discard your changes to ${template.name}.md?`);
  const partial = template.name.startsWith('_');

  return (
    <Stack gap="sm">
      <TemplateToolbar
        template={template}
        dirty={dirty}
        canSave={dirty && problem === ''}
        saving={save.busy}
        onSave={async () => {
          if ((await save.run()).ok) onSaved();
        }}
      />
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
      {problem && (
        <Alert color="red" title="This template does not render" data-testid="template-problem">
          {problem}
        </Alert>
      )}
      {partial && (
        <Alert color="gray" variant="light">
          A shared block: other templates include it with <code>{`{{template "${template.name.slice(1)}" .}}`}</code>.
          Saving checks every template that uses it.
        </Alert>
      )}
      <TemplateTabs preview={preview} variables={variables.data ?? []} hasRelease={Boolean(release)} hidden={partial} />
    </Stack>
  );
}
