import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  PasswordInput,
  SegmentedControl,
  Stack,
  TagsInput,
  TextInput,
} from '@mantine/core';
import { IconCircleCheck, IconPlugConnected } from '@tabler/icons-react';
import { useState } from 'react';
import { api, errorMessage, type ConnectionDraft } from '../api';

const defaults: Record<string, { baseURL: string; project: string; projectHelp: string; envHelp: string; tokenEnv: string }> = {
  launchdarkly: {
    baseURL: 'https://app.launchdarkly.com',
    project: 'Project key',
    projectHelp: 'The key, not the name (e.g. default)',
    envHelp: 'Environment keys; leave empty to read every environment',
    tokenEnv: 'LAUNCHDARKLY_API_TOKEN',
  },
  split: {
    baseURL: 'https://api.split.io/internal/api/v2',
    project: 'Workspace',
    projectHelp: 'Workspace name or id',
    envHelp: 'Environment names (case-sensitive) or ids; leave empty to read every environment',
    tokenEnv: 'SPLIT_ADMIN_API_KEY',
  },
};

export const emptyDraft: ConnectionDraft = {
  name: '',
  provider: 'launchdarkly',
  base_url: '',
  project: '',
  environments: [],
  auth: '',
  sync_every_minutes: 0,
};

type Outcome = { ok: boolean; message: string } | null;

/** ConnectionForm adds or edits a LaunchDarkly or Split connection. */
export function ConnectionForm({
  initial,
  editing,
  onClose,
  onSaved,
}: {
  initial: ConnectionDraft;
  editing: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [draft, setDraft] = useState<ConnectionDraft>(initial);
  const [token, setToken] = useState('');
  const [test, setTest] = useState<Outcome>(null);
  const [saveError, setSaveError] = useState('');
  const [busy, setBusy] = useState<'' | 'test' | 'save'>('');
  const d = defaults[draft.provider];
  const set = (change: Partial<ConnectionDraft>) => {
    setDraft({ ...draft, ...change });
    setTest(null);
  };

  const runTest = async () => {
    setBusy('test');
    try {
      setTest({ ok: true, message: await api.testConnection(draft, token) });
    } catch (e) {
      setTest({ ok: false, message: errorMessage(e) });
    } finally {
      setBusy('');
    }
  };
  const save = async () => {
    setBusy('save');
    setSaveError('');
    try {
      await api.saveConnection(draft, token);
      onSaved();
    } catch (e) {
      setSaveError(errorMessage(e));
    } finally {
      setBusy('');
    }
  };

  return (
    <Modal opened onClose={onClose} title={editing ? `Edit ${initial.name}` : 'Add a connection'} size="lg">
      <Stack gap="sm">
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
          label={d.project}
          description={d.projectHelp}
          required
          value={draft.project}
          onChange={(e) => set({ project: e.currentTarget.value })}
        />
        <TagsInput
          label="Environments"
          description={d.envHelp}
          value={draft.environments}
          onChange={(environments) => set({ environments })}
          placeholder="Type and press Enter"
        />
        <TextInput
          label="API address"
          description="Change it for LaunchDarkly's federal or EU sites, or a proxy"
          placeholder={d.baseURL}
          value={draft.base_url}
          onChange={(e) => set({ base_url: e.currentTarget.value })}
        />
        <PasswordInput
          label={draft.provider === 'split' ? 'Admin API key' : 'Access token'}
          description={
            editing
              ? 'Leave empty to keep the stored token. Tokens go to your system keyring.'
              : `Stored in your system keyring, never in the workspace. Or set ${d.tokenEnv} before starting the app.`
          }
          value={token}
          onChange={(e) => {
            setToken(e.currentTarget.value);
            setTest(null);
          }}
        />
        {draft.provider === 'split' && (
          <Checkbox
            label="Harness token: send it as x-api-key instead of Authorization: Bearer"
            checked={draft.auth === 'x-api-key'}
            onChange={(e) => set({ auth: e.currentTarget.checked ? 'x-api-key' : '' })}
          />
        )}
        <NumberInput
          label="Sync every (minutes)"
          description="While the app is open; 0 syncs only when you ask"
          min={0}
          max={1440}
          value={draft.sync_every_minutes}
          onChange={(v) => set({ sync_every_minutes: typeof v === 'number' ? v : 0 })}
        />
        {test && (
          <Alert
            color={test.ok ? 'teal' : 'red'}
            icon={test.ok ? <IconCircleCheck /> : undefined}
            title={test.ok ? 'Connection works' : 'Connection failed'}
            data-testid="connection-test-result"
          >
            {test.message}
          </Alert>
        )}
        {saveError && (
          <Alert color="red" title="Not saved" role="alert">
            {saveError}
          </Alert>
        )}
        <Group justify="space-between" mt="sm">
          <Button variant="default" leftSection={<IconPlugConnected size={16} />} loading={busy === 'test'} onClick={runTest}>
            Test connection
          </Button>
          <Group gap="xs">
            <Button variant="subtle" onClick={onClose}>
              Cancel
            </Button>
            <Button loading={busy === 'save'} onClick={save}>
              Save
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
