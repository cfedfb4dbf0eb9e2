import { Alert, Button, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { api } from '../api';
import { useAction } from '../hooks/useAction';
import { useGuardedClose } from '../hooks/useUnsavedChanges';
import { DialogActions } from './DialogActions';

/** slug turns a name into a release key: "New checkout" → "new-checkout". */
export function slug(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents: "ü" → "u"
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** NewReleaseDialog starts a release from the preset phases. */
export function NewReleaseDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (key: string) => void }) {
  const [name, setName] = useState('');
  const [key, setKey] = useState('');
  const [keyEdited, setKeyEdited] = useState(false);
  const [owner, setOwner] = useState('');
  const [description, setDescription] = useState('');
  const create = useAction(() => api.createRelease({ key, name, owner, description }));
  const close = useGuardedClose(!!(name || key || owner || description), 'Discard the new release?', onClose);
  const createRelease = async () => {
    const created = await create.run();
    if (created.ok) onCreated(created.value.release.key);
  };

  return (
    <Modal opened onClose={close} title="New release" size="lg">
      <Stack gap="sm">
        <TextInput
          label="Name"
          required
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            if (!keyEdited) setKey(slug(e.currentTarget.value));
          }}
          placeholder="New checkout"
        />
        <TextInput
          label="Key"
          description="Used in plan files and the command line"
          required
          value={key}
          onChange={(e) => {
            setKey(e.currentTarget.value);
            setKeyEdited(true);
          }}
        />
        <TextInput label="Owner" value={owner} onChange={(e) => setOwner(e.currentTarget.value)} placeholder="dana@example.com" />
        <Textarea label="Description" autosize minRows={2} value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
        <Alert variant="light" color="gray">
          The release starts with the phases Internal → Beta → 5% → 25% → 50% → GA. Change them afterwards with Edit plan: dates, exposures and criteria in a form, or as the plan file.
        </Alert>
        <DialogActions error={create.error} errorTitle="Not created" onCancel={close}>
          <Button loading={create.busy} onClick={createRelease} disabled={!name || !key}>
            Create release
          </Button>
        </DialogActions>
      </Stack>
    </Modal>
  );
}
