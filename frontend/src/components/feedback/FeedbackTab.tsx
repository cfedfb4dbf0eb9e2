import { Button, Card, Group, Stack } from '@mantine/core';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { FeedbackEntry } from '../../api';
import { useFeedback } from '../../hooks/useFeedback';
import { useFeedbackActions } from '../../hooks/useFeedbackActions';
import { ErrorAlert } from '../ErrorAlert';
import { Loading } from '../Loading';
import { FeedbackCounts } from './FeedbackCounts';
import { FeedbackDialog } from './FeedbackDialog';
import { FeedbackFilters } from './FeedbackFilters';
import { FeedbackTable } from './FeedbackTable';

/** Editing is the open feedback dialog: a new entry, one to edit, or none. */
type Editing = { entry?: FeedbackEntry } | null;

/**
 * FeedbackTab is what customers said in each phase: counts by sentiment,
 * the entries with search and filters, and adding, editing, deleting and
 * importing them.
 */
export function FeedbackTab({ release, phases, onChanged }: { release: string; phases: string[]; onChanged: () => void }) {
  const feedback = useFeedback(release);
  const [editing, setEditing] = useState<Editing>(null);
  const changed = () => {
    feedback.reload();
    onChanged();
  };
  const actions = useFeedbackActions(release, changed);
  if (feedback.error) return <ErrorAlert message={feedback.error} />;
  if (!feedback.summary || !feedback.entries) return <Loading />;

  return (
    <Stack gap="md" data-testid="feedback-tab">
      <FeedbackCounts summary={feedback.summary} entries={feedback.entries} filtered={feedback.filtered} />
      <Group justify="space-between" align="flex-end">
        <FeedbackFilters filter={feedback.filter} phases={phases} sources={feedback.sources} onChange={feedback.setFilter} />
        <Group gap="xs">
          <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={actions.importFile} loading={actions.importing}>
            Import CSV…
          </Button>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({})}>
            Add feedback
          </Button>
        </Group>
      </Group>
      <Card withBorder p={0}>
        <FeedbackTable
          entries={feedback.entries}
          empty={
            feedback.filtered
              ? 'No feedback matches these filters.'
              : 'No feedback yet. Add what a customer said, or import a CSV export from your support tool (columns date, source, sentiment, customer, text, link; phase optional).'
          }
          onEdit={(entry) => setEditing({ entry })}
          onDelete={actions.remove}
        />
      </Card>
      {editing && (
        <FeedbackDialog
          release={release}
          phases={phases}
          sources={feedback.sources}
          entry={editing.entry}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            changed();
          }}
        />
      )}
    </Stack>
  );
}
