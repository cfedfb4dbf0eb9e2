import { Autocomplete, Button, Group, Modal, SegmentedControl, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { api, type FeedbackDraft, type FeedbackEntry } from '../../api';
import { sentiments } from '../../feedback';
import { isoDay, today } from '../../format';
import { useAction } from '../../hooks/useAction';
import { useGuardedClose } from '../../hooks/useUnsavedChanges';
import { DialogActions } from '../DialogActions';

/** draftOf is the form's starting point: the entry being edited, or a new one dated today. */
function draftOf(release: string, entry?: FeedbackEntry): FeedbackDraft {
  if (!entry) return { release, day: today(), source: '', sentiment: 'neutral', text: '' };
  const { id, phase, day, source, sentiment, customer, text, link } = entry;
  return { id, release, phase, day: isoDay(day), source, sentiment, customer, text, link };
}

/** FeedbackDialog adds a feedback entry, or edits one; the Go side checks it and says what is wrong. */
export function FeedbackDialog({
  release,
  phases,
  sources,
  entry,
  onClose,
  onSaved,
}: {
  release: string;
  phases: string[];
  sources: string[];
  entry?: FeedbackEntry;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [draft, setDraft] = useState(() => draftOf(release, entry));
  const set = (change: Partial<FeedbackDraft>) => setDraft((d) => ({ ...d, ...change }));
  const [original] = useState(draft);
  const close = useGuardedClose(JSON.stringify(draft) !== JSON.stringify(original), 'Discard this feedback?', onClose);
  const save = useAction(
    async () => {
      if (entry) await api.editFeedback(draft);
      else await api.addFeedback(draft);
    },
    { success: entry ? 'Feedback saved' : 'Feedback added' },
  );
  const submit = async () => {
    if ((await save.run()).ok) onSaved();
  };
  return (
    <Modal opened onClose={close} title={entry ? 'Edit feedback' : 'Add feedback'} size="lg">
      <Stack gap="sm">
        <Group grow align="flex-start">
          <TextInput label="Day" type="date" value={draft.day ?? ''} onChange={(e) => set({ day: e.currentTarget.value })} />
          <Select
            label="Phase"
            placeholder="The phase running that day"
            clearable
            data={phases}
            value={draft.phase || null}
            onChange={(phase) => set({ phase: phase ?? '' })}
          />
        </Group>
        <Group grow align="flex-start">
          <Autocomplete label="Source" placeholder="zendesk, survey, interview…" data={sources} value={draft.source} onChange={(source) => set({ source })} />
          <TextInput label="Customer" placeholder="Optional" value={draft.customer ?? ''} onChange={(e) => set({ customer: e.currentTarget.value })} />
        </Group>
        <SegmentedControl
          aria-label="Sentiment"
          data={sentiments.map(({ value, label }) => ({ value, label }))}
          value={draft.sentiment}
          onChange={(sentiment) => set({ sentiment })}
        />
        <Textarea label="What they said" autosize minRows={3} maxRows={10} value={draft.text} onChange={(e) => set({ text: e.currentTarget.value })} />
        <TextInput
          label="Link"
          placeholder="https://support.example.com/tickets/123"
          value={draft.link ?? ''}
          onChange={(e) => set({ link: e.currentTarget.value })}
        />
        <DialogActions error={save.error} errorTitle="Not saved" onCancel={close}>
          <Button loading={save.busy} onClick={submit} disabled={!draft.text.trim() || !draft.source.trim()}>
            {entry ? 'Save feedback' : 'Add feedback'}
          </Button>
        </DialogActions>
      </Stack>
    </Modal>
  );
}
