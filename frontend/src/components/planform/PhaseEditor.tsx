import { ActionIcon, Badge, Card, Divider, Group, SimpleGrid, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import type { FieldProblem, PlanForm } from '../../api';
import { PhaseBadge } from '../PhaseBadge';
import { CriteriaEditor } from './CriteriaEditor';
import { ExpectFields } from './ExpectFields';
import { dayInput, dayValue, errorAt, flagOverride, linkID, problemsUnder, setCriteria, setFlagOverride, type PhaseForm } from './draft';

/**
 * PhaseEditor edits one phase of the plan form: its name, planned dates,
 * audience and owner, the exposure it expects of the linked flags (all of
 * them, or one by one), and its entry and exit criteria. Problems show on
 * their fields; onMove and onRemove reorder and drop the phase.
 */
export function PhaseEditor({
  plan,
  index,
  onChange,
  onMove,
  onRemove,
  problems,
  metrics,
}: {
  plan: PlanForm;
  index: number;
  onChange: (phase: PhaseForm) => void;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
  problems: FieldProblem[];
  metrics: string[];
}) {
  const phase = plan.phases[index];
  const field = `phases.${index}`;
  const label = phase.name || `Phase ${index + 1}`;
  const set = (change: Partial<PhaseForm>) => onChange({ ...phase, ...change });
  const count = problemsUnder(problems, field);
  return (
    <Card withBorder padding="sm" data-testid="phase-form" aria-label={`Phase ${index + 1}: ${label}`}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="xs" wrap="nowrap" style={{ flex: 1 }} align="flex-start">
            <Badge variant="light" color="gray" mt={6} style={{ flexShrink: 0 }}>
              {index + 1}
            </Badge>
            <TextInput
              style={{ flex: 1 }}
              aria-label={`Phase ${index + 1}: name`}
              placeholder="Phase name, e.g. Beta 5%"
              value={phase.name}
              error={errorAt(problems, `${field}.name`) ?? errorAt(problems, field)}
              onChange={(e) => set({ name: e.currentTarget.value })}
            />
          </Group>
          <Group gap={4} wrap="nowrap">
            <Tooltip label="Phases move to this status by advancing or rolling back on the release page">
              <span>
                <PhaseBadge status={phase.status} />
              </span>
            </Tooltip>
            {count > 0 && (
              <Badge color="red" variant="light">
                {count} problem{count === 1 ? '' : 's'}
              </Badge>
            )}
            <ActionIcon variant="subtle" aria-label={`Move ${label} up`} disabled={index === 0} onClick={() => onMove(-1)}>
              <IconArrowUp size={16} />
            </ActionIcon>
            <ActionIcon variant="subtle" aria-label={`Move ${label} down`} disabled={index === plan.phases.length - 1} onClick={() => onMove(1)}>
              <IconArrowDown size={16} />
            </ActionIcon>
            <ActionIcon variant="subtle" color="red" aria-label={`Remove ${label}`} onClick={onRemove}>
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
          <TextInput
            type="date"
            size="xs"
            label="Planned start"
            aria-label={`${label}: planned start`}
            value={dayInput(phase.planned_start)}
            error={errorAt(problems, `${field}.starts`)}
            onChange={(e) => set({ planned_start: dayValue(e.currentTarget.value) })}
          />
          <TextInput
            type="date"
            size="xs"
            label="Planned end"
            aria-label={`${label}: planned end`}
            value={dayInput(phase.planned_end)}
            error={errorAt(problems, `${field}.ends`)}
            onChange={(e) => set({ planned_end: dayValue(e.currentTarget.value) })}
          />
          <TextInput
            size="xs"
            label="Audience"
            placeholder="Who gets it, e.g. Opted-in beta customers"
            value={phase.audience}
            onChange={(e) => set({ audience: e.currentTarget.value })}
          />
          <TextInput size="xs" label="Owner" placeholder="dana@example.com" value={phase.owner} onChange={(e) => set({ owner: e.currentTarget.value })} />
        </SimpleGrid>
        <Divider label="Expected exposure" labelPosition="left" />
        <Table withRowBorders={false} verticalSpacing={4} horizontalSpacing="xs" layout="fixed">
          <Table.Tbody>
            <Table.Tr>
              <Table.Td w={200} style={{ verticalAlign: 'top' }}>
                <Text size="sm">Every linked flag</Text>
              </Table.Td>
              <Table.Td>
                <ExpectFields
                  label={`${label}: exposure`}
                  unsetLabel="Not set"
                  expect={phase.expect ?? null}
                  error={errorAt(problems, `${field}.expect`)}
                  onChange={(expect) => set({ expect: expect ?? undefined })}
                />
              </Table.Td>
            </Table.Tr>
            {plan.links.map((link) => (
              <Table.Tr key={linkID(link)}>
                <Table.Td style={{ verticalAlign: 'top' }}>
                  <Tooltip label={`${link.provider} ${link.project}: serves “${link.variation}” when released`}>
                    <Text size="sm" truncate="end">
                      {link.flag_key} · {link.environment}
                    </Text>
                  </Tooltip>
                </Table.Td>
                <Table.Td>
                  <ExpectFields
                    label={`${label}: exposure of ${link.flag_key} in ${link.environment}`}
                    unsetLabel="As the phase"
                    expect={flagOverride(phase, link)}
                    error={errorAt(problems, `${field}.flags.${linkID(link)}`)}
                    onChange={(expect) => onChange(setFlagOverride(plan, phase, link, expect))}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {plan.links.length === 0 && (
          <Text size="xs" c="dimmed">
            No flags are linked yet: link one from the release page to set its exposure per phase.
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          {(['entry', 'exit'] as const).map((list) => (
            <CriteriaEditor
              key={list}
              list={list}
              items={phase[list]}
              onChange={(items) => onChange(setCriteria(phase, list, items))}
              problems={problems}
              field={`${field}.${list}`}
              phase={label}
              metrics={metrics}
            />
          ))}
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
