import { Anchor, Badge, Card, Group, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { DriftSummary as Summary, ReleaseSummary } from '../../api';
import { formatDate } from '../../format';
import { DataTable, type Column } from '../DataTable';
import { DemoBadge } from '../DemoBadge';
import { DriftSummary } from './DriftSummary';

/** ReleaseRow is a release in the list, with its drift summary if it has one. */
export interface ReleaseRow {
  release: ReleaseSummary;
  drift?: Summary;
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
  { header: 'Drift', cell: (r) => <DriftSummary drift={r.drift} /> },
  { header: 'Phases', cell: ({ release }) => release.phases },
  { header: 'Linked flags', cell: ({ release }) => release.flags },
  { header: 'Owner', cell: ({ release }) => release.owner || '—' },
  { header: 'Updated', nowrap: true, cell: ({ release }) => formatDate(release.updated_at) },
];

/** ReleasesTable lists releases with their active phase, drift and size. */
export function ReleasesTable({ releases }: { releases: ReleaseRow[] }) {
  return (
    <Card withBorder p={0}>
      <DataTable columns={columns} rows={releases} rowKey={(r) => r.release.key} highlightOnHover />
    </Card>
  );
}
