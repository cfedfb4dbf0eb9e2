import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconPower } from '@tabler/icons-react';
import { useKill } from '../hooks/useKill';
import { api, type StoredFlag } from '../api';
import { formatDateTime, formatPercent } from '../format';
import { useLoad } from '../hooks/useLoad';
import { stateWord, wordsFor } from '../words';
import { DataTable, type Column } from './DataTable';
import { ErrorAlert } from './ErrorAlert';
import { FlagUsageCard } from './FlagUsageCard';
import { Loading } from './Loading';
import { RolloutHistoryChart } from './RolloutHistoryChart';

type Allocation = StoredFlag['serving'][number];

const servingColumns: Column<Allocation>[] = [
  { cell: (a) => <code>{a.variation}</code> },
  { cell: (a) => formatPercent(a.percent) },
];

/** FlagDetail shows one flag's current state and its released share over time, in its provider's words. */
export function FlagDetail({ flag, onChanged }: { flag: StoredFlag; onChanged: () => void }) {
  const kill = useKill(onChanged);
  const id = { provider: flag.provider, project: flag.project, environment: flag.environment, key: flag.key };
  const history = useLoad(() => api.flagHistory(id), [flag.provider, flag.project, flag.environment, flag.key]);
  const w = wordsFor(flag.provider);
  const released = flag.released;

  return (
    <Stack>
      <Group justify="space-between">
        <Group gap="xs">
          <Badge color={flag.on ? 'teal' : 'gray'}>{stateWord(flag.provider, flag.on)}</Badge>
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
        <Fact
          label={`Released ${w.variation}`}
          value={released.variation ? `${released.variation}: ${formatPercent(released.percent)} of traffic` : 'None'}
          hint={released.source}
          testId="released"
        />
        <Fact label="Rules" value={flag.rules} />
        <Fact label="Individual targets" value={flag.targets} />
        <Fact label={w.offVariation} value={flag.off_variation || '—'} />
        <Fact label="Segments" value={(flag.segments ?? []).join(', ') || '—'} />
        {flag.provider === 'split' && (
          <Fact label="Traffic allocation (limit exposure)" value={formatPercent(flag.traffic_allocation ?? 100)} />
        )}
        <Fact
          label="Prerequisites"
          value={(flag.prerequisites ?? []).map((p) => `${p.key} serves ${p.variation}`).join(', ') || '—'}
        />
        <Fact label="Last modified" value={formatDateTime(flag.last_modified)} />
        <Fact label="Last evaluated" value={formatDateTime(flag.last_evaluated)} />
      </SimpleGrid>
      <Card withBorder>
        <Title order={4} mb="xs">
          {w.defaultRule}
        </Title>
        <Text size="xs" c="dimmed" mb="xs">
          Each {w.variation}&apos;s share of the {w.defaultRule.toLowerCase()}
          {flag.provider === 'split' ? `, within the ${formatPercent(flag.traffic_allocation ?? 100)} traffic allocation` : ''}
          {flag.on ? '' : `; while ${w.off.toLowerCase()}, everyone gets the ${w.offVariation.toLowerCase()}`}.
        </Text>
        <DataTable columns={servingColumns} rows={flag.serving ?? []} rowKey={(a) => a.variation} />
      </Card>
      <FlagUsageCard id={id} />
      <Card withBorder>
        <Title order={4}>Released share over time</Title>
        <Text size="xs" c="dimmed" mb="sm">
          Share of all traffic served {released.variation ? <code>{released.variation}</code> : `the released ${w.variation}`}{' '}
          ({released.source}), 0 while the {w.flag} is {w.off.toLowerCase()}: each state at the time it was seen, up to now.
          Point at a step to see who changed it and why.
        </Text>
        {history.error && <ErrorAlert message={history.error} />}
        {!history.data && !history.error && <Loading />}
        {history.data && <RolloutHistoryChart history={history.data} provider={flag.provider} />}
      </Card>
    </Stack>
  );
}

function Fact({ label, value, hint, testId }: { label: string; value: string | number; hint?: string; testId?: string }) {
  const shown = (
    <Text size="sm" data-testid={testId}>
      {value}
    </Text>
  );
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {hint ? (
        <Tooltip label={hint} multiline maw={320}>
          {shown}
        </Tooltip>
      ) : (
        shown
      )}
    </div>
  );
}
