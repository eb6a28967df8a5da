import { memoData } from '../memo-data';
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { PALETTE } from './palette';

export interface MonthColumn {
  readonly month: string;
  readonly label: string;
  readonly open: number;
  readonly closed: number;
}

interface MonthColumnsProps {
  readonly columns: readonly MonthColumn[];
  readonly openLabel: string;
  readonly closedLabel: string;
  readonly emptyText: string;
  readonly description: string;
  readonly selected?: string | null;
  onSelect?(month: string): void;
}

function MonthColumnsView({ columns, openLabel, closedLabel, emptyText, description, selected, onSelect }: MonthColumnsProps) {
  const key = JSON.stringify(columns);
  const data = useMemo(() => columns.map((c) => ({ ...c })), [key]);
  if (columns.length === 0) return <p className="empty">{emptyText}</p>;
  return (
    <figure className="chart" style={{ height: 260 }} aria-label={description}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 4, left: 0 }} style={onSelect ? { cursor: 'pointer' } : undefined}
          onClick={onSelect ? (state: { activeLabel?: string | number; activeIndex?: number | string | null }) => {
            const index = Number(state?.activeIndex);
            if (Number.isInteger(index) && columns[index]) onSelect(columns[index].month);
          } : undefined}>
          <CartesianGrid vertical={false} stroke="#e5e7eb" />
          <XAxis dataKey="label" tick={{ fontSize: 10 }} interval="preserveStartEnd" minTickGap={8} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={36} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="closed" name={closedLabel} stackId="s" fill={PALETTE.sky} isAnimationActive={false}>
            {columns.map((c) => <Cell key={c.month} fillOpacity={selected && selected !== c.month ? 0.35 : 1} />)}
          </Bar>
          <Bar dataKey="open" name={openLabel} stackId="s" fill={PALETTE.vermillion} isAnimationActive={false}>
            {columns.map((c) => <Cell key={c.month} fillOpacity={selected && selected !== c.month ? 0.35 : 1} />)}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** Re-renders only when its figures change (components/memo-data.tsx). */
export const MonthColumns = memoData(MonthColumnsView);
