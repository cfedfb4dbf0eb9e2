import { Alert, Select, Text } from '@mantine/core';
import { useState } from 'react';
import { api } from '../api';
import { useLoad } from '../hooks/useLoad';
import { ErrorAlert } from './ErrorAlert';
import { Loading } from './Loading';
import { TestSendModal } from './TestSend';

/**
 * SendTestDialog sends one email template, rendered for a phase, to test
 * recipients and shows each one's result. It offers only the email
 * templates that go out with the phase, and says so when none does.
 */
export function SendTestDialog({ release, phase, initial, onClose }: { release: string; phase: string; initial?: string; onClose: () => void }) {
  const emails = useLoad(() => api.templatesForPhase(release, phase, 'email'), [release, phase]);
  const names = (emails.data ?? []).map((t) => t.name);
  const [chosen, setChosen] = useState<string | null>(null);
  const template = chosen ?? (initial && names.includes(initial) ? initial : (names[0] ?? null));

  return (
    <TestSendModal
      title="Send a test email"
      send={(to) => api.sendTest(release, phase, template ?? '', to)}
      ready={Boolean(template)}
      onClose={onClose}
    >
      <Text size="sm" c="dimmed">
        Rendered for {release}, phase “{phase}”, and sent through the server in Settings → Email.
      </Text>
      {emails.error && <ErrorAlert message={emails.error} />}
      {!emails.data && !emails.error && <Loading />}
      {emails.data && names.length === 0 && (
        <Alert color="yellow" variant="light" data-testid="no-templates">
          No email template goes out with phase “{phase}”: pick another phase, or give a template <code>phase: {phase}</code> in
          its front matter.
        </Alert>
      )}
      {names.length > 0 && (
        <Select
          label="Template"
          description={`The email templates that go out with “${phase}”`}
          data={names}
          value={template}
          onChange={setChosen}
          allowDeselect={false}
        />
      )}
    </TestSendModal>
  );
}
