import { Alert, Badge, Button, Card, Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { api, type AsOf, type AsOfDraft, type PlannedExposure } from '../../api';
import { formatDay, today } from '../../format';
import { useLoad } from '../../hooks/useLoad';
import { ChannelBadge } from '../ChannelBadge';
import { DataTable, type Column } from '../DataTable';
import { ErrorAlert } from '../ErrorAlert';
import { Loading } from '../Loading';
import { exposureText } from './exposureText';
import { RenderedView } from './RenderedView';

type PhaseRow = AsOf['phases'][number];

const span = (from: unknown, to: unknown) => `${formatDay(from)} – ${formatDay(to)}`;

const phaseColumns: Column<PhaseRow>[] = [
  {
    header: 'Phase',
    cell: (p) => (
      <Group gap={6} wrap="nowrap">
        <Text size="sm" fw={p.in_effect ? 600 : undefined}>
          {p.name}
        </Text>
        {p.in_effect && (
          <Badge size="sm" color="blue" data-testid="as-of-phase">
            In effect
          </Badge>
        )}
      </Group>
    ),
  },
  { header: 'Planned', nowrap: true, cell: (p) => span(p.planned_start, p.planned_end) },
  { header: 'Actual', nowrap: true, cell: (p) => (!p.started_at ? 'not started' : p.ended_at ? span(p.started_at, p.ended_at) : `since ${formatDay(p.started_at)}`) },
  { header: 'Status now', cell: (p) => p.status.replace('_', ' ') },
];

const exposureColumns: Column<PlannedExposure>[] = [
  { header: 'Flag', cell: (e) => e.flag },
  { header: 'Environment', cell: (e) => e.environment },
  { header: 'Planned', nowrap: true, cell: (e) => exposureText(e) },
  { header: 'From', cell: (e) => <Text size="xs">{e.source}</Text> },
];

/**
 * AsOfView previews a release as its plan has it on a chosen day: the phase
 * in effect by the phases' dates and why, what it plans for each flag, and
 * its communications as they will read that day.
 */
export function AsOfView({ release }: { release: string }) {
  const [day, setDay] = useState(() => today());
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(day);
  const asOf = useLoad(async () => (valid ? api.commsPreviewAsOf(release, day) : null), [release, day, valid]);
  const [reading, setReading] = useState<AsOfDraft | null>(null);

  const draftColumns: Column<AsOfDraft>[] = [
    {
      header: 'Communication',
      cell: (d) => (
        <Group gap={6} wrap="nowrap">
          <ChannelBadge channel={d.preview.channel} />
          <div>
            <Text size="sm">{d.preview.title || d.preview.template}</Text>
            <Text size="xs" c={d.problem ? 'red' : 'dimmed'}>
              {d.problem ? `Does not render: ${d.problem}` : `${d.preview.template}.md`}
            </Text>
          </div>
        </Group>
      ),
    },
    { header: 'Audience', cell: (d) => d.preview.audience },
    {
      cell: (d) => (
        <Button size="xs" variant="default" disabled={Boolean(d.problem)} onClick={() => setReading(d)}>
          Read
        </Button>
      ),
    },
  ];

  return (
    <Stack gap="sm">
      <Group align="flex-end">
        <TextInput type="date" label="Preview as of" value={day} onChange={(e) => setDay(e.currentTarget.value)} w={180} />
        <Button variant="subtle" onClick={() => setDay(today())}>
          Today
        </Button>
      </Group>
      {!valid && <Alert color="yellow">Pick a day to preview.</Alert>}
      {asOf.error && <ErrorAlert message={asOf.error} />}
      {valid && !asOf.data && !asOf.error && <Loading />}
      {asOf.data && (
        <>
          <Alert color={asOf.data.phase ? 'blue' : 'gray'} data-testid="as-of-why">
            {asOf.data.why}
          </Alert>
          <Card withBorder p={0}>
            <DataTable columns={phaseColumns} rows={asOf.data.phases ?? []} rowKey={(p) => p.name} verticalSpacing={4} />
          </Card>
          {asOf.data.phase && (
            <>
              <Title order={4}>What “{asOf.data.phase}” plans for each flag</Title>
              <Card withBorder p={0}>
                <DataTable
                  columns={exposureColumns}
                  rows={asOf.data.exposure ?? []}
                  rowKey={(e) => `${e.provider}/${e.project}/${e.environment}/${e.flag}`}
                  data-testid="as-of-exposure"
                  verticalSpacing={4}
                  empty={<Text size="sm" p="sm">The release has no linked flags.</Text>}
                />
              </Card>
              <Title order={4}>How its communications read on {formatDay(asOf.data.day)}</Title>
              <Card withBorder p={0}>
                <DataTable
                  columns={draftColumns}
                  rows={asOf.data.drafts ?? []}
                  rowKey={(d) => d.preview.template}
                  rowTestId="as-of-draft"
                  verticalSpacing={4}
                  empty={<Text size="sm" p="sm">No template goes out with “{asOf.data.phase}”.</Text>}
                />
              </Card>
            </>
          )}
        </>
      )}
      {reading && (
        <Modal opened onClose={() => setReading(null)} title={reading.preview.title} size="xl">
          <RenderedView preview={reading.preview} />
        </Modal>
      )}
    </Stack>
  );
}
