import { Card, Text, Title } from '@mantine/core';
import { api, type FlagID, type FlagUsage } from '../api';
import { useLoad } from '../hooks/useLoad';
import { DataTable } from './DataTable';
import { ErrorAlert } from './ErrorAlert';
import { Loading } from './Loading';
import { capitalized, wordsFor } from '../words';

/** usageTotals sums a flag's evaluations per variation, largest first. */
export function usageTotals(usage: FlagUsage): { variation: string; evaluations: number; share: number }[] {
  const totals = new Map<string, number>();
  for (const d of usage.days ?? []) totals.set(d.variation, (totals.get(d.variation) ?? 0) + d.evaluations);
  const all = [...totals.values()].reduce((a, b) => a + b, 0);
  return [...totals.entries()]
    .map(([variation, evaluations]) => ({ variation, evaluations, share: all ? (100 * evaluations) / all : 0 }))
    .sort((a, b) => b.evaluations - a.evaluations);
}

/**
 * FlagUsageCard shows how often the provider saw a flag evaluated in the
 * last 30 days, by variation — or says why there are no counts, never zeros.
 */
export function FlagUsageCard({ id }: { id: FlagID }) {
  const usage = useLoad(() => api.flagUsage(id), [id.provider, id.project, id.environment, id.key]);
  return (
    <Card withBorder data-testid="flag-usage">
      <Title order={4} mb="xs">
        Evaluations (last 30 days)
      </Title>
      {usage.error && <ErrorAlert message={usage.error} />}
      {!usage.data && !usage.error && <Loading />}
      {usage.data?.note && (
        <Text size="sm" c="dimmed">
          {usage.data.note}
        </Text>
      )}
      {usage.data && !usage.data.note && (
        <DataTable
          rows={usageTotals(usage.data)}
          rowKey={(r) => r.variation}
          columns={[
            { header: capitalized(wordsFor(id.provider).variation), cell: (r) => <code>{r.variation}</code> },
            { header: 'Evaluations', cell: (r) => r.evaluations.toLocaleString('en-GB') },
            { header: 'Share', cell: (r) => `${Math.round(r.share * 10) / 10}%` },
          ]}
          empty="No evaluations were counted in the last 30 days."
        />
      )}
    </Card>
  );
}
