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
  rowProps?(row: T): Record<`data-${string}`, string | number>; // figures of a row for automation
  onRowClick?(row: T): void; // a row then opens with a click, Enter or Space
  rowLabel?(row: T): string; // what the row does, for screen readers
}

/** A sortable, paginated table of plain text cells; rows may open something (click or keyboard). */
export function DataTable<T>({ rows, columns, pageSize = 15, testId, caption, initialSort = [], rowProps, onRowClick, rowLabel }: DataTableProps<T>) {
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
              <tr key={row.id} {...rowProps?.(row.original)} className={onRowClick ? 'clickable' : undefined}
                onClick={onRowClick ? () => onRowClick(row.original) : undefined} tabIndex={onRowClick ? 0 : undefined}
                title={onRowClick && rowLabel ? rowLabel(row.original) : undefined}
                onKeyDown={onRowClick ? (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onRowClick(row.original); } } : undefined}>
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
