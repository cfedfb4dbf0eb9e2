import { Button, Checkbox, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { api, type Proposal } from '../api';
import { useAction } from '../hooks/useAction';
import { useLoad } from '../hooks/useLoad';
import { DialogActions } from './DialogActions';
import { ErrorAlert } from './ErrorAlert';
import { Loading } from './Loading';
import { MoveDiff } from './MoveDiff';

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
  const apply = useAction((p: Proposal, rollout: boolean) => api.applyMove(p, rollout, comment));
  const conflict = apply.error.includes('changed');
  const refused = proposal.data?.changes.some((c) => c.refused) ?? false;
  const title = direction === 'advance' ? 'Advance to the next phase' : 'Roll back to the previous phase';

  const start = async (p: Proposal) => {
    if ((await apply.run(p, applyRollout && !refused)).ok) onMoved();
  };
  const previewAgain = () => {
    apply.clearError();
    setGeneration((g) => g + 1);
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
          <MoveDiff changes={proposal.data.changes} to={proposal.data.to} />
          <Checkbox
            label="Apply the new percentages to the flags through their providers"
            description={
              refused ? 'Not possible while a flag above cannot be written: fix it in the provider and preview again, or move only the phase.' : undefined
            }
            checked={applyRollout && !refused}
            onChange={(e) => setApplyRollout(e.currentTarget.checked)}
            disabled={proposal.data.changes.length === 0 || refused}
          />
          <TextInput label="Comment" placeholder="CAB-123 approved" value={comment} onChange={(e) => setComment(e.currentTarget.value)} />
          <DialogActions error={apply.error} errorTitle={conflict ? 'A flag changed since this preview' : 'Not moved'} onCancel={onClose}>
            {conflict ? (
              <Button onClick={previewAgain}>Preview again</Button>
            ) : (
              <Button color={direction === 'rollback' ? 'red' : undefined} loading={apply.busy} onClick={() => start(proposal.data!)}>
                {direction === 'advance' ? `Start “${proposal.data.to}”` : `Roll back to “${proposal.data.to}”`}
              </Button>
            )}
          </DialogActions>
        </Stack>
      )}
    </Modal>
  );
}
