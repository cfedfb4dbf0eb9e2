import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconFileCode, IconMarkdown } from '@tabler/icons-react';
import { api } from '../../api';
import { useExport } from '../../hooks/useExport';
import { useLoad } from '../../hooks/useLoad';
import { ErrorAlert } from '../ErrorAlert';
import { Loading } from '../Loading';
import { ReportNotes } from './ReportNotes';

/**
 * ReportView shows a release's rollout report as the Go side renders it,
 * in a frame sandboxed without scripts or the app's origin, below saving it
 * as HTML or Markdown and the notes that end it.
 */
export function ReportView({ release }: { release: string }) {
  const report = useLoad(() => api.reportHTML(release), [release]);
  const saveHTML = useExport('Report', () => api.exportReportHTML(release));
  const saveMarkdown = useExport('Report', () => api.exportReportMarkdown(release));
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          The release as of now: phases, criteria, metrics, adoption, what happened and what customers said.
        </Text>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconFileCode size={16} />} onClick={() => saveHTML.run()} loading={saveHTML.busy}>
            Save as HTML…
          </Button>
          <Button variant="default" leftSection={<IconMarkdown size={16} />} onClick={() => saveMarkdown.run()} loading={saveMarkdown.busy}>
            Save as Markdown…
          </Button>
        </Group>
      </Group>
      <ReportNotes release={release} onSaved={report.reload} />
      <Card withBorder p={0}>
        {report.error && <ErrorAlert message={report.error} />}
        {report.data === undefined && !report.error && <Loading />}
        {report.data !== undefined && (
          <iframe
            title="Rollout report"
            sandbox=""
            srcDoc={report.data}
            data-testid="report-frame"
            style={{ width: '100%', height: 'max(480px, calc(100vh - 320px))', border: 0 }}
          />
        )}
      </Card>
    </Stack>
  );
}
