import { Button, Modal, Select, Stack, Text } from '@mantine/core';
import { DialogActions } from './DialogActions';
import { useMemo, useState } from 'react';
import { api, type StoredFlag } from '../api';
import { useAction } from '../hooks/useAction';
import { useGuardedClose } from '../hooks/useUnsavedChanges';
import { useLoad } from '../hooks/useLoad';
import { Loading } from './Loading';

const flagID = (f: StoredFlag) => `${f.provider}\u0000${f.project}\u0000${f.environment}\u0000${f.key}`;

/** LinkFlagDialog links a synced flag, and the variation that means "released", to a release. */
export function LinkFlagDialog({ release, onClose, onLinked }: { release: string; onClose: () => void; onLinked: () => void }) {
  const flags = useLoad(() => api.listFlags(), []);
  const [chosen, setChosen] = useState<string | null>(null);
  const [variation, setVariation] = useState<string | null>(null);
  const link = useAction((f: StoredFlag, v: string) =>
    api.linkFlag(release, { provider: f.provider, project: f.project, environment: f.environment, flag_key: f.key, variation: v }),
  );

  const close = useGuardedClose(chosen !== null, 'Discard the flag you chose?', onClose);

  const options = useMemo(
    () =>
      (flags.data ?? []).map((f) => ({
        value: flagID(f),
        label: `${f.key} · ${f.environment} · ${f.provider} ${f.project}`,
      })),
    [flags.data],
  );
  const flag = flags.data?.find((f) => flagID(f) === chosen);
  const variations = [...new Set([...(flag?.serving ?? []).map((a) => a.variation), flag?.off_variation ?? ''])].filter(Boolean);

  const linkChosen = async () => {
    if (flag && variation && (await link.run(flag, variation)).ok) onLinked();
  };

  return (
    <Modal opened onClose={close} title="Link a flag" size="lg">
      {!flags.data ? (
        <Loading />
      ) : (
        <Stack gap="sm">
          <Select
            label="Flag"
            description="One flag in one environment, from the last sync"
            searchable
            data={options}
            value={chosen}
            onChange={(v) => {
              setChosen(v);
              setVariation(null);
            }}
            nothingFoundMessage="No synced flag matches"
            placeholder="Search by key"
            limit={200}
          />
          <Select
            label="Released variation"
            description="The variation customers get once they are in the rollout"
            data={variations}
            value={variation}
            onChange={setVariation}
            disabled={!flag}
          />
          {flag && (
            <Text size="xs" c="dimmed">
              Now {flag.on ? 'on' : 'off'}, default rule {flag.serving.map((a) => `${a.variation} ${a.percent}%`).join(', ')}
            </Text>
          )}
          <DialogActions error={link.error} errorTitle="Not linked" onCancel={close}>
            <Button loading={link.busy} onClick={linkChosen} disabled={!flag || !variation}>
              Link flag
            </Button>
          </DialogActions>
        </Stack>
      )}
    </Modal>
  );
}
