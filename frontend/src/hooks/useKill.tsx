import { Stack, Text, TextInput } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { api, errorMessage, type FlagID } from '../api';

/**
 * useKill returns an action that confirms, naming flag and environment, then
 * turns the flag off (or restores it) and reports the state read back.
 */
export function useKill(onDone: () => void): (id: FlagID, on: boolean, release?: string) => void {
  return (id, on, release = '') => {
    let comment = '';
    const verb = on ? 'Restore' : 'Kill';
    modals.openConfirmModal({
      title: `${verb} ${id.key} in ${id.environment}?`,
      children: (
        <Stack gap="xs">
          <Text size="sm">
            {on
              ? `This turns ${id.key} back on in ${id.environment} (${id.provider} ${id.project}): its targeting applies again.`
              : `This turns ${id.key} off in ${id.environment} (${id.provider} ${id.project}) for everyone: they all get its off variation.`}
          </Text>
          <TextInput
            label="Comment"
            description="Recorded with the change in the provider and the audit log"
            placeholder="INC-1234: checkout errors"
            onChange={(e) => (comment = e.currentTarget.value)}
            data-autofocus
          />
        </Stack>
      ),
      labels: { confirm: `${verb} flag`, cancel: 'Cancel' },
      confirmProps: { color: on ? 'teal' : 'red' },
      onConfirm: async () => {
        try {
          const res = await api.killFlag(id, on, comment, release);
          notifications.show({
            color: 'teal',
            title: `${id.key} is now ${res.after.on ? 'on' : 'off'} in ${id.environment}`,
            message: `Read back from ${id.provider} after the change (it was ${res.before.on ? 'on' : 'off'}).`,
          });
        } catch (e) {
          const message = errorMessage(e);
          notifications.show({
            color: 'red',
            autoClose: false,
            title: message.includes('approved change request') ? `Approval required: ${id.key} was not changed` : `${verb} of ${id.key} did not succeed`,
            message,
          });
        } finally {
          onDone();
        }
      },
    });
  };
}
