import { Autocomplete, Button, Group, NumberInput, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { today } from '../../format';

/** MetricEntryForm takes one metric value by hand: the metric's name (known ones offered), the day and the value. */
export function MetricEntryForm({
  metrics,
  busy,
  error,
  onEnter,
}: {
  metrics: string[];
  busy: boolean;
  error: string;
  onEnter: (metric: string, day: string, value: number) => Promise<boolean>;
}) {
  const [metric, setMetric] = useState('');
  const [day, setDay] = useState(today());
  const [value, setValue] = useState<string | number>('');
  const ready = metric.trim() !== '' && day !== '' && typeof value === 'number';
  const submit = async () => {
    if (ready && (await onEnter(metric.trim(), day, value))) setValue('');
  };
  return (
    <div>
      <Group gap="xs" align="flex-end">
        <Autocomplete label="Metric" placeholder="error_rate" data={metrics} value={metric} onChange={setMetric} w={180} size="xs" />
        <TextInput label="Day" type="date" value={day} onChange={(e) => setDay(e.currentTarget.value)} w={150} size="xs" />
        <NumberInput label="Value" value={value} onChange={setValue} w={110} size="xs" decimalScale={6} />
        <Button size="xs" variant="default" onClick={submit} disabled={!ready} loading={busy}>
          Enter value
        </Button>
      </Group>
      {error && (
        <Text size="xs" c="red" mt={4} role="alert">
          {error}
        </Text>
      )}
    </div>
  );
}
