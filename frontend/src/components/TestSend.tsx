import { Button, TagsInput } from '@mantine/core';
import { useState } from 'react';
import type { SendReport } from '../api';
import { useAction } from '../hooks/useAction';
import { DialogActions } from './DialogActions';
import { SendReportTable } from './SendReportTable';

/**
 * TestSend is the foot of a test-send dialog: the recipients, how the mail
 * server answered for each after a send, and Close and Send.
 */
export function TestSend({
  send,
  ready,
  onSent,
  onClose,
}: {
  /** send sends to the recipients and reports per recipient. */
  send: (to: string[]) => Promise<SendReport>;
  /** ready says there is something to send. */
  ready: boolean;
  onSent?: (report: SendReport) => void;
  onClose: () => void;
}) {
  const [to, setTo] = useState<string[]>([]);
  const [report, setReport] = useState<SendReport | null>(null);
  const action = useAction(send);
  const run = async () => {
    setReport(null);
    const sent = await action.run(to);
    if (sent.ok) {
      setReport(sent.value);
      onSent?.(sent.value);
    }
  };
  return (
    <>
      <TagsInput label="Recipients" description="Type an address and press Enter" value={to} onChange={setTo} placeholder="you@example.com" />
      {report && <SendReportTable report={report} />}
      <DialogActions error={action.error} errorTitle="Not sent" onCancel={onClose} cancelLabel="Close">
        <Button onClick={run} loading={action.busy} disabled={!ready || to.length === 0}>
          Send
        </Button>
      </DialogActions>
    </>
  );
}
