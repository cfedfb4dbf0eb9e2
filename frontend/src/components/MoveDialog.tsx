import { Alert, Button, Checkbox, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { api, errorMessage, type Proposal } from '../api';
import { servingSummary } from '../format';
import { useLoad } from '../hooks/useLoad';
import { ErrorAlert } from './ErrorAlert';
import { Loading } from './Loading';

/**
 * MoveDialog previews advancing or rolling back a release — a dry-run diff of
 * every flag's default rule — and applies it once confirmed. When a flag
 * changed since the preview it says so and previews again.
 */
export function MoveDialog({
  release,
  direction,
  onClose,
  onMoved,
}: {
  release: string;
  direction: 'advance' | 'rollback';
  onClose: () => void;
  onMoved: () => void;
}) {
  const [generation, setGeneration] = useState(0);
  const proposal = useLoad(() => api.proposeMove(release, direction), [release, direction, generation]);
  const [applyRollout, setApplyRollout] = useState(true);
  const [comment, setComment] = useState('');
  const [error, setError] = useState('');
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const title = direction === 'advance' ? 'Advance to the next phase' : 'Roll back to the previous phase';

  const apply = async (p: Proposal) => {
    setBusy(true);
    setError('');
    try {
      await api.applyMove(p, applyRollout, comment);
      onMoved();
    } catch (e) {
      const message = errorMessage(e);
      setError(message);
      setConflict(message.includes('changed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={title} size="xl">
      {proposal.error && <ErrorAlert title="Cannot move this release" message={proposal.error} />}
      {!proposal.data && !proposal.error && <Loading />}
      {proposal.data && (
        <Stack gap="sm">
          <Text>
            {proposal.data.from ? `“${proposal.data.from}” → ` : 'Start with '}
            <b>“{proposal.data.to}”</b>
          </Text>
          {proposal.data.changes.length === 0 ? (
            <Text size="sm" c="dimmed">
              Every linked flag already serves what “{proposal.data.to}” plans: only the phase changes.
            </Text>
          ) : (
            <Table data-testid="move-diff">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Flag</Table.Th>
                  <Table.Th>Environment</Table.Th>
                  <Table.Th>Now</Table.Th>
                  <Table.Th>After</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {proposal.data.changes.map((c) => (
                  <Table.Tr key={`${c.link.provider}/${c.link.environment}/${c.link.flag_key}`}>
                    <Table.Td>
                      {c.link.flag_key}
                      {c.note && (
                        <Text size="xs" c="orange">
                          {c.note}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{c.link.environment}</Table.Td>
                    <Table.Td>{servingSummary(c.before)}</Table.Td>
                    <Table.Td fw={600}>{servingSummary({ serving: c.after })}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Checkbox
            label="Apply the new percentages to the flags through their providers"
            checked={applyRollout}
            onChange={(e) => setApplyRollout(e.currentTarget.checked)}
            disabled={proposal.data.changes.length === 0}
          />
          <TextInput label="Comment" placeholder="CAB-123 approved" value={comment} onChange={(e) => setComment(e.currentTarget.value)} />
          {error && (
            <Alert color="red" title={conflict ? 'A flag changed since this preview' : 'Not moved'} role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="subtle" onClick={onClose}>
              Cancel
            </Button>
            {conflict ? (
              <Button
                onClick={() => {
                  setError('');
                  setConflict(false);
                  setGeneration((g) => g + 1);
                }}
              >
                Preview again
              </Button>
            ) : (
              <Button color={direction === 'rollback' ? 'red' : undefined} loading={busy} onClick={() => apply(proposal.data!)}>
                {direction === 'advance' ? `Start “${proposal.data.to}”` : `Roll back to “${proposal.data.to}”`}
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
