import { Card, Table, Title } from '@mantine/core';
import type { AppStatus } from '../../api';

/** WorkspaceCard shows where the workspace lives and which version runs it. */
export function WorkspaceCard({ status }: { status: AppStatus }) {
  return (
    <Card withBorder>
      <Title order={3} mb="xs">
        Workspace
      </Title>
      <Table variant="vertical" withTableBorder={false}>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={160}>Data directory</Table.Th>
            <Table.Td>
              <code>{status.data_dir}</code>
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Log file</Table.Th>
            <Table.Td>
              <code>{status.log_file}</code>
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Version</Table.Th>
            <Table.Td>{status.version}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Build</Table.Th>
            <Table.Td>
              commit <code>{status.commit}</code>, built {status.build_date}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Card>
  );
}
