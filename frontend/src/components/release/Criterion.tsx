import { Checkbox, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { IconCircleDashed } from '@tabler/icons-react';
import type { Phase, ReadinessReason } from '../../api';
import { formatDate } from '../../format';
import { checkText } from '../../readiness';
import { GuardrailBadge } from '../readiness/ReasonTitle';
import { StatusIcon } from '../readiness/StatusIcon';

type ChecklistItem = Phase['exit'][number];

/** tickedText says who ticked a manual criterion and when: "Ticked by dana@example.com on 30 Nov 2026". */
function tickedText(item: ChecklistItem): string {
  return ['Ticked', item.by && `by ${item.by}`, item.at && `on ${formatDate(item.at)}`].filter(Boolean).join(' ');
}

/** MeasuredCriterion is a criterion judged from a metric: its status now, its check and whether it is a guardrail. */
function MeasuredCriterion({ item, reason }: { item: ChecklistItem; reason?: ReadinessReason }) {
  return (
    <Group gap={6} wrap="nowrap" align="flex-start" data-testid="criterion">
      {reason ? (
        <StatusIcon status={reason.status} />
      ) : (
        <Tooltip label="Judged while its phase is active (exit) or next (entry)">
          <IconCircleDashed size={20} color="var(--mantine-color-gray-5)" style={{ flexShrink: 0 }} aria-label="Not judged now" />
        </Tooltip>
      )}
      <Stack gap={0}>
        <Text size="xs">{item.text}</Text>
        <Group gap={4}>
          <Text size="xs" c="dimmed" ff="monospace">
            {checkText(item.check!, item.over_days)}
          </Text>
          {item.guardrail && <GuardrailBadge />}
        </Group>
      </Stack>
    </Group>
  );
}

/**
 * ManualCriterion is a criterion a person ticks: the box shows the click at
 * once and goes back if the tick fails; once ticked it says by whom and when.
 */
function ManualCriterion({ item, busy, onTick }: { item: ChecklistItem; busy: boolean; onTick: (done: boolean) => Promise<boolean> }) {
  // The clicked state, until the saved one catches up with it (or the tick fails).
  const [clicked, setClicked] = useState<{ from: boolean; done: boolean } | null>(null);
  const checked = clicked && clicked.from === item.done ? clicked.done : item.done;
  const tick = async (done: boolean) => {
    setClicked({ from: item.done, done });
    if (!(await onTick(done))) setClicked(null);
  };
  return (
    <Checkbox
      size="xs"
      label={item.text}
      description={item.done ? tickedText(item) : undefined}
      checked={checked}
      disabled={busy}
      onChange={(e) => tick(e.currentTarget.checked)}
      data-testid="criterion"
    />
  );
}

/**
 * Criterion is one entry or exit criterion: a checkbox for a manual one
 * (who ticked it, when), or a measured one's status, check and guardrail.
 */
export function Criterion({
  item,
  reason,
  busy,
  onTick,
}: {
  item: ChecklistItem;
  reason?: ReadinessReason;
  busy: boolean;
  onTick: (done: boolean) => Promise<boolean>;
}) {
  return item.check ? <MeasuredCriterion item={item} reason={reason} /> : <ManualCriterion item={item} busy={busy} onTick={onTick} />;
}
