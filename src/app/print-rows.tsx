import type { Column } from '../components/table/DataTable';

interface PrintRowsProps<T> {
  readonly rows: readonly T[];
  readonly columns: readonly Column<T>[];
  readonly limit: number; // the rows that fit the printed page
  readonly caption: string;
  readonly more: (n: number) => string; // "and 12 more units"
  readonly testId: string;
  readonly grow: string; // the column that takes the room left (a name, shortened with an ellipsis)
}

/**
 * A list on paper only: the first rows that fit the page, then one line saying how many are left
 * out, so that a long list never spills onto a second page. Cells stay on one line.
 */
export function PrintRows<T>({ rows, columns, limit, caption, more, testId, grow }: PrintRowsProps<T>) {
  const shown = rows.slice(0, limit);
  const cls = (c: Column<T>) => [c.numeric ? 'num' : '', c.id === grow ? 'grow' : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="print-only print-rows" data-testid={testId} data-rows={shown.length} data-more={rows.length - shown.length}>
      <p className="print-caption">{caption}</p>
      <table>
        <thead><tr>{columns.map((c) => <th key={c.id} className={cls(c)}>{c.header}</th>)}</tr></thead>
        <tbody>
          {shown.map((row, i) => (
            <tr key={i}>
              {columns.map((c) => <td key={c.id} className={cls(c)}>{c.render ? c.render(row) : String(c.value(row) ?? '–')}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > limit ? <p className="print-more">{more(rows.length - limit)}</p> : null}
    </div>
  );
}
