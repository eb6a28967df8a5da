import { flexRender, type Cell, type Table } from '@tanstack/react-table';
import { useI18n } from '../../i18n/language';

// Pieces shared by the tables: sortable column heads, numeric cells and the pager.
const isNumeric = (meta: unknown): boolean => (meta as { numeric?: boolean } | undefined)?.numeric === true;

export function SortableHead<T>({ table }: { table: Table<T> }) {
  return (
    <thead>
      {table.getHeaderGroups().map((hg) => (
        <tr key={hg.id}>
          {hg.headers.map((h) => {
            const sorted = h.column.getIsSorted();
            return (
              <th key={h.id} className={isNumeric(h.column.columnDef.meta) ? 'num' : undefined}
                aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
                <button type="button" className="sort" onClick={h.column.getToggleSortingHandler()}>
                  {flexRender(h.column.columnDef.header, h.getContext())}
                  <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                </button>
              </th>
            );
          })}
        </tr>
      ))}
    </thead>
  );
}

export function BodyCell<T>({ cell }: { cell: Cell<T, unknown> }) {
  return <td className={isNumeric(cell.column.columnDef.meta) ? 'num' : undefined}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>;
}

/** Previous / page n of m / next; hidden when everything fits on one page unless `always`. */
export function Pager<T>({ table, always = false }: { table: Table<T>; always?: boolean }) {
  const { t } = useI18n();
  const pages = Math.max(1, table.getPageCount());
  if (pages <= 1 && !always) return null;
  return (
    <div className="pager">
      <button type="button" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()}>{t('previous')}</button>
      <span>{t('page', { p: table.getState().pagination.pageIndex + 1, n: pages })}</span>
      <button type="button" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>{t('next')}</button>
    </div>
  );
}
