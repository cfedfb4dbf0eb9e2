import { Button, Modal, Stack, TagsInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { SendReport } from '../api';
import { useAction } from '../hooks/useAction';
import { useGuardedClose } from '../hooks/useUnsavedChanges';
import { DialogActions } from './DialogActions';
import { SendReportTable } from './SendReportTable';

/**
 * TestSendModal is a test-send dialog: what is sent (children), the
 * recipients, how the mail server answered for each after a send, and Close
 * and Send. Closing with recipients typed but not yet sent to asks first.
 */
export function TestSendModal({
  title,
  send,
  ready,
  onSent,
  onClose,
  children,
}: {
  title: string;
  /** send sends to the recipients and reports per recipient. */
  send: (to: string[]) => Promise<SendReport>;
  /** ready says there is something to send. */
  ready: boolean;
  onSent?: (report: SendReport) => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const [to, setTo] = useState<string[]>([]);
  const [report, setReport] = useState<SendReport | null>(null);
  const [sentTo, setSentTo] = useState<string[]>([]);
  const action = useAction(send);
  const unsent = to.length > 0 && to.join('\n') !== sentTo.join('\n');
  const close = useGuardedClose(unsent, 'Close without sending to the recipients you typed?', onClose);
  const run = async () => {
    setReport(null);
    const sent = await action.run(to);
    if (sent.ok) {
      setReport(sent.value);
      setSentTo(to);
      onSent?.(sent.value);
    }
  };
  return (
    <Modal opened onClose={close} title={title} size="lg">
      <Stack gap="sm">
        {children}
        <TagsInput label="Recipients" description="Type an address and press Enter" value={to} onChange={setTo} placeholder="you@example.com" />
        {report && <SendReportTable report={report} />}
        <DialogActions error={action.error} errorTitle="Not sent" onCancel={close} cancelLabel="Close">
          <Button onClick={run} loading={action.busy} disabled={!ready || to.length === 0}>
            Send
          </Button>
        </DialogActions>
      </Stack>
    </Modal>
  );
}
