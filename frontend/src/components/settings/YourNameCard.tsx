import { Button, Card, Group, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { api, type Identity } from '../../api';
import { useAction } from '../../hooks/useAction';
import { useLoad } from '../../hooks/useLoad';
import { useUnsavedChanges } from '../../hooks/useUnsavedChanges';

/** YourNameCard sets the name the audit log records for your actions; empty means your OS user. */
export function YourNameCard() {
  const who = useLoad(() => api.yourName(), []);
  const [saved, setSaved] = useState<Identity | null>(null);
  const [name, setName] = useState('');
  const save = useAction((value: string) => api.setYourName(value), {
    success: (id) => `The audit log now names you “${id.name}”.`,
  });
  useEffect(() => {
    if (who.data) {
      setSaved(who.data);
      setName(who.data.display_name);
    }
  }, [who.data]);
  const changed = saved !== null && name.trim() !== saved.display_name;
  useUnsavedChanges(changed, 'Leave without saving your name?');
  if (!saved) return null;
  const osUser = saved.os_user || 'unknown user';

  const submit = async () => {
    const result = await save.run(name);
    if (result.ok) {
      setSaved(result.value);
      setName(result.value.display_name);
    }
  };

  return (
    <Card withBorder data-testid="your-name">
      <Title order={3} mb="xs">
        You
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        The audit log, criteria ticks and feedback record who did what by this name. Left empty, they use your
        operating system user, <b>{osUser}</b>. The command line uses it too, unless given <code>--actor</code>.
      </Text>
      <Group align="flex-end" wrap="nowrap">
        <TextInput
          label="Your name"
          placeholder={osUser}
          value={name}
          maxLength={80}
          onChange={(e) => setName(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && changed) void submit();
          }}
          error={save.error || undefined}
          style={{ flex: 1, maxWidth: 420 }}
        />
        <Button onClick={submit} loading={save.busy} disabled={!changed}>
          Save name
        </Button>
      </Group>
    </Card>
  );
}
