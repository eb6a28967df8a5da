import { Fragment } from 'react';
import { completionColour } from '../charts/palette';

export interface MatrixColumn {
  readonly key: string;
  readonly label: string;
  readonly sub: string; // e.g. "per 6 Feb 2024"
  readonly current: boolean; // the view's campaign
}

export interface MatrixCell {
  readonly value: number | null; // completion, 0–1
  readonly text: string;
  readonly title: string; // "61.132 / 70.014"
  readonly signed: number;
}

export interface MatrixRow {
  readonly code: string;
  readonly label: string;
  readonly employees: string;
  readonly cells: readonly MatrixCell[]; // one per column
  readonly lowest: string; // label of the campaign where the row is furthest behind
}

interface Props {
  readonly caption: string;
  readonly groupHeader: string;
  readonly employeesHeader: string;
  readonly lowestHeader: string;
  readonly columns: readonly MatrixColumn[];
  readonly total: MatrixRow;
  readonly rows: readonly MatrixRow[];
  readonly sortBy: string | null;
  readonly testId: string;
  onSort(key: string | null): void; // null: by the lowest campaign
  onOpen(code: string): void;
}

const cellStyle = (v: number | null) =>
  v === null ? undefined : { background: `linear-gradient(90deg, ${completionColour(v)}33 ${Math.round(v * 100)}%, transparent ${Math.round(v * 100)}%)` };

/** Groups down, campaigns across: each cell a completion with a bar behind it; sortable by any campaign. */
export function CampaignMatrixTable({ caption, groupHeader, employeesHeader, lowestHeader, columns, total, rows, sortBy, testId, onSort, onOpen }: Props) {
  const cells = (r: MatrixRow) => r.cells.map((c, i) => (
    <td key={columns[i].key} className={`num matrix-cell${columns[i].current ? ' current' : ''}`} style={cellStyle(c.value)} title={c.title}
      data-campaign={columns[i].key} data-value={c.value === null ? '' : String(c.value)} data-signed={c.signed}>{c.text}</td>
  ));
  const sortHead = (key: string | null, label: string, sub?: string, current = false) => (
    <th className={`num${current ? ' current' : ''}`} aria-sort={sortBy === key ? 'ascending' : 'none'}>
      <button type="button" className="sort" onClick={() => onSort(key)}>
        {label}{sortBy === key ? ' ▲' : ''}{sub ? <span className="th-sub">{sub}</span> : null}
      </button>
    </th>
  );
  return (
    <div className="table-scroll matrix" data-testid={testId}>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th className="sticky-col">{groupHeader}</th>
            <th className="num">{employeesHeader}</th>
            {columns.map((c) => <Fragment key={c.key}>{sortHead(c.key, c.label, c.sub, c.current)}</Fragment>)}
            {sortHead(null, lowestHeader)}
          </tr>
        </thead>
        <tbody>
          <tr className="total-row" data-code="TOTAL">
            <th scope="row" className="sticky-col">{total.label}</th>
            <td className="num">{total.employees}</td>
            {cells(total)}
            <td />
          </tr>
          {rows.map((r) => (
            <tr key={r.code} data-code={r.code} className="clickable" tabIndex={0} onClick={() => onOpen(r.code)}
              onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onOpen(r.code); } }}>
              <th scope="row" className="sticky-col">{r.label}</th>
              <td className="num">{r.employees}</td>
              {cells(r)}
              <td className="lowest">{r.lowest}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
