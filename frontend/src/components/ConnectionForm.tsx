import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { IconPlugConnected } from '@tabler/icons-react';
import type { ConnectionDraft } from '../api';
import { useConnectionDraft } from '../hooks/useConnectionDraft';
import { useGuardedClose } from '../hooks/useUnsavedChanges';
import { ConnectionFields } from './connection/ConnectionFields';
import { ConnectionTestResult } from './connection/ConnectionTestResult';

/** ConnectionForm adds or edits a LaunchDarkly or Split connection, and tests it before saving. */
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
  const form = useConnectionDraft(initial, onSaved);
  const edited = form.token !== '' || JSON.stringify(form.draft) !== JSON.stringify(initial);
  const close = useGuardedClose(edited, 'Discard this connection’s changes?', onClose);
  return (
    <Modal opened onClose={close} title={editing ? `Edit ${initial.name}` : 'Add a connection'} size="lg">
      <Stack gap="sm">
        <ConnectionFields draft={form.draft} set={form.set} token={form.token} setToken={form.setToken} editing={editing} />
        {form.tested && <ConnectionTestResult outcome={form.tested} />}
        {form.save.error && (
          <Alert color="red" title="Not saved" role="alert">
            {form.save.error}
          </Alert>
        )}
        <Group justify="space-between" mt="sm">
          <Button variant="default" leftSection={<IconPlugConnected size={16} />} loading={form.test.busy} onClick={form.runTest}>
            Test connection
          </Button>
          <Group gap="xs">
            <Button variant="subtle" onClick={close}>
              Cancel
            </Button>
            <Button loading={form.save.busy} onClick={form.runSave}>
              Save
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
