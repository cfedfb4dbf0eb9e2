import { Button, Checkbox, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { api, type Proposal } from '../api';
import { useAction } from '../hooks/useAction';
import { useLoad } from '../hooks/useLoad';
import { useGuardedClose } from '../hooks/useUnsavedChanges';
import { DialogActions } from './DialogActions';
import { ErrorAlert } from './ErrorAlert';
import { Loading } from './Loading';
import { MoveDiff } from './MoveDiff';
import { MoveWarnings } from './MoveWarnings';
import { MoveReadiness } from './readiness/MoveReadiness';

/**
 * MoveDialog previews advancing or rolling back a release — a dry-run diff of
 * every flag's default rule, with what the move would lower or leave on —
 * and applies it once confirmed. An advance shows the go/no-go verdict
 * first; unless it is ready, it goes ahead only with a comment, which the
 * audit log keeps as the approval. When a flag changed since the preview it
 * says so and previews again.
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
  const readiness = useLoad(async () => (direction === 'advance' ? api.getReadiness(release) : null), [release, direction]);
  const [applyRollout, setApplyRollout] = useState(true);
  const [comment, setComment] = useState('');
  const apply = useAction((p: Proposal, rollout: boolean) => api.applyMove(p, rollout, comment));
  const close = useGuardedClose(comment.trim() !== '', 'Discard the comment you wrote for this move?', onClose);
  const conflict = apply.error.includes('changed');
  const refused = proposal.data?.changes.some((c) => c.refused) ?? false;
  const gated = direction === 'advance' && readiness.data?.verdict !== 'ready';
  const title = direction === 'advance' ? 'Advance to the next phase' : 'Roll back to the previous phase';
  const loaded = proposal.data && (readiness.data !== undefined || readiness.error);

  const start = async (p: Proposal) => {
    if ((await apply.run(p, applyRollout && !refused)).ok) onMoved();
  };
  const previewAgain = () => {
    apply.clearError();
    setGeneration((g) => g + 1);
  };

  return (
    <Modal opened onClose={close} title={title} size="xl">
      {proposal.error && <ErrorAlert title="Cannot move this release" message={proposal.error} />}
      {!proposal.error && !loaded && <Loading />}
      {proposal.data && loaded && (
        <Stack gap="sm">
          <Text>
            {proposal.data.from ? `“${proposal.data.from}” → ` : 'Start with '}
            <b>“{proposal.data.to}”</b>
          </Text>
          {readiness.error && <ErrorAlert title="Could not judge whether the release is ready" message={readiness.error} />}
          {readiness.data && <MoveReadiness readiness={readiness.data} />}
          <MoveWarnings warnings={proposal.data.warnings ?? []} />
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
          <TextInput
            label="Comment"
            description={
              gated ? 'Required, as the release is not ready: say why it advances anyway. The audit log keeps it as the approval.' : undefined
            }
            placeholder={gated ? 'CAB-123: accepted by dana, P1 tickets triaged' : 'CAB-123 approved'}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
          />
          <DialogActions error={apply.error} errorTitle={conflict ? 'A flag changed since this preview' : 'Not moved'} onCancel={close}>
            {conflict ? (
              <Button onClick={previewAgain}>Preview again</Button>
            ) : (
              <Button
                color={direction === 'rollback' || gated ? 'red' : undefined}
                loading={apply.busy}
                disabled={gated && comment.trim() === ''}
                onClick={() => start(proposal.data!)}
              >
                {direction === 'rollback' ? `Roll back to “${proposal.data.to}”` : gated ? 'Advance anyway' : `Start “${proposal.data.to}”`}
              </Button>
            )}
          </DialogActions>
        </Stack>
      )}
    </Modal>
  );
}
