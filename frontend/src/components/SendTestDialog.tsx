import { Button, Modal, Select, Stack, TagsInput, Text } from '@mantine/core';
import { useState } from 'react';
import { api, type SendReport, type Template } from '../api';
import { useAction } from '../hooks/useAction';
import { DialogActions } from './DialogActions';
import { SendReportTable } from './SendReportTable';

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
  const send = useAction((name: string) => api.sendTest(release, phase, name, to));

  const sendTest = async () => {
    if (!template) return;
    setReport(null);
    const sent = await send.run(template);
    if (sent.ok) setReport(sent.value);
  };

  return (
    <Modal opened onClose={onClose} title="Send a test email" size="lg">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Rendered for {release}, phase “{phase}”, and sent through the server in Settings → Email.
        </Text>
        <Select label="Template" data={emails.map((t) => t.name)} value={template} onChange={setTemplate} allowDeselect={false} />
        <TagsInput label="Recipients" description="Type an address and press Enter" value={to} onChange={setTo} placeholder="you@example.com" />
        {report && <SendReportTable report={report} />}
        <DialogActions error={send.error} errorTitle="Not sent" onCancel={onClose} cancelLabel="Close">
          <Button onClick={sendTest} loading={send.busy} disabled={!template || to.length === 0}>
            Send
          </Button>
        </DialogActions>
      </Stack>
    </Modal>
  );
}
