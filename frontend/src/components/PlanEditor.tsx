import { Alert, Button, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { api, type PlanProblem } from '../api';
import { useAction } from '../hooks/useAction';
import { useLoad } from '../hooks/useLoad';
import { DialogActions } from './DialogActions';
import { Loading } from './Loading';

/**
 * PlanEditor edits a release as its plan file, checked by the Go side as you
 * type (the same checks as `rolloutdesk plan import`).
 */
export function PlanEditor({ release, onClose, onSaved }: { release: string; onClose: () => void; onSaved: (key: string) => void }) {
  const name = `${release}.yaml`;
  const original = useLoad(() => api.planYAML(release), [release]);
  const [text, setText] = useState<string>();
  const [problems, setProblems] = useState<PlanProblem[]>([]);
  const current = text ?? original.data ?? '';
  const save = useAction(() => api.savePlanYAML(name, current));

  useEffect(() => {
    if (text === undefined) return;
    const timer = setTimeout(() => api.checkPlanYAML(name, text).then(setProblems), 250);
    return () => clearTimeout(timer);
  }, [name, text]);

  const savePlan = async () => {
    const saved = await save.run();
    if (saved.ok) onSaved(saved.value.release.key);
  };

  return (
    <Modal opened onClose={onClose} title={`Edit plan: ${name}`} size="xl">
      {!original.data ? (
        <Loading />
      ) : (
        <Stack gap="sm">
          <Textarea
            aria-label="Plan file"
            autosize
            minRows={16}
            maxRows={28}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
            value={current}
            onChange={(e) => setText(e.currentTarget.value)}
            spellCheck={false}
          />
          {problems.length > 0 ? (
            <Alert color="red" title={`${problems.length} problem${problems.length === 1 ? '' : 's'}`} data-testid="plan-problems">
              <List size="sm">
                {problems.map((p) => (
                  <List.Item key={`${p.line}:${p.reason}`}>
                    {p.line > 0 ? `Line ${p.line}: ` : ''}
                    {p.reason}
                  </List.Item>
                ))}
              </List>
            </Alert>
          ) : (
            <Text size="xs" c="dimmed">
              Phases: name, status (planned, active, done, rolled_back), starts, ends, audience, owner, expect {'{on, percent, segments}'},
              flags (per-flag overrides), entry, exit. A criterion is its text (ticked by hand), or measured:{' '}
              {'{text, check: "error_rate < 0.5", over: 3d, guardrail: true}'}.
            </Text>
          )}
          <DialogActions error={save.error} errorTitle="Not saved" onCancel={onClose}>
            <Button loading={save.busy} onClick={savePlan} disabled={problems.length > 0}>
              Save plan
            </Button>
          </DialogActions>
        </Stack>
      )}
    </Modal>
  );
}
