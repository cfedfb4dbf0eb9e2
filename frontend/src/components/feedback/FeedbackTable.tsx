import { Anchor, Group, Text } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import type { FeedbackEntry } from '../../api';
import { isWebLink } from '../../feedback';
import { formatDay } from '../../format';
import { DataTable, type Column } from '../DataTable';
import { RowActions } from '../RowActions';
import { SentimentBadge } from './SentimentBadge';

/** FeedbackLink opens an entry's source only when it is an http(s) address; anything else is shown as text. */
function FeedbackLink({ link }: { link: string }) {
  if (!link) return null;
  if (!isWebLink(link)) {
    return (
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {link}
      </Text>
    );
  }
  return (
    <Anchor href={link} target="_blank" rel="noreferrer" size="xs">
      <Group gap={2} component="span" wrap="nowrap">
        Open the source <IconExternalLink size={12} />
      </Group>
    </Anchor>
  );
}

const columns: Column<FeedbackEntry>[] = [
  { header: 'Day', nowrap: true, cell: (e) => formatDay(e.day) },
  { header: 'Phase', cell: (e) => e.in_phase || <Text size="sm" c="dimmed">None</Text> },
  { header: 'Sentiment', cell: (e) => <SentimentBadge sentiment={e.sentiment} /> },
  {
    header: 'From',
    cell: (e) => (
      <>
        <Text size="sm">{e.source}</Text>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {e.customer}
        </Text>
      </>
    ),
  },
  {
    header: 'What they said',
    cell: (e) => (
      <>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="feedback-text">
          {e.text}
        </Text>
        <FeedbackLink link={e.link} />
      </>
    ),
  },
];

/**
 * FeedbackTable lists feedback entries, newest first. What customers wrote
 * is untrusted: it is only ever rendered as text.
 */
export function FeedbackTable({
  entries,
  empty,
  onEdit,
  onDelete,
}: {
  entries: FeedbackEntry[];
  empty: string;
  onEdit: (e: FeedbackEntry) => void;
  onDelete: (e: FeedbackEntry) => void;
}) {
  const actions: Column<FeedbackEntry> = {
    nowrap: true,
    cell: (e) => <RowActions name={`feedback from ${e.source} of ${formatDay(e.day)}`} onEdit={() => onEdit(e)} onDelete={() => onDelete(e)} />,
  };
  return (
    <DataTable
      columns={[...columns, actions]}
      rows={entries}
      rowKey={(e) => e.id}
      rowTestId="feedback-entry"
      empty={
        <Text size="sm" c="dimmed" p="md">
          {empty}
        </Text>
      }
    />
  );
}
