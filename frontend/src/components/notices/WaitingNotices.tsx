import { Alert, Anchor, Text } from '@mantine/core';
import { IconSpeakerphone } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import type { Notice } from '../../api';
import { waiting } from './noticeText';

/** WaitingNotices draws attention to drafted notices nobody exported, sent or dismissed yet, linking to "Who to tell"; nothing when there are none. */
export function WaitingNotices({ notices }: { notices: Notice[] | undefined }) {
  const count = waiting(notices ?? []).length;
  if (count === 0) return null;
  return (
    <Alert color="orange" icon={<IconSpeakerphone size={18} />} title={`${count} ${count === 1 ? 'notice' : 'notices'} drafted, not sent`} data-testid="waiting-notices">
      <Text size="sm">
        A flag was killed or a phase rolled back: customers and support may need to hear about it.{' '}
        <Anchor component={Link} to="?tab=notices" size="sm">
          Open Who to tell
        </Anchor>
      </Text>
    </Alert>
  );
}
