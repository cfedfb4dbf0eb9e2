import { Button, Card, Group, Text, Textarea, Title } from '@mantine/core';
import { useReportNotes } from '../../hooks/useReportNotes';
import { ErrorAlert } from '../ErrorAlert';

/** ReportNotes edits what to carry into the next release, which ends the report; leaving with unsaved notes asks first. */
export function ReportNotes({ release, onSaved }: { release: string; onSaved: () => void }) {
  const notes = useReportNotes(release, onSaved);
  if (notes.error) return <ErrorAlert message={notes.error} />;
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Title order={4}>What to carry into the next release</Title>
        <Group gap="xs">
          {notes.dirty && (
            <Text size="xs" c="orange.8">
              Not saved yet
            </Text>
          )}
          <Button size="xs" onClick={notes.save} loading={notes.busy} disabled={!notes.dirty}>
            Save notes
          </Button>
        </Group>
      </Group>
      <Textarea
        aria-label="What to carry into the next release"
        placeholder={notes.ready ? 'Lessons learned, follow-ups, what to do differently next time…' : 'Loading…'}
        disabled={!notes.ready}
        autosize
        minRows={3}
        maxRows={12}
        value={notes.text}
        onChange={(e) => notes.setText(e.currentTarget.value)}
      />
    </Card>
  );
}
