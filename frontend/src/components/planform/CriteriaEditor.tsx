import { ActionIcon, Autocomplete, Button, Checkbox, Group, NumberInput, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { FieldProblem } from '../../api';
import { formatDate } from '../../format';
import { byHand, comparisons, errorAt, measured, type Criterion, type CriteriaList } from './draft';

const listNames: Record<CriteriaList, { title: string; hint: string }> = {
  entry: { title: 'Entry criteria', hint: 'What must be true before the phase starts' },
  exit: { title: 'Exit criteria', hint: 'What must be true before moving on' },
};

/** MeasuredFields edits how a measured criterion is judged: metric, comparison, threshold, window and guardrail. */
function MeasuredFields({ item, metrics, label, onChange }: { item: Criterion; metrics: string[]; label: string; onChange: (c: Criterion) => void }) {
  const check = item.check!;
  return (
    <Group gap="xs" align="flex-end" wrap="wrap" pl="md">
      <Autocomplete
        size="xs"
        w={150}
        label="Metric"
        aria-label={`${label}: metric`}
        data={metrics}
        value={check.metric}
        onChange={(metric) => onChange({ ...item, check: { ...check, metric } })}
        placeholder="error_rate"
      />
      <Select
        size="xs"
        w={100}
        label="Must be"
        aria-label={`${label}: comparison`}
        data={comparisons}
        value={check.op}
        allowDeselect={false}
        onChange={(op) => op && onChange({ ...item, check: { ...check, op } })}
      />
      <NumberInput
        size="xs"
        w={100}
        label="Threshold"
        aria-label={`${label}: threshold`}
        value={check.threshold}
        decimalScale={4}
        onChange={(v) => onChange({ ...item, check: { ...check, threshold: typeof v === 'number' ? v : Number(v) || 0 } })}
      />
      <NumberInput
        size="xs"
        w={130}
        label="Window (days)"
        aria-label={`${label}: window in days`}
        placeholder="Whole phase"
        min={0}
        allowDecimal={false}
        value={item.over_days || ''}
        onChange={(v) => onChange({ ...item, over_days: typeof v === 'number' && v > 0 ? v : undefined })}
      />
      <Checkbox
        size="xs"
        mb={6}
        label="Guardrail: failing means roll back"
        checked={!!item.guardrail}
        onChange={(e) => onChange({ ...item, guardrail: e.currentTarget.checked || undefined })}
      />
    </Group>
  );
}

/**
 * CriteriaEditor edits a phase's entry or exit criteria: each is ticked by
 * hand or measured from a metric. field is where the Go side reports their
 * problems ("phases.1.exit"); phase names the phase for labels.
 */
export function CriteriaEditor({
  list,
  items,
  onChange,
  problems,
  field,
  phase,
  metrics,
}: {
  list: CriteriaList;
  items: Criterion[];
  onChange: (items: Criterion[]) => void;
  problems: FieldProblem[];
  field: string;
  phase: string;
  metrics: string[];
}) {
  const set = (i: number, c: Criterion) => onChange(items.map((it, j) => (j === i ? c : it)));
  const listError = errorAt(problems, field);
  return (
    <Stack gap={6}>
      <Group justify="space-between" gap="xs">
        <div>
          <Text size="sm" fw={600}>
            {listNames[list].title}
          </Text>
          <Text size="xs" c="dimmed">
            {listNames[list].hint}
          </Text>
        </div>
        <Button size="compact-xs" variant="light" leftSection={<IconPlus size={12} />} onClick={() => onChange([...items, { text: '', done: false }])}>
          Add {list} criterion
        </Button>
      </Group>
      {items.map((item, i) => {
        const label = `${phase} ${list} ${i + 1}`;
        return (
          <Stack key={i} gap={4} data-testid="criterion-form">
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <TextInput
                size="xs"
                style={{ flex: 1 }}
                aria-label={`${label}: text`}
                placeholder="What must be true, e.g. No P1 tickets for 3 days"
                value={item.text}
                error={errorAt(problems, `${field}.${i}`)}
                onChange={(e) => set(i, { ...item, text: e.currentTarget.value })}
              />
              <SegmentedControl
                size="xs"
                aria-label={`${label}: judged`}
                value={item.check ? 'measured' : 'hand'}
                onChange={(how) => set(i, how === 'measured' ? { ...measured(item.text) } : byHand(item))}
                data={[
                  { value: 'hand', label: 'Ticked by hand' },
                  { value: 'measured', label: 'Measured' },
                ]}
              />
              <ActionIcon variant="subtle" color="red" aria-label={`Remove ${label}`} onClick={() => onChange(items.filter((_, j) => j !== i))}>
                <IconTrash size={14} />
              </ActionIcon>
            </Group>
            {item.check && <MeasuredFields item={item} metrics={metrics} label={label} onChange={(c) => set(i, c)} />}
            {item.done && (
              <Text size="xs" c="dimmed" pl="md">
                Ticked{item.by ? ` by ${item.by}` : ''}
                {item.at ? ` on ${formatDate(item.at)}` : ''}
              </Text>
            )}
          </Stack>
        );
      })}
      {listError && (
        <Text size="xs" c="red">
          {listError}
        </Text>
      )}
    </Stack>
  );
}
