import { Alert, Button, List, Modal, ScrollArea, Stack, Tabs, Text, UnstyledButton } from '@mantine/core';
import { IconForms, IconCode } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { api, type FieldProblem, type PlanForm as Plan, type PlanProblem, type StoredFlag } from '../api';
import { useAction } from '../hooks/useAction';
import { useLoad } from '../hooks/useLoad';
import { useGuardedClose } from '../hooks/useUnsavedChanges';
import { DialogActions } from './DialogActions';
import { Loading } from './Loading';
import { sameDraft } from './planform/draft';
import { YamlEditor } from './planform/LazyYamlEditor';
import { PlanForm } from './planform/PlanForm';

type Tab = 'form' | 'yaml';

/** useChecked calls check with value 250 ms after it last changed while active, and keeps what it found. */
function useChecked<V, R>(value: V, check: (v: V) => Promise<R>, initial: R, active: boolean): R {
  const [found, setFound] = useState<R>(initial);
  useEffect(() => {
    if (!active) return;
    let current = true;
    const timer = setTimeout(() => check(value).then((r) => current && setFound(r)), 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // check is a fresh closure each render; value and active say when to run it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value, active]);
  return found;
}

/** problemList words problems as "Line 12: reason", each a button that takes the editor to its line. */
function ProblemList({ problems, onLine }: { problems: PlanProblem[]; onLine: (line: number) => void }) {
  return (
    <Alert color="red" title={`${problems.length} problem${problems.length === 1 ? '' : 's'}`} data-testid="plan-problems" p="xs">
      <ScrollArea.Autosize mah={120}>
        <List size="sm">
          {problems.map((p, i) => (
            <List.Item key={i}>
              {p.line > 0 ? (
                <UnstyledButton onClick={() => onLine(p.line)} fz="sm" td="underline" aria-label={`Go to line ${p.line}: ${p.reason}`}>
                  Line {p.line}: {p.reason}
                </UnstyledButton>
              ) : (
                p.reason
              )}
            </List.Item>
          ))}
        </List>
      </ScrollArea.Autosize>
    </Alert>
  );
}

/**
 * PlanEditorBody is the editor once the plan is loaded: a form and the plan
 * file (YAML), two views of the same edits. Switching to YAML writes the
 * form out (keeping the file's comments); switching back reads the file,
 * and stays on YAML, saying why, while it has problems. Both are checked by
 * the Go side as you type, with the same checks as `rolloutdesk plan import`.
 */
function PlanEditorBody({
  release,
  initial,
  initialYAML,
  onClose,
  onSaved,
}: {
  release: string;
  initial: Plan;
  initialYAML: string;
  onClose: () => void;
  onSaved: (key: string) => void;
}) {
  const name = `${release}.yaml`;
  const [tab, setTab] = useState<Tab>('form');
  const [draft, setDraft] = useState<Plan>(initial);
  const [base, setBase] = useState(initialYAML);
  const [text, setText] = useState(initialYAML);
  const [switchError, setSwitchError] = useState('');
  const [jump, setJump] = useState<{ line: number } | null>(null);
  const formProblems = useChecked<Plan, FieldProblem[]>(draft, (d) => api.checkPlanDraft(d, base).then((r) => r.problems), [], tab === 'form');
  const yamlProblems = useChecked<string, PlanProblem[]>(text, (t) => api.checkPlanYAML(name, t), [], tab === 'yaml');
  const metrics = useLoad(() => api.listMetricValues(release), [release]);
  const flags = useLoad(() => api.listFlags(), []);
  const metricNames = useMemo(
    () => [...new Set([...(metrics.data ?? []).map((m) => m.metric), ...draft.phases.flatMap((p) => [...p.entry, ...p.exit]).map((c) => c.check?.metric ?? '')])].filter(Boolean),
    [metrics.data, draft],
  );
  const variations = (link: Plan['links'][number]) => {
    const f = (flags.data ?? []).find(
      (s: StoredFlag) => s.provider === link.provider && s.project === link.project && s.environment === link.environment && s.key === link.flag_key,
    );
    return f ? [...f.serving.map((a) => a.variation), f.off_variation] : [];
  };

  const dirty = tab === 'form' ? !sameDraft(draft, initial) : text !== initialYAML;
  const close = useGuardedClose(dirty, 'Discard your changes to the plan?', onClose);
  const save = useAction(() => (tab === 'form' ? api.savePlanDraft(draft, base) : api.savePlanYAML(name, text)));
  const switchTo = useAction(async (to: Tab) => {
    if (to === tab) return;
    if (to === 'yaml') {
      const checked = await api.checkPlanDraft(draft, base);
      setText(checked.yaml);
      setJump(null);
      setSwitchError('');
      setTab('yaml');
      return;
    }
    const read = await api.readPlanDraft(name, text);
    if (read.problems.length > 0) {
      setSwitchError(
        `The plan file has ${read.problems.length} problem${read.problems.length === 1 ? '' : 's'} (listed below): fix ${read.problems.length === 1 ? 'it' : 'them'} to go back to the form.`,
      );
      return;
    }
    setDraft(read.draft as Plan);
    setBase(text);
    setSwitchError('');
    setTab('form');
  });
  const problems = tab === 'form' ? formProblems : yamlProblems;

  const savePlan = async () => {
    const saved = await save.run();
    if (saved.ok) onSaved(saved.value.release.key);
  };

  return (
    <Modal.Root opened onClose={close} size="min(1100px, calc(100vw - 32px))" yOffset="3dvh">
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header>
          <Modal.Title fw={600}>Edit plan: {release}</Modal.Title>
          <Modal.CloseButton aria-label="Close" />
        </Modal.Header>
        <Modal.Body>
          <Tabs value={tab} onChange={(t) => t && switchTo.run(t as Tab)} keepMounted={false}>
            <Tabs.List mb="sm">
              <Tabs.Tab value="form" leftSection={<IconForms size={14} />}>
                Form
              </Tabs.Tab>
              <Tabs.Tab value="yaml" leftSection={<IconCode size={14} />}>
                YAML
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="form">
              <ScrollArea h="calc(94dvh - 190px)" offsetScrollbars type="auto">
                <PlanForm plan={draft} onChange={setDraft} problems={formProblems} metrics={metricNames} variations={variations} />
              </ScrollArea>
            </Tabs.Panel>
            <Tabs.Panel value="yaml">
              <Stack gap="xs">
                {switchError && (
                  <Alert color="orange" role="alert" p="xs" data-testid="switch-error">
                    {switchError}
                  </Alert>
                )}
                <YamlEditor
                  value={text}
                  onChange={setText}
                  problems={yamlProblems}
                  jump={jump}
                  height={`calc(94dvh - ${yamlProblems.length > 0 ? 360 : 240}px)`}
                />
                {yamlProblems.length > 0 ? (
                  <ProblemList problems={yamlProblems} onLine={(line) => setJump({ line })} />
                ) : (
                  <Text size="xs" c="dimmed">
                    Phases: name, status (planned, active, done, rolled_back), starts, ends, audience, owner, expect {'{on, percent, segments}'},
                    flags (per-flag overrides), entry, exit. A criterion is its text (ticked by hand), or measured:{' '}
                    {'{text, check: "error_rate < 0.5", over: 3d, guardrail: true}'}.
                  </Text>
                )}
              </Stack>
            </Tabs.Panel>
          </Tabs>
          <Stack gap="xs" mt="sm">
            <DialogActions error={save.error || switchTo.error} errorTitle={save.error ? 'Not saved' : 'Could not switch'} onCancel={close}>
              <Button loading={save.busy} onClick={savePlan} disabled={problems.length > 0 || switchTo.busy}>
                Save plan
              </Button>
            </DialogActions>
          </Stack>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}

/** PlanEditor edits a release's plan, in a form or as its plan file; see PlanEditorBody. */
export function PlanEditor({ release, onClose, onSaved }: { release: string; onClose: () => void; onSaved: (key: string) => void }) {
  const loaded = useLoad(() => Promise.all([api.planDraft(release), api.planYAML(release)]), [release]);
  if (!loaded.data) {
    return (
      <Modal opened onClose={onClose} title={`Edit plan: ${release}`} size="lg">
        {loaded.error ? <Alert color="red">{loaded.error}</Alert> : <Loading />}
      </Modal>
    );
  }
  const [draft, yaml] = loaded.data;
  return <PlanEditorBody release={release} initial={draft as Plan} initialYAML={yaml} onClose={onClose} onSaved={onSaved} />;
}
