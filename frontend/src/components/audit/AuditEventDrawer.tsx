import { Badge, Box, Drawer, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { AuditEvent } from '../../api';
import { formatDateTime } from '../../format';
import { fieldChanges, type FieldChange } from './auditChanges';

/** AuditEventDrawer shows one audit event: when, who, what, the comment, and the state before and after. */
export function AuditEventDrawer({ event, onClose }: { event: AuditEvent | null; onClose: () => void }) {
  return (
    <Drawer opened={event !== null} onClose={onClose} position="right" size="xl" title="Audit event" data-testid="audit-drawer">
      {event && <EventDetail event={event} />}
    </Drawer>
  );
}

function EventDetail({ event }: { event: AuditEvent }) {
  const changes = fieldChanges(event.before, event.after);
  const changed = changes.filter((c) => c.changed);
  const unchanged = changes.filter((c) => !c.changed);
  return (
    <Stack gap="md">
      <Table variant="vertical" withTableBorder={false} data-testid="audit-drawer-facts">
        <Table.Tbody>
          <Fact label="When">{formatDateTime(event.at)}</Fact>
          <Fact label="Who">{event.actor}</Fact>
          <Fact label="Action">
            <code>{event.action}</code>
          </Fact>
          <Fact label="Release">{event.release || '—'}</Fact>
          {event.subject && <Fact label="Target">{event.subject}</Fact>}
          <Fact label="What happened">{event.summary}</Fact>
          <Fact label="Comment">{event.comment || <Text c="dimmed">No comment was given.</Text>}</Fact>
        </Table.Tbody>
      </Table>
      <Box>
        <Text fw={600} mb="xs">
          Before and after
        </Text>
        {changes.length === 0 ? (
          <Text size="sm" c="dimmed">
            This action records no state before and after.
          </Text>
        ) : (
          <Changes changed={changed} unchanged={unchanged} />
        )}
      </Box>
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={130} style={{ verticalAlign: 'top' }}>
        {label}
      </Table.Th>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>{children}</Table.Td>
    </Table.Tr>
  );
}

function Changes({ changed, unchanged }: { changed: FieldChange[]; unchanged: FieldChange[] }) {
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {changed.length === 0 ? 'No field changed.' : `${changed.length} field${changed.length === 1 ? '' : 's'} changed`}
        {unchanged.length > 0 && `; ${unchanged.length} unchanged, shown dimmed.`}
      </Text>
      <Table withTableBorder withColumnBorders data-testid="audit-changes" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="28%">Field</Table.Th>
            <Table.Th>Before</Table.Th>
            <Table.Th>After</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...changed, ...unchanged].map((c) => (
            <ChangeRow key={c.field} change={c} />
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

const cell = { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap', fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } as const;

function ChangeRow({ change }: { change: FieldChange }) {
  const dim = change.changed ? undefined : 'dimmed';
  if (change.lines) {
    return (
      <Table.Tr data-changed="true">
        <Table.Td style={{ verticalAlign: 'top' }}>
          <Badge size="xs" color="yellow" mr={4}>
            changed
          </Badge>
          {change.field}
        </Table.Td>
        <Table.Td colSpan={2} style={cell}>
          {change.lines.map((l, i) => (
            <Text key={i} component="div" size="sm" style={cell} c={l.kind === 'added' ? 'green.8' : l.kind === 'removed' ? 'red.8' : 'dimmed'}>
              {l.kind === 'added' ? '+ ' : l.kind === 'removed' ? '− ' : '  '}
              {l.text}
            </Text>
          ))}
        </Table.Td>
      </Table.Tr>
    );
  }
  return (
    <Table.Tr data-changed={change.changed ? 'true' : 'false'} bg={change.changed ? 'var(--mantine-color-yellow-light)' : undefined}>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <Text size="sm" c={dim} fw={change.changed ? 600 : undefined} style={{ overflowWrap: 'anywhere' }}>
          {change.field}
        </Text>
      </Table.Td>
      <Table.Td style={cell}>
        <Text size="sm" c={dim} style={cell}>
          {change.before || '—'}
        </Text>
      </Table.Td>
      <Table.Td style={cell}>
        <Text size="sm" c={dim} style={cell}>
          {change.after || '—'}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
