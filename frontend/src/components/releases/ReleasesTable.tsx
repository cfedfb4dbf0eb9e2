import { Anchor, Badge, Card, Group, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { DriftSummary as Summary, Readiness, ReleaseSummary } from '../../api';
import { formatDate } from '../../format';
import { DataTable, type Column } from '../DataTable';
import { DemoBadge } from '../DemoBadge';
import { DriftSummary } from './DriftSummary';
import { ReadinessSummary } from './ReadinessSummary';

/** ReleaseRow is a release in the list, with its drift summary and go/no-go verdict if it has them. */
export interface ReleaseRow {
  release: ReleaseSummary;
  drift?: Summary;
  readiness?: Readiness;
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
        <Text size="xs" c="dimmed" lineClamp={1}>
          {r.description}
        </Text>
      </>
    ),
  },
  {
    header: 'Active phase',
    cell: ({ release: r }) =>
      r.active_phase ? (
        <Badge variant="filled">{r.active_phase}</Badge>
      ) : (
        <Text size="sm" c="dimmed">
          None active
        </Text>
      ),
  },
  // Non-breaking hyphens: the header never splits as "no-" / "go".
  { header: 'Go/no\u2011go', cell: (r) => <ReadinessSummary readiness={r.readiness} /> },
  { header: 'Drift', cell: (r) => <DriftSummary drift={r.drift} /> },
  {
    header: 'Size',
    nowrap: true,
    cell: ({ release }) => (
      <Text size="sm">
        {release.phases} phase{release.phases === 1 ? '' : 's'}
        <br />
        {release.flags} flag{release.flags === 1 ? '' : 's'}
      </Text>
    ),
  },
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

/** ReleasesTable lists releases with their active phase, go/no-go verdict, drift, size and owner. */
export function ReleasesTable({ releases }: { releases: ReleaseRow[] }) {
  return (
    <Card withBorder p={0}>
      <DataTable columns={columns} rows={releases} rowKey={(r) => r.release.key} highlightOnHover />
    </Card>
  );
}
