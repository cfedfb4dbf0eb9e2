import { Table, type TableProps } from '@mantine/core';
import type { Key, KeyboardEvent, ReactNode } from 'react';

/** Column is one column of a DataTable: its header and how to draw a row's cell. */
export interface Column<T> {
  /** The header; a table whose columns all have none has no header row. */
  header?: string;
  cell: (row: T) => ReactNode;
  width?: number;
  nowrap?: boolean;
}

/**
 * DataTable is a typed Mantine Table: one row per item, drawn column by
 * column, or `empty` in place of the table when there are no rows. With
 * onRowClick a row opens on a click, or on Enter when focused. Other props
 * (data-testid, highlightOnHover, …) go to the table.
 */
export function DataTable<T>({
  columns,
  rows,
  rowKey,
  rowTestId,
  empty,
  onRowClick,
  ...table
}: {
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => Key;
  rowTestId?: string;
  empty?: ReactNode;
  onRowClick?: (row: T) => void;
} & Omit<TableProps, 'children'>) {
  if (rows.length === 0 && empty) return empty;
  return (
    <Table {...table}>
      {columns.some((c) => c.header) && (
        <Table.Thead>
          <Table.Tr>
            {columns.map((c, i) => (
              <Table.Th key={i} w={c.width}>
                {c.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
      )}
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr
            key={rowKey(row)}
            data-testid={rowTestId}
            {...(onRowClick && {
              onClick: () => onRowClick(row),
              onKeyDown: (e: KeyboardEvent) => {
                if (e.key === 'Enter') onRowClick(row);
              },
              tabIndex: 0,
              style: { cursor: 'pointer' },
            })}
          >
            {columns.map((c, i) => (
              <Table.Td key={i} style={c.nowrap ? { whiteSpace: 'nowrap' } : undefined}>
                {c.cell(row)}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
