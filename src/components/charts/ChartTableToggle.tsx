import { useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/language';
import { usePrinting } from './use-printing';

interface ChartTableToggleProps {
  readonly chart: ReactNode;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly caption: string;
}

/** A chart with a button that shows the same figures as a table (text alternative, keyboard friendly). */
export function ChartTableToggle({ chart, header, rows, caption }: ChartTableToggleProps) {
  const { t } = useI18n();
  const [table, setTable] = useState(false);
  // Paper always gets the chart: its height is planned for one page, a long table's is not.
  const printing = usePrinting();
  return (
    <div className="chart-toggle">
      {table && !printing ? (
        <div className="table-scroll chart-table">
          <table>
            <caption className="visually-hidden">{caption}</caption>
            <thead><tr>{header.map((h, i) => <th key={h} className={i > 0 ? 'num' : undefined}>{h}</th>)}</tr></thead>
            <tbody>{rows.map((r) => <tr key={r.join('|')}>{r.map((c, i) => <td key={i} className={i > 0 ? 'num' : undefined}>{c}</td>)}</tr>)}</tbody>
          </table>
        </div>
      ) : chart}
      <button type="button" className="small no-print toggle-table" aria-pressed={table} onClick={() => setTable(!table)} data-testid="toggle-table">
        {table ? t('hideTable') : t('showTable')}
      </button>
    </div>
  );
}
