import { Card, Text, Title } from '@mantine/core';
import { api, type Adoption } from '../../api';
import { formatPercent } from '../../format';
import { useLoad } from '../../hooks/useLoad';
import { DataTable, type Column } from '../DataTable';
import { ErrorAlert } from '../ErrorAlert';
import { Loading } from '../Loading';

/**
 * adoptionText says what the provider observed of a flag: "configured 25%,
 * observed 24.1% of 12,345 evaluations (last 7 days)", or why it cannot —
 * never zeros it did not measure.
 */
function adoptionText(a: Adoption): string {
  if (a.unavailable) return a.unavailable;
  const last = `last ${a.days} day${a.days === 1 ? '' : 's'}`;
  if (a.evaluations === 0) return `Configured ${formatPercent(a.configured)}; no evaluations in the ${last}`;
  return `Configured ${formatPercent(a.configured)}, observed ${formatPercent(a.observed_share)} of ${a.evaluations.toLocaleString('en-GB')} evaluations (${last})`;
}

const columns: Column<Adoption>[] = [
  {
    header: 'Flag',
    cell: (a) => (
      <>
        <Text size="sm" fw={500}>
          {a.key}
        </Text>
        <Text size="xs" c="dimmed">
          {a.provider}
        </Text>
      </>
    ),
  },
  { header: 'Environment', cell: (a) => a.environment },
  {
    header: 'Adoption',
    cell: (a) => (
      <Text size="sm" c={a.unavailable || a.evaluations === 0 ? 'dimmed' : undefined}>
        {adoptionText(a)}
      </Text>
    ),
  },
];

/** AdoptionCard shows, per linked flag, the share of traffic configured against the share the provider observed. */
export function AdoptionCard({ release }: { release: string }) {
  const adoption = useLoad(() => api.listAdoption(release), [release]);
  return (
    <Card withBorder p={0} data-testid="adoption-card">
      <Title order={3} p="md" pb="xs">
        Adoption
      </Title>
      {adoption.error && <ErrorAlert message={adoption.error} />}
      {!adoption.data && !adoption.error && <Loading />}
      {adoption.data && (
        <DataTable
          columns={columns}
          rows={adoption.data}
          rowKey={(a) => `${a.provider}/${a.environment}/${a.key}`}
          rowTestId="adoption"
          empty={
            <Text size="sm" c="dimmed" p="md" pt={0}>
              No flags linked: adoption is what the providers observe of the linked flags.
            </Text>
          }
        />
      )}
    </Card>
  );
}
