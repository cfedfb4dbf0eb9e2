import { Select, Stack, Table, Text } from '@mantine/core';
import type { FieldProblem, PlanForm } from '../../api';
import { errorAt, linkID, setLink } from './draft';

/**
 * LinkFields lists the release's linked flags with the variation that
 * counts as released, chosen from the flag's variations as last synced.
 * Flags are linked and unlinked on the release page.
 */
export function LinkFields({
  plan,
  onChange,
  problems,
  variations,
}: {
  plan: PlanForm;
  onChange: (plan: PlanForm) => void;
  problems: FieldProblem[];
  variations: (link: PlanForm['links'][number]) => string[];
}) {
  if (plan.links.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        Linked flags
      </Text>
      <Table withTableBorder verticalSpacing={4} layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Flag</Table.Th>
            <Table.Th>Environment</Table.Th>
            <Table.Th>Provider · project</Table.Th>
            <Table.Th w={220}>Released variation</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plan.links.map((link, i) => (
            <Table.Tr key={linkID(link)}>
              <Table.Td>
                <Text size="sm" truncate="end" title={link.flag_key}>
                  {link.flag_key}
                </Text>
              </Table.Td>
              <Table.Td>{link.environment}</Table.Td>
              <Table.Td>
                <Text size="sm" truncate="end" title={`${link.provider} · ${link.project}`}>
                  {link.provider} · {link.project}
                </Text>
              </Table.Td>
              <Table.Td>
                <Select
                  size="xs"
                  aria-label={`Released variation of ${link.flag_key} in ${link.environment}`}
                  data={[...new Set([link.variation, ...variations(link)])].filter(Boolean)}
                  value={link.variation}
                  allowDeselect={false}
                  error={errorAt(problems, `flags.${i}`)}
                  onChange={(v) => v && onChange(setLink(plan, i, { variation: v }))}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
