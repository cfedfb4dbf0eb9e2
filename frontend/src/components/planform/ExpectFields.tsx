import { Group, NumberInput, SegmentedControl, TagsInput, Text } from '@mantine/core';
import type { Expect } from './draft';

/** What an exposure may be: none of its own (not set, or as the phase says), off, or on for a share of users. */
type Mode = 'unset' | 'off' | 'on';

/**
 * ExpectFields edits an expected exposure: off, or on for a percentage of
 * users plus segments. null is "not set" (for a phase) or "as the phase"
 * (for one flag): unsetLabel says which. label names the fields for screen
 * readers and tests ("Beta: exposure").
 */
export function ExpectFields({
  expect,
  onChange,
  unsetLabel,
  label,
  error,
}: {
  expect: Expect | null;
  onChange: (e: Expect | null) => void;
  unsetLabel: string;
  label: string;
  error?: string;
}) {
  const mode: Mode = !expect ? 'unset' : expect.on ? 'on' : 'off';
  const setMode = (m: string) => {
    if (m === 'unset') onChange(null);
    else onChange({ on: m === 'on', percent: m === 'on' ? (expect?.percent ?? 0) : 0, segments: m === 'on' ? expect?.segments : undefined });
  };
  return (
    <div>
      <Group gap="xs" wrap="wrap" align="center">
        <SegmentedControl
          size="xs"
          aria-label={label}
          value={mode}
          onChange={setMode}
          data={[
            { value: 'unset', label: unsetLabel },
            { value: 'off', label: 'Off' },
            { value: 'on', label: 'On' },
          ]}
        />
        {expect?.on && (
          <>
            <NumberInput
              size="xs"
              w={96}
              aria-label={`${label}: percent of users`}
              min={0}
              max={100}
              decimalScale={2}
              suffix="%"
              value={expect.percent}
              onChange={(v) => onChange({ ...expect, percent: typeof v === 'number' ? v : Number(v) || 0 })}
            />
            <TagsInput
              size="xs"
              style={{ flex: 1, minWidth: 180 }}
              aria-label={`${label}: segments`}
              placeholder="Segments (Enter after each)"
              value={expect.segments ?? []}
              onChange={(segments) => onChange({ ...expect, segments: segments.length ? segments : undefined })}
            />
          </>
        )}
      </Group>
      {error && (
        <Text size="xs" c="red" mt={2}>
          {error}
        </Text>
      )}
    </div>
  );
}
