import { memoData } from '../memo-data';
import {
  createColumnHelper, getCoreRowModel, getFilteredRowModel, getPaginationRowModel, getSortedRowModel,
  useReactTable, type SortingState,
} from '@tanstack/react-table';
import { BodyCell, Pager, SortableHead } from './table-parts';
import { useMemo, useState } from 'react';
import type { UnitRow } from '../../view-models/overview';

export interface UnitsTableText {
  readonly unit: string; readonly code: string; readonly type: string; readonly kanwil: string; readonly directorate: string;
  readonly employees: string; readonly signed: string; readonly notYet: string; readonly completion: string;
  readonly incidents: string; readonly openIncidents: string; readonly search: string; readonly noData: string;
  rowsShown(n: number): string;
  typeLabel(type: string): string;
}

interface UnitsTableProps {
  readonly rows: readonly UnitRow[];
  readonly text: UnitsTableText;
  readonly formatInt: (n: number) => string;
  readonly formatPct: (f: number | null) => string;
  readonly sort: string | null; // column id, '-' prefix for descending
  readonly selected?: string | null;
  onSort(sort: string | null): void;
  onRowClick?(code: string): void;
  onDownload?(rows: readonly UnitRow[]): void;
  readonly downloadLabel?: string;
}

const DEFAULT_SORT = 'completion';
const toSorting = (sort: string | null): SortingState => {
  const s = sort ?? DEFAULT_SORT;
  return [{ id: s.replace(/^-/, ''), desc: s.startsWith('-') }];
};

const helper = createColumnHelper<UnitRow>();

function UnitsTableView({ rows, text, formatInt, formatPct, sort, selected, onSort, onRowClick, onDownload, downloadLabel }: UnitsTableProps) {
  // A stable array: a new one on every render makes the table re-sort, reset its page and render again, forever.
  const sorting = useMemo(() => toSorting(sort), [sort]);
  const [filter, setFilter] = useState('');
  const columns = useMemo(() => [
    helper.accessor('name', { header: text.unit, cell: (c) => <span title={c.row.original.code}>{c.getValue()}</span> }),
    helper.accessor('code', { header: text.code }),
    helper.accessor('type', { header: text.type, cell: (c) => text.typeLabel(c.getValue()) }),
    helper.accessor('kanwil', { header: text.kanwil }),
    helper.accessor('directorate', { header: text.directorate }),
    helper.accessor('employees', { header: text.employees, cell: (c) => formatInt(c.getValue()), meta: { numeric: true } }),
    helper.accessor('signed', { header: text.signed, cell: (c) => formatInt(c.getValue()), meta: { numeric: true } }),
    helper.accessor('notSigned', { header: text.notYet, cell: (c) => formatInt(c.getValue()), meta: { numeric: true } }),
    helper.accessor('completion', {
      header: text.completion, cell: (c) => formatPct(c.getValue()), meta: { numeric: true },
      sortUndefined: 'last', sortingFn: (a, b) => (a.original.completion ?? 2) - (b.original.completion ?? 2),
    }),
    helper.accessor('incidents', { header: text.incidents, cell: (c) => c.row.original.incidentsText ?? formatInt(c.getValue()), meta: { numeric: true } }),
    helper.accessor('openIncidents', { header: text.openIncidents, cell: (c) => c.row.original.openText ?? formatInt(c.getValue()), meta: { numeric: true } }),
  ], [text, formatInt, formatPct]);

  const table = useReactTable({
    data: rows as UnitRow[],
    columns,
    state: { sorting, globalFilter: filter },
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      const value = first ? `${first.desc ? '-' : ''}${first.id}` : null;
      onSort(value === DEFAULT_SORT ? null : value);
    },
    onGlobalFilterChange: setFilter,
    globalFilterFn: 'includesString',
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
    initialState: { pagination: { pageSize: 15 } },
  });

  return (
    <div className="units-table" data-testid="units-table">
      <div className="table-tools">
        <input type="search" value={filter} onChange={(e) => { setFilter(e.target.value); table.setPageIndex(0); }}
          placeholder={text.search} aria-label={text.search} />
        <span className="muted">{text.rowsShown(table.getFilteredRowModel().rows.length)}</span>
        {onDownload ? <button type="button" onClick={() => onDownload(table.getSortedRowModel().rows.map((r) => r.original))}>{downloadLabel}</button> : null}
      </div>
      <div className="table-scroll">
        <table>
          <SortableHead table={table} />
          <tbody>
            {table.getRowModel().rows.length === 0 ? (
              <tr><td colSpan={columns.length} className="empty">{text.noData}</td></tr>
            ) : table.getRowModel().rows.map((row) => (
              <tr key={row.id} className={`${onRowClick ? 'clickable' : ''}${selected === row.original.code ? ' selected' : ''}`}
                onClick={onRowClick ? () => onRowClick(row.original.code) : undefined}
                tabIndex={onRowClick ? 0 : undefined}
                onKeyDown={onRowClick ? (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onRowClick(row.original.code); } } : undefined}
                aria-selected={onRowClick ? selected === row.original.code : undefined}>
                {row.getVisibleCells().map((cell) => <BodyCell key={cell.id} cell={cell} />)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager table={table} always />
    </div>
  );
}

/** Re-renders only when its figures change (components/memo-data.tsx). */
export const UnitsTable = memoData(UnitsTableView);
