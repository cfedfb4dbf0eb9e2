import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { api } from '../api';
import { useLoad } from './useLoad';

/** FeedbackQuery is what the feedback list is narrowed to; null is "any". */
export interface FeedbackQuery {
  phase: string | null;
  source: string | null;
  sentiment: string | null;
  query: string;
}

const anything: FeedbackQuery = { phase: null, source: null, sentiment: null, query: '' };

/**
 * useFeedback loads a release's feedback: the counts per phase and the
 * sources known (of every entry), and the entries matching the filter,
 * searched as the user stops typing.
 */
export function useFeedback(release: string) {
  const [filter, setFilter] = useState<FeedbackQuery>(anything);
  const [query] = useDebouncedValue(filter.query.trim(), 250);
  const overview = useLoad(async () => {
    const [summary, all] = await Promise.all([api.feedbackSummary(release), api.listFeedback({ release })]);
    return { summary, sources: [...new Set(all.map((e) => e.source))].sort() };
  }, [release]);
  const list = useLoad(
    () => api.listFeedback({ release, phase: filter.phase ?? '', source: filter.source ?? '', sentiment: filter.sentiment ?? '', query }),
    [release, filter.phase, filter.source, filter.sentiment, query],
  );
  return {
    filter,
    setFilter,
    filtered: filter.phase !== null || filter.source !== null || filter.sentiment !== null || query !== '',
    summary: overview.data?.summary,
    sources: overview.data?.sources ?? [],
    entries: list.data,
    error: overview.error ?? list.error,
    reload: () => {
      overview.reload();
      list.reload();
    },
  };
}
