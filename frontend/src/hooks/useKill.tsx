import { Alert, Stack, Text, TextInput } from '@mantine/core';
import { modals } from '@mantine/modals';
import { api, errorMessage, type FlagID } from '../api';
import { useAction } from './useAction';
import { providerName, stateWord, wordsFor } from '../words';

/**
 * warningsFor says what else killing a flag changes (flags that require it, a
 * migration's off stage); if that cannot be worked out it says so rather than
 * implying there is nothing.
 */
async function warningsFor(id: FlagID): Promise<string[]> {
  try {
    return (await api.killImpact(id)).warnings ?? [];
  } catch (e) {
    return [`Could not check which flags depend on ${id.key}: ${errorMessage(e)}`];
  }
}

/**
 * useKill returns an action that confirms, naming flag and environment and
 * what else a kill changes, then turns the flag off (or restores it) and
 * reports the state read back.
 */
export function useKill(onDone: () => void): (id: FlagID, on: boolean, release?: string) => Promise<void> {
  const kill = useAction(api.killFlag, {
    sticky: true,
    errorTitle: (message, [id, on]) =>
      message.includes('approved change request')
        ? `Approval required: ${id.key} was not changed`
        : `${on ? 'Restore' : 'Kill'} of ${id.key} did not succeed`,
    success: (res, [id]) => ({
      color: 'teal',
      title: `${id.key} is now ${stateWord(id.provider, res.after.on).toLowerCase()} in ${id.environment}`,
      message: `Read back from ${providerName(id.provider)} after the change (it was ${stateWord(id.provider, res.before.on).toLowerCase()}).`,
    }),
  });

  return async (id, on, release = '') => {
    let comment = '';
    const verb = on ? 'Restore' : 'Kill';
    const warnings = on ? [] : await warningsFor(id);
    const w = wordsFor(id.provider);
    const where = `${id.environment} (${providerName(id.provider)} ${id.project})`;
    modals.openConfirmModal({
      title: `${verb} ${id.key} in ${id.environment}?`,
      children: (
        <Stack gap="xs">
          <Text size="sm">
            {on
              ? `This restores ${id.key} in ${where}: its ${w.definition} applies again.`
              : `This ${w.kill(id.key)} in ${where} for everyone: they all get its ${w.offVariation.toLowerCase()}.`}
          </Text>
          {warnings.map((w) => (
            <Alert key={w} color="orange" variant="light" p="xs" data-testid="kill-warning">
              <Text size="sm">{w}</Text>
            </Alert>
          ))}
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
      // A comment typed during an incident is not lost to a stray click or Esc: only Cancel or × close.
      closeOnClickOutside: false,
      closeOnEscape: false,
      confirmProps: { color: on ? 'teal' : 'red' },
      onConfirm: async () => {
        await kill.run(id, on, comment, release);
        onDone();
      },
    });
  };
}
