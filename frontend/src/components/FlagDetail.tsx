import { LineChart } from './LazyCharts';
import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPower } from '@tabler/icons-react';
import { useKill } from '../hooks/useKill';
import { api, type StoredFlag } from '../api';
import { formatDateTime, formatPercent, rolloutVariation } from '../format';
import { rolloutSeries } from '../history';
import { useLoad } from '../hooks/useLoad';
import { DataTable, type Column } from './DataTable';
import { ErrorAlert } from './ErrorAlert';
import { FlagUsageCard } from './FlagUsageCard';
import { Loading } from './Loading';

type Allocation = StoredFlag['serving'][number];

const servingColumns: Column<Allocation>[] = [
  { cell: (a) => <code>{a.variation}</code> },
  { cell: (a) => formatPercent(a.percent) },
];

/** FlagDetail shows one flag's current state and its rollout over time. */
export function FlagDetail({ flag, onChanged }: { flag: StoredFlag; onChanged: () => void }) {
  const kill = useKill(onChanged);
  const id = { provider: flag.provider, project: flag.project, environment: flag.environment, key: flag.key };
  const history = useLoad(() => api.flagHistory(id), [flag.provider, flag.project, flag.environment, flag.key]);
  const variation = rolloutVariation(flag);

  return (
    <Stack>
      <Group justify="space-between">
        <Group gap="xs">
          <Badge color={flag.on ? 'teal' : 'gray'}>{flag.on ? 'On' : 'Off'}</Badge>
          {flag.archived && <Badge color="gray" variant="outline">Archived</Badge>}
          {flag.purpose === 'migration' && <Badge color="violet" variant="light">Migration flag</Badge>}
          <Text size="sm" c="dimmed">
            {flag.key} · {flag.provider} · {flag.project} · {flag.environment}
          </Text>
        </Group>
        <Button
          size="xs"
          variant="light"
          color={flag.on ? 'red' : 'teal'}
          leftSection={<IconPower size={14} />}
          onClick={() => kill(id, !flag.on)}
        >
          {flag.on ? 'Kill switch' : 'Restore'}
        </Button>
      </Group>
      <SimpleGrid cols={3}>
        <Fact label="Rules" value={flag.rules} />
        <Fact label="Individual targets" value={flag.targets} />
        <Fact label="Off variation" value={flag.off_variation || '—'} />
        <Fact label="Segments" value={(flag.segments ?? []).join(', ') || '—'} />
        <Fact
          label={flag.provider === 'split' ? 'Traffic allocation (limit exposure)' : 'Traffic allocation'}
          value={formatPercent(flag.traffic_allocation ?? 100)}
        />
        <Fact
          label="Prerequisites"
          value={(flag.prerequisites ?? []).map((p) => `${p.key} serves ${p.variation}`).join(', ') || '—'}
        />
        <Fact label="Last modified" value={formatDateTime(flag.last_modified)} />
        <Fact label="Last evaluated" value={formatDateTime(flag.last_evaluated)} />
      </SimpleGrid>
      <Card withBorder>
        <Title order={4} mb="xs">
          Default rule
        </Title>
        <DataTable columns={servingColumns} rows={flag.serving ?? []} rowKey={(a) => a.variation} />
      </Card>
      <FlagUsageCard id={id} />
      <Card withBorder>
        <Title order={4}>Rollout over time</Title>
        <Text size="xs" c="dimmed" mb="sm">
          Share of customers served <code>{variation}</code> by the default rule (0 while the flag is off), from
          every synced change.
        </Text>
        {history.error && <ErrorAlert message={history.error} />}
        {!history.data && !history.error && <Loading />}
        {history.data && (
          <div data-testid="rollout-chart">
            <LineChart
              h={220}
              data={rolloutSeries(history.data, variation, Date.now())}
              dataKey="label"
              series={[{ name: 'percent', label: `${variation} %`, color: 'indigo.6' }]}
              curveType="stepAfter"
              yAxisProps={{ domain: [0, 100] }}
              unit="%"
              withDots
            />
          </div>
        )}
      </Card>
    </Stack>
  );
}

function Fact({ label, value }: { label: string; value: string | number }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </div>
  );
}
