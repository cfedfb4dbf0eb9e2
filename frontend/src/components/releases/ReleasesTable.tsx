import { Anchor, Card, Group, Text, Tooltip } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { DriftSummary as Summary, Readiness, ReleaseSummary, StatusLine } from '../../api';
import { formatDate } from '../../format';
import { DataTable, type Column } from '../DataTable';
import { DemoBadge } from '../DemoBadge';
import { NowNextLine } from '../status/NowNextLine';
import { DriftSummary } from './DriftSummary';
import { ReadinessSummary } from './ReadinessSummary';

/** ReleaseRow is a release in the list, with its Now / Next / Due line, drift summary and go/no-go verdict if it has them. */
export interface ReleaseRow {
  release: ReleaseSummary;
  drift?: Summary;
  readiness?: Readiness;
  status?: StatusLine;
}

const columns: Column<ReleaseRow>[] = [
  {
    header: 'Release',
    cell: ({ release: r }) => (
      <>
        <Group gap="xs">
          <Anchor component={Link} to={`/releases/${encodeURIComponent(r.key)}`} fw={600}>
            {r.name}
          </Anchor>
          {r.demo && <DemoBadge size="xs" />}
        </Group>
        <Tooltip label={r.description} multiline w={320} disabled={!r.description} openDelay={300}>
          <Text size="xs" c="dimmed" lineClamp={1}>
            {r.description}
          </Text>
        </Tooltip>
        <Text size="xs" c="dimmed">
          {r.phases} phase{r.phases === 1 ? '' : 's'} · {r.flags} flag{r.flags === 1 ? '' : 's'}
        </Text>
      </>
    ),
  },
  {
    header: 'Now / Next / Due',
    width: 230,
    cell: ({ release: r, status }) =>
      status ? (
        <NowNextLine line={status} layout="stack" />
      ) : (
        <Text size="sm" c="dimmed">
          {r.active_phase || 'None active'}
        </Text>
      ),
  },
  // Non-breaking hyphens: the header never splits as "no-" / "go".
  { header: 'Go/no\u2011go', cell: (r) => <ReadinessSummary readiness={r.readiness} /> },
  { header: 'Drift', cell: (r) => <DriftSummary drift={r.drift} /> },
  {
    header: 'Owner',
    cell: ({ release }) => (
      <>
        <Text size="sm">{release.owner || '—'}</Text>
        <Text size="xs" c="dimmed">
          updated {formatDate(release.updated_at)}
        </Text>
      </>
    ),
  },
];

/** ReleasesTable lists releases with their size, Now / Next / Due line, go/no-go verdict, drift and owner. */
export function ReleasesTable({ releases }: { releases: ReleaseRow[] }) {
  return (
    <Card withBorder p={0}>
      <DataTable columns={columns} rows={releases} rowKey={(r) => r.release.key} highlightOnHover />
    </Card>
  );
}
