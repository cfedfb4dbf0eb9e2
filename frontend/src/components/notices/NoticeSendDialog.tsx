import { Text } from '@mantine/core';
import { api, type Notice } from '../../api';
import { TestSendModal } from '../TestSend';

/** NoticeSendDialog sends a drafted email notice to test recipients; once the server accepted it the notice counts as sent. */
export function NoticeSendDialog({ notice, onSent, onClose }: { notice: Notice; onSent: () => void; onClose: () => void }) {
  return (
    <TestSendModal title={`Send “${notice.title || notice.template}”`} send={(to) => api.sendNoticeTest(notice.id, to)} ready onSent={onSent} onClose={onClose}>
      <Text size="sm" c="dimmed">
        Sent through the server in Settings → Email to the addresses below, for checking before it goes to {notice.audience || 'its audience'}.
      </Text>
    </TestSendModal>
  );
}
