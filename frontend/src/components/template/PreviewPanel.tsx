import { Card, Text } from '@mantine/core';
import type { Preview } from '../../api';

/** PreviewPanel shows a rendered template as its readers see it, in a sandboxed frame. */
export function PreviewPanel({ preview, hasRelease }: { preview: Preview | null; hasRelease: boolean }) {
  const page = preview?.files.find((f) => f.ext === 'html');
  return (
    <>
      {!hasRelease && <Text size="sm">Create or load a release to preview templates with its data.</Text>}
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
    </>
  );
}
