import { Box, Text } from '@mantine/core';
import type { FlagLink } from '../../api';
import { formatDateTime, formatPercent } from '../../format';
import { stateWord, wordsFor } from '../../words';
import { DataTable, type Column } from '../DataTable';
import { VerdictBadge } from '../VerdictBadge';
import { FlagActions } from './FlagActions';
import type { LinkedFlag } from './linkedFlags';

/** expectedText says what the phase plans for a flag, in its provider's words: "On, 5%", "Off" or "Killed", or "—" when it plans nothing. */
const expectedText = ({ link, expect }: LinkedFlag) =>
  expect ? (expect.on ? `On, ${formatPercent(expect.percent)}` : stateWord(link.provider, false)) : '—';

/**
 * actualText says what the flag serves, as drift judged it or else from the
 * last sync: the backend's share of the linked variation (which the flag's
 * released share is, unless another release names a different one).
 */
function actualText({ link, flag, verdict }: LinkedFlag) {
  if (verdict) return verdict.actual_text;
  if (!flag) return 'Not synced';
  if (!flag.on) return stateWord(link.provider, false);
  if (flag.released.variation !== link.variation) return `On; ${flag.released.source}`;
  return `On, ${formatPercent(flag.released.percent)}`;
}

const columns: Column<LinkedFlag>[] = [
  {
    header: 'Flag',
    cell: ({ link }) => (
      <>
        <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
          {link.flag_key}
        </Text>
        <Text size="xs" c="dimmed">
          {link.environment} · {link.provider} · {link.project}
        </Text>
        <Text size="xs" c="dimmed">
          releases {wordsFor(link.provider).variation} <code>{link.variation}</code>
        </Text>
      </>
    ),
  },
  { header: 'Expected', cell: expectedText },
  { header: 'Actual', cell: actualText },
  { header: 'Last synced', cell: ({ flag }) => (flag ? formatDateTime(flag.checked_at) : '—') },
  {
    header: 'Verdict',
    cell: ({ verdict }) =>
      verdict ? (
        <Box maw={320}>
          <VerdictBadge verdict={verdict.verdict} />
          <Text size="xs" c="dimmed" mt={2}>
            {verdict.reason}
          </Text>
        </Box>
      ) : (
        <Text size="xs" c="dimmed">
          Not planned in this phase
        </Text>
      ),
  },
];

/** LinkedFlagsTable lists a release's linked flags: expected against actual, the verdict, and kill and unlink. */
export function LinkedFlagsTable({
  rows,
  onKill,
  onUnlink,
}: {
  rows: LinkedFlag[];
  onKill: (link: FlagLink, on: boolean) => void;
  onUnlink: (link: FlagLink) => void;
}) {
  const actions: Column<LinkedFlag> = {
    cell: ({ link, flag }) => <FlagActions link={link} flag={flag} onKill={onKill} onUnlink={onUnlink} />,
  };
  return (
    <DataTable
      columns={[...columns, actions]}
      rows={rows}
      rowKey={(r) => r.link.id}
      rowTestId="linked-flag"
      empty={
        <Text size="sm" p="md" pt={0}>
          No flags linked yet. Use “Link a flag” in the menu to add one from the last sync.
        </Text>
      }
    />
  );
}
