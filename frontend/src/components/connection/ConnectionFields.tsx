import { NumberInput, PasswordInput, SegmentedControl, TagsInput, TextInput } from '@mantine/core';
import type { ConnectionDraft } from '../../api';
import { providerText } from './providers';
import { SplitFields } from './SplitFields';

/** ConnectionFields are the connection form's inputs, labelled for the chosen provider. */
export function ConnectionFields({
  draft,
  set,
  token,
  setToken,
  editing,
}: {
  draft: ConnectionDraft;
  set: (change: Partial<ConnectionDraft>) => void;
  token: string;
  setToken: (token: string) => void;
  editing: boolean;
}) {
  const text = providerText[draft.provider];
  return (
    <>
      <SegmentedControl
        aria-label="Provider"
        disabled={editing}
        value={draft.provider}
        onChange={(provider) => set({ provider, auth: '' })}
        data={[
          { label: 'LaunchDarkly', value: 'launchdarkly' },
          { label: 'Split', value: 'split' },
        ]}
      />
      <TextInput
        label="Name"
        required
        disabled={editing}
        value={draft.name}
        onChange={(e) => set({ name: e.currentTarget.value })}
        placeholder="Production flags"
      />
      <TextInput
        label={text.project}
        description={text.projectHelp}
        required
        value={draft.project}
        onChange={(e) => set({ project: e.currentTarget.value })}
      />
      <TagsInput
        label="Environments"
        description={text.envHelp}
        value={draft.environments}
        onChange={(environments) => set({ environments })}
        placeholder="Type and press Enter"
      />
      <TextInput
        label="API address"
        description={text.baseURLHelp}
        placeholder={text.baseURL}
        value={draft.base_url}
        onChange={(e) => set({ base_url: e.currentTarget.value })}
      />
      <PasswordInput
        label={draft.provider === 'split' ? 'Admin API key' : 'Access token'}
        description={
          editing
            ? 'Leave empty to keep the stored token. Tokens go to your system keyring.'
            : `Stored in your system keyring, never in the workspace. Or set ${text.tokenEnv} before starting the app.`
        }
        value={token}
        onChange={(e) => setToken(e.currentTarget.value)}
      />
      {draft.provider === 'split' && <SplitFields draft={draft} set={set} />}
      <NumberInput
        label="Sync every (minutes)"
        description="While the app is open; 0 syncs only when you ask"
        min={0}
        max={1440}
        value={draft.sync_every_minutes}
        onChange={(v) => set({ sync_every_minutes: typeof v === 'number' ? v : 0 })}
      />
    </>
  );
}
