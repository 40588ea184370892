import { Fragment, useState, type ComponentProps, type ReactNode } from 'react';
import { ActionIcon, Badge, Table, Text, type MantineSpacing } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';

/** One column of a `DataTable`: its header and what each row shows in it. */
export interface Column<T> {
  /** The header cell (none over a column of buttons). */
  readonly header?: ReactNode;
  readonly cell: (row: T) => ReactNode;
  /** Figures line up on the right, header and cells alike. */
  readonly align?: 'right';
  readonly width?: number;
  /** The cells never wrap (the table scrolls sideways on a narrow screen instead). */
  readonly nowrap?: boolean;
}

/** A column of plain text in the table's size. */
export const textColumn = <T,>(header: ReactNode, text: (row: T) => ReactNode): Column<T> => ({
  header,
  cell: (row) => <Text size="sm">{text(row)}</Text>,
});

/** A column of labels (a programme, a department, an event type), written as they are. */
export const labelColumn = <T,>(header: ReactNode, label: (row: T) => ReactNode): Column<T> => ({
  header,
  cell: (row) => (
    <Badge variant="light" radius="sm" tt="none">
      {label(row)}
    </Badge>
  ),
});

/**
 * A table of rows, one column definition for each column, the same way on every screen.
 * With `minWidth`, a narrow screen scrolls the table sideways rather than squeezing it.
 * `after` adds what stands under a row (an opened row's details, see `DetailsRow`).
 */
export function DataTable<T>({
  label,
  rows,
  rowKey,
  columns,
  minWidth,
  verticalSpacing = 'xs',
  highlightOnHover = false,
  rowProps,
  after,
}: {
  label: string;
  rows: readonly T[];
  rowKey: (row: T) => string;
  columns: readonly Column<T>[];
  minWidth?: number;
  verticalSpacing?: MantineSpacing | number;
  highlightOnHover?: boolean;
  rowProps?: (row: T) => ComponentProps<typeof Table.Tr>;
  after?: (row: T) => ReactNode;
}) {
  const table = (
    <Table verticalSpacing={verticalSpacing} highlightOnHover={highlightOnHover} aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((column, i) => (
            <Table.Th key={i} ta={column.align} w={column.width}>
              {column.header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Fragment key={rowKey(row)}>
            <Table.Tr {...rowProps?.(row)}>
              {columns.map((column, i) => (
                <Table.Td key={i} ta={column.align} style={column.nowrap ? { whiteSpace: 'nowrap' } : undefined}>
                  {column.cell(row)}
                </Table.Td>
              ))}
            </Table.Tr>
            {after?.(row)}
          </Fragment>
        ))}
      </Table.Tbody>
    </Table>
  );
  return minWidth === undefined ? table : <Table.ScrollContainer minWidth={minWidth}>{table}</Table.ScrollContainer>;
}

/** The details under an opened row: below every column but the first (the one of the open and close buttons). */
export function DetailsRow({ columns, children, ...props }: ComponentProps<typeof Table.Tr> & { columns: number; children: ReactNode }) {
  return (
    <Table.Tr {...props}>
      <Table.Td />
      <Table.Td colSpan={columns - 1}>{children}</Table.Td>
    </Table.Tr>
  );
}

/** The button that opens or closes a row's details (`small` in a dense table). */
export function OpenRowButton({
  open,
  label,
  onToggle,
  controls,
  small = false,
}: {
  open: boolean;
  label: string;
  onToggle: () => void;
  /** The id of the details it opens. */
  controls?: string;
  small?: boolean;
}) {
  const Icon = open ? IconChevronDown : IconChevronRight;
  return (
    <ActionIcon
      variant="subtle"
      color="gray"
      size={small ? 'sm' : undefined}
      aria-label={label}
      aria-expanded={open}
      aria-controls={controls}
      onClick={(event) => {
        // The row itself may open on a click too: one click, one toggle.
        event.stopPropagation();
        onToggle();
      }}
    >
      <Icon size={small ? 14 : 16} />
    </ActionIcon>
  );
}

/** Which rows are open (by key), and a way to open or close one. */
export function useOpenRows() {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  return { isOpen: (key: string) => open.has(key), toggle };
}
