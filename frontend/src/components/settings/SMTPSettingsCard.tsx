import { Alert, Button, Card, Code, Group, NumberInput, PasswordInput, Select, SimpleGrid, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { api, type SMTPSettings } from '../../api';
import { useAction } from '../../hooks/useAction';
import { useLoad } from '../../hooks/useLoad';
import { useUnsavedChanges } from '../../hooks/useUnsavedChanges';

const securityOptions = [
  { value: 'starttls', label: 'STARTTLS (usually port 587)' },
  { value: 'tls', label: 'Implicit TLS (usually port 465)' },
  { value: 'none', label: 'None (local test servers only)' },
];

const authOptions = [
  { value: '', label: 'Automatic (PLAIN, else LOGIN)' },
  { value: 'plain', label: 'PLAIN' },
  { value: 'login', label: 'LOGIN' },
];

/** SMTP_PASSWORD_ENV supplies the SMTP password instead of the keyring (backend/secrets.EnvSMTPPassword). */
export const SMTP_PASSWORD_ENV = 'ROLLOUTDESK_SMTP_PASSWORD';

/** SMTPSettingsCard edits the server test emails go out through; the password goes to the keyring. */
export function SMTPSettingsCard() {
  const saved = useLoad(() => api.smtpSettings(), []);
  const [s, setS] = useState<SMTPSettings | null>(null);
  // What is stored, to tell whether the form holds unsaved changes.
  const [stored, setStored] = useState<SMTPSettings | null>(null);
  const [password, setPassword] = useState('');
  const save = useAction((settings: SMTPSettings) => api.saveSMTPSettings(settings, password), { success: 'Email settings saved.' });
  useEffect(() => {
    if (!saved.data) return;
    const loaded = { ...saved.data, security: saved.data.security || 'starttls' };
    setS(loaded);
    setStored(loaded);
  }, [saved.data]);
  useUnsavedChanges(password !== '' || JSON.stringify(s) !== JSON.stringify(stored), 'Leave without saving the email settings?');
  if (!s) return null;
  const set = (change: Partial<SMTPSettings>) => setS({ ...s, ...change });

  const saveSettings = async () => {
    if ((await save.run(s)).ok) {
      setPassword('');
      setStored(s);
    }
  };

  return (
    <Card withBorder data-testid="smtp-settings">
      <Title order={3} mb="xs">
        Email (test sends)
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        The SMTP server “Send test email” uses. The password is kept in your system keyring; a password is never
        sent over an unencrypted connection except to this computer.
      </Text>
      <Text size="sm" c="dimmed" mb="sm" data-testid="smtp-password-env">
        No keyring on this computer (headless Linux, containers, WSL)? Set <Code>{SMTP_PASSWORD_ENV}</Code> in the
        environment before starting Rollout Desk, and leave the password empty here. When set, it is used instead of the
        keyring.
      </Text>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
        <TextInput label="Server" placeholder="smtp.example.com" value={s.host} onChange={(e) => set({ host: e.currentTarget.value })} />
        <NumberInput label="Port" placeholder="587" min={0} max={65535} value={s.port || ''} onChange={(v) => set({ port: typeof v === 'number' ? v : 0 })} />
        <Select label="Encryption" data={securityOptions} value={s.security} onChange={(v) => set({ security: v ?? 'starttls' })} allowDeselect={false} />
        <TextInput label="Username" value={s.username} onChange={(e) => set({ username: e.currentTarget.value })} />
        <PasswordInput label="Password" description="Leave empty to keep the stored one" value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
        <Select label="Login method" data={authOptions} value={s.auth_method} onChange={(v) => set({ auth_method: v ?? '' })} allowDeselect={false} />
        <TextInput
          label="From"
          placeholder="Release team <releases@example.com>"
          value={s.from}
          onChange={(e) => set({ from: e.currentTarget.value })}
        />
      </SimpleGrid>
      {save.error && (
        <Alert color="red" title="Not saved" mt="sm" role="alert">
          {save.error}
        </Alert>
      )}
      <Group justify="flex-end" mt="sm">
        <Button onClick={saveSettings} loading={save.busy}>
          Save email settings
        </Button>
      </Group>
    </Card>
  );
}
