import { Badge, Button, Modal, Select, Stack, Table, TagsInput, Text } from '@mantine/core';
import { DialogActions } from './DialogActions';
import { useState } from 'react';
import { api, errorMessage, type SendReport, type Template } from '../api';

/** SendTestDialog sends one email template, rendered for a phase, to test recipients and shows each one's result. */
export function SendTestDialog({
  release,
  phase,
  templates,
  initial,
  onClose,
}: {
  release: string;
  phase: string;
  templates: Template[];
  initial?: string;
  onClose: () => void;
}) {
  const emails = templates.filter((t) => t.channel === 'email' && !t.name.startsWith('_'));
  const [template, setTemplate] = useState<string | null>(emails.some((t) => t.name === initial) ? initial! : (emails[0]?.name ?? null));
  const [to, setTo] = useState<string[]>([]);
  const [report, setReport] = useState<SendReport | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const send = async () => {
    if (!template) return;
    setBusy(true);
    setError('');
    setReport(null);
    try {
      setReport(await api.sendTest(release, phase, template, to));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title="Send a test email" size="lg">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Rendered for {release}, phase “{phase}”, and sent through the server in Settings → Email.
        </Text>
        <Select label="Template" data={emails.map((t) => t.name)} value={template} onChange={setTemplate} allowDeselect={false} />
        <TagsInput label="Recipients" description="Type an address and press Enter" value={to} onChange={setTo} placeholder="you@example.com" />
        {report && (
          <Table data-testid="send-report">
            <Table.Tbody>
              {report.recipients.map((r) => (
                <Table.Tr key={r.address}>
                  <Table.Td>{r.address}</Table.Td>
                  <Table.Td>
                    <Badge color={r.accepted ? 'teal' : 'red'} variant="light">
                      {r.accepted ? 'Accepted' : 'Rejected'}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {r.code ? `${r.code} ${r.message}` : r.message}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <DialogActions error={error} errorTitle="Not sent" onCancel={onClose} cancelLabel="Close">
          <Button onClick={send} loading={busy} disabled={!template || to.length === 0}>
            Send
          </Button>
        </DialogActions>
      </Stack>
    </Modal>
  );
}
