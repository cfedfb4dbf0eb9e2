import { Group, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { sentiments } from '../../feedback';
import type { FeedbackQuery } from '../../hooks/useFeedback';

/** FeedbackFilters narrows the feedback list: full-text search, phase, source and sentiment. */
export function FeedbackFilters({
  filter,
  phases,
  sources,
  onChange,
}: {
  filter: FeedbackQuery;
  phases: string[];
  sources: string[];
  onChange: (f: FeedbackQuery) => void;
}) {
  return (
    <Group gap="xs">
      <TextInput
        aria-label="Search feedback"
        placeholder="Search feedback"
        leftSection={<IconSearch size={14} />}
        value={filter.query}
        onChange={(e) => onChange({ ...filter, query: e.currentTarget.value })}
        w={240}
      />
      <Select aria-label="Phase" placeholder="All phases" clearable data={phases} value={filter.phase} onChange={(phase) => onChange({ ...filter, phase })} w={140} />
      <Select aria-label="Source" placeholder="All sources" clearable data={sources} value={filter.source} onChange={(source) => onChange({ ...filter, source })} w={140} />
      <Select
        aria-label="Sentiment"
        placeholder="Any sentiment"
        clearable
        data={sentiments.map(({ value, label }) => ({ value, label }))}
        value={filter.sentiment}
        onChange={(sentiment) => onChange({ ...filter, sentiment })}
        w={150}
      />
    </Group>
  );
}
