import { Badge, Card, Drawer, Group, Progress, RangeSlider, SegmentedControl, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconFlag, IconSearch } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { api, type StoredFlag } from '../api';
import { EmptyState } from '../components/EmptyState';
import { ErrorAlert } from '../components/ErrorAlert';
import { FlagDetail } from '../components/FlagDetail';
import { Loading } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { formatDateTime, formatPercent, servingSummary } from '../format';
import { stateWord, wordsFor } from '../words';
import { useLoad } from '../hooks/useLoad';
import { filterFlags, type FlagQuery } from '../flagFilter';
import classes from './FlagsPage.module.css';

const ROW_HEIGHT = 52;

/** FlagsPage lists the latest synced state of every flag, virtualised. */
export function FlagsPage() {
  const flags = useLoad(() => api.listFlags(), []);
  const [query, setQuery] = useState<FlagQuery>({ text: '', provider: '', environment: '', state: 'all', percent: [0, 100] });
  const [selected, setSelected] = useState<StoredFlag | null>(null);

  const options = useMemo(() => {
    const all = flags.data ?? [];
    return {
      providers: [...new Set(all.map((f) => f.provider))].sort(),
      environments: [...new Set(all.map((f) => f.environment))].sort(),
    };
  }, [flags.data]);
  const shown = useMemo(() => filterFlags(flags.data ?? [], query), [flags.data, query]);

  return (
    <>
      <PageHeader
        title="Flags"
        subtitle={flags.data ? `${shown.length} of ${flags.data.length} flag states from the last sync` : undefined}
      />
      {flags.error && <ErrorAlert message={flags.error} />}
      {flags.loading && !flags.data && <Loading />}
      {flags.data?.length === 0 && (
        <EmptyState icon={<IconFlag />} title="No flags synced yet">
          <Text size="sm" c="dimmed">
            Flags appear here after a connection syncs. Add one in Settings, or load the demo workspace.
          </Text>
        </EmptyState>
      )}
      {flags.data && flags.data.length > 0 && (
        <>
          <Group mb="sm" gap="sm">
            <TextInput
              aria-label="Search flags"
              placeholder="Search key or name"
              leftSection={<IconSearch size={16} />}
              value={query.text}
              onChange={(e) => setQuery({ ...query, text: e.currentTarget.value })}
              w={260}
            />
            <Select
              aria-label="Provider"
              placeholder="All providers"
              clearable
              data={options.providers}
              value={query.provider || null}
              onChange={(v) => setQuery({ ...query, provider: v ?? '' })}
              w={170}
            />
            <Select
              aria-label="Environment"
              placeholder="All environments"
              clearable
              data={options.environments}
              value={query.environment || null}
              onChange={(v) => setQuery({ ...query, environment: v ?? '' })}
              w={190}
            />
            <SegmentedControl
              aria-label="State"
              size="xs"
              value={query.state}
              onChange={(v) => setQuery({ ...query, state: v as FlagQuery['state'] })}
              data={[
                { label: 'All', value: 'all' },
                { label: 'On', value: 'on' },
                { label: 'Off or killed', value: 'off' },
                { label: 'Partial rollout', value: 'partial' },
              ]}
            />
            <Stack gap={0} w={200}>
              <Text size="xs" c="dimmed">
                Released share {query.percent[0]}–{query.percent[1]}%
              </Text>
              <RangeSlider
                aria-label="Released share"
                size="sm"
                min={0}
                max={100}
                minRange={0}
                label={(v) => `${v}%`}
                value={query.percent}
                onChange={(percent) => setQuery({ ...query, percent })}
              />
            </Stack>
          </Group>
          <FlagTable flags={shown} onSelect={setSelected} />
        </>
      )}
      <Drawer
        opened={selected !== null}
        onClose={() => setSelected(null)}
        position="right"
        size="xl"
        title={selected ? <Text fw={700}>{selected.name || selected.key}</Text> : null}
      >
        {selected && (
          <FlagDetail
            flag={selected}
            onChanged={() => {
              setSelected(null);
              flags.reload();
            }}
          />
        )}
      </Drawer>
    </>
  );
}

function FlagTable({ flags, onSelect }: { flags: StoredFlag[]; onSelect: (f: StoredFlag) => void }) {
  const parent = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: flags.length,
    getScrollElement: () => parent.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  return (
    <Card withBorder p={0}>
      <div className={`${classes.row} ${classes.head}`} role="row">
        <span title="Flag">Flag</span>
        <span title="Environment">Environment</span>
        <span title="State">State</span>
        <span title="Released share">Released share</span>
        <span title="Targeting">Targeting</span>
        <span title="Last modified">Last modified</span>
      </div>
      <div ref={parent} className={classes.scroller} role="table" aria-label="Flags" data-testid="flag-table">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const f = flags[item.index];
            const { variation, percent, source } = f.released;
            const w = wordsFor(f.provider);
            return (
              <div
                key={`${f.provider}/${f.project}/${f.environment}/${f.key}`}
                role="row"
                tabIndex={0}
                className={classes.row}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                onClick={() => onSelect(f)}
                onKeyDown={(e) => e.key === 'Enter' && onSelect(f)}
                data-testid="flag-row"
              >
                <span className={classes.cell}>
                  <Text size="sm" fw={600} truncate>
                    {f.key}
                  </Text>
                  <Text size="xs" c="dimmed" truncate>
                    {f.provider} · {f.project}
                    {f.archived ? ' · archived' : ''}
                  </Text>
                </span>
                <span>{f.environment}</span>
                <span>
                  <Badge color={f.on ? 'teal' : 'gray'} variant="light" size="sm">
                    {stateWord(f.provider, f.on)}
                  </Badge>
                </span>
                <span className={classes.cell}>
                  <Tooltip
                    multiline
                    maw={360}
                    label={`${source}. ${w.defaultRule}: ${servingSummary(f) || 'empty'}${
                      f.provider === 'split' ? ` within ${formatPercent(f.traffic_allocation ?? 100)} ${w.exposure}` : ''
                    }.`}
                  >
                    <div>
                      {/* The variation's name gives way first; the share and "assumed" always show. */}
                      <Group gap={4} wrap="nowrap" data-testid="released-share">
                        <Text size="xs" truncate>
                          {variation || `no ${w.variation}`}
                        </Text>
                        <Text size="xs" style={{ flexShrink: 0 }}>
                          {formatPercent(percent)}
                        </Text>
                        {f.released.assumed && (
                          <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                            assumed
                          </Text>
                        )}
                      </Group>
                      <Progress value={percent} size="sm" aria-label={`${variation || 'released'} ${formatPercent(percent)}`} />
                    </div>
                  </Tooltip>
                </span>
                <span>
                  <Text size="xs">
                    {f.rules} rules · {f.targets} targets
                  </Text>
                  <Text size="xs" c="dimmed" truncate>
                    {(f.segments ?? []).join(', ')}
                  </Text>
                </span>
                <span>
                  <Text size="xs">{formatDateTime(f.last_modified)}</Text>
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </Card>
  );
}
