import { Button, Card, Group, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { ConnectionDraft, ConnectionInfo } from '../../api';
import { ConnectionForm } from '../ConnectionForm';
import { emptyDraft } from '../connection/providers';
import { ConnectionsTable } from './ConnectionsTable';

/** ConnectionsCard lists where flag state is read from, and adds and edits connections in a form. */
export function ConnectionsCard({ connections, onChanged }: { connections: ConnectionInfo[]; onChanged: () => void }) {
  const [form, setForm] = useState<{ draft: ConnectionDraft; editing: boolean } | null>(null);
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Title order={3}>Connections</Title>
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setForm({ draft: emptyDraft, editing: false })}>
          Add connection
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        Where Rollout Desk reads flag state. Tokens are kept in your system keyring, never in the workspace
        database.
      </Text>
      <ConnectionsTable connections={connections} onEdit={(c) => setForm({ draft: { ...c }, editing: true })} onChanged={onChanged} />
      {form && (
        <ConnectionForm
          initial={form.draft}
          editing={form.editing}
          onClose={() => setForm(null)}
          onSaved={() => {
            setForm(null);
            onChanged();
          }}
        />
      )}
    </Card>
  );
}
