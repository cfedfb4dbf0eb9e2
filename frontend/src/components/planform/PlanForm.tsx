import { Alert, Button, Group, List, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { FieldProblem, PlanForm as Plan } from '../../api';
import { LinkFields } from './LinkFields';
import { PhaseEditor } from './PhaseEditor';
import { addPhase, errorAt, fieldLabel, movePhase, removePhase } from './draft';

/**
 * PlanForm edits a release plan without YAML: the release's name,
 * description and owner, its linked flags' released variations, and its
 * phases (added, removed, reordered and filled in with PhaseEditor). The
 * problems the Go side found show on their fields and, all together, at the
 * end. metrics are the metric names offered for measured criteria.
 */
export function PlanForm({
  plan,
  onChange,
  problems,
  metrics,
  variations,
}: {
  plan: Plan;
  onChange: (plan: Plan) => void;
  problems: FieldProblem[];
  metrics: string[];
  variations: (link: Plan['links'][number]) => string[];
}) {
  return (
    <Stack gap="md" data-testid="plan-form">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
        <TextInput label="Key" description="Names the plan file; not editable" value={plan.key} readOnly variant="filled" />
        <TextInput
          label="Release name"
          required
          value={plan.name}
          error={errorAt(problems, 'name')}
          onChange={(e) => onChange({ ...plan, name: e.currentTarget.value })}
        />
        <TextInput label="Owner" placeholder="dana@example.com" value={plan.owner} onChange={(e) => onChange({ ...plan, owner: e.currentTarget.value })} />
      </SimpleGrid>
      <Textarea
        label="Description"
        autosize
        minRows={1}
        maxRows={4}
        value={plan.description}
        onChange={(e) => onChange({ ...plan, description: e.currentTarget.value })}
      />
      <LinkFields plan={plan} onChange={onChange} problems={problems} variations={variations} />
      <Group justify="space-between">
        <Title order={4}>Phases</Title>
        <Text size="xs" c="dimmed">
          In order: the release advances from each phase to the next
        </Text>
      </Group>
      {plan.phases.map((_, i) => (
        <PhaseEditor
          key={i}
          plan={plan}
          index={i}
          problems={problems}
          metrics={metrics}
          onChange={(phase) => onChange({ ...plan, phases: plan.phases.map((p, j) => (j === i ? phase : p)) })}
          onMove={(step) => onChange(movePhase(plan, i, step))}
          onRemove={() => onChange(removePhase(plan, i))}
        />
      ))}
      <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => onChange(addPhase(plan))} style={{ alignSelf: 'flex-start' }}>
        Add phase
      </Button>
      {problems.length > 0 && (
        <Alert color="red" title={`${problems.length} problem${problems.length === 1 ? '' : 's'} to fix before saving`} data-testid="plan-problems">
          <List size="sm">
            {problems.map((p, i) => (
              <List.Item key={i}>
                <Text span fw={600} size="sm">
                  {fieldLabel(plan, p.field)}:
                </Text>{' '}
                {p.reason}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}
