import {
  getCoreRowModel, getPaginationRowModel, getSortedRowModel, useReactTable, type ColumnDef, type SortingState,
} from '@tanstack/react-table';
import { BodyCell, Pager, SortableHead } from './table-parts';
import { useMemo, useState } from 'react';
import { useI18n } from '../../i18n/language';

export interface Column<T> {
  readonly id: string;
  readonly header: string;
  value(row: T): string | number | null; // sort value, and the cell text unless `render` is given
  render?(row: T): string;
  readonly numeric?: boolean;
}

interface DataTableProps<T> {
  readonly rows: readonly T[];
  readonly columns: readonly Column<T>[];
  readonly pageSize?: number;
  readonly testId?: string;
  readonly caption?: string;
  readonly initialSort?: SortingState;
}

/** A sortable, paginated table of plain text cells. */
export function DataTable<T>({ rows, columns, pageSize = 15, testId, caption, initialSort = [] }: DataTableProps<T>) {
  const { t } = useI18n();
  const [sorting, setSorting] = useState<SortingState>(initialSort);
  const defs = useMemo<ColumnDef<T>[]>(() => columns.map((c) => ({
    id: c.id, header: c.header, accessorFn: (row: T) => c.value(row), sortUndefined: 'last',
    cell: (ctx) => (c.render ? c.render(ctx.row.original) : String(c.value(ctx.row.original) ?? '–')),
    meta: { numeric: c.numeric },
  })), [columns]);
  const table = useReactTable({
    data: rows as T[], columns: defs, state: { sorting }, onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(), getSortedRowModel: getSortedRowModel(), getPaginationRowModel: getPaginationRowModel(),
    initialState: { pagination: { pageSize } },
  });
  return (
    <div data-testid={testId}>
      <div className="table-scroll">
        <table>
          {caption ? <caption className="visually-hidden">{caption}</caption> : null}
          <SortableHead table={table} />
          <tbody>
            {table.getRowModel().rows.length === 0 ? <tr><td colSpan={columns.length} className="empty">{t('noData')}</td></tr> : null}
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id}>
                {row.getVisibleCells().map((cell) => <BodyCell key={cell.id} cell={cell} />)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager table={table} />
    </div>
  );
}
