import { memoData } from '../memo-data';
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { ColumnKeys } from './column-keys';
import { BarChoiceContext } from './key-rings';
import { categoryInterval, gridAt } from './axis-ticks';
import { valueTicks } from './bar-layout';
import { ChartFigure } from './chart-figure';
import { PALETTE } from './palette';
import { PRINT_CHART_HEIGHT, PRINT_CHART_WIDTH, PRINT_FONT } from './print-size';
import { textWidth } from './text-width';
import { usePrinting } from './use-printing';

export interface MonthColumn {
  readonly month: string;
  readonly label: string;
  readonly open: number;
  readonly closed: number;
  readonly unsplit?: number; // cases shown without their open / closed split (a part of it is withheld)
  readonly text?: string; // the month as read aloud and in the table, when a count is withheld
  readonly mark?: string; // written under a month whose count is withheld (its column has no height)
}

interface MonthColumnsProps {
  readonly columns: readonly MonthColumn[];
  readonly openLabel: string;
  readonly closedLabel: string;
  readonly emptyText: string;
  readonly description: string;
  readonly selected?: string | null;
  readonly unsplitLabel?: string;
  onSelect?(month: string): void;
}

function MonthColumnsView({ columns, openLabel, closedLabel, unsplitLabel, emptyText, description, selected, onSelect }: MonthColumnsProps) {
  const printing = usePrinting();
  const key = JSON.stringify(columns);
  const data = useMemo(() => columns.map((c) => ({ ...c })), [key]);
  const names = useMemo(() => new Map(columns.map((c) => [c.month, c.label])), [key]);
  // A withheld month has no column to see: its axis label says what it holds.
  const ticks = useMemo(() => new Map(columns.map((c) => [c.month, c.mark ? `${c.label} (${c.mark})` : c.label])), [key]);
  const choice = useMemo(() => ({ selected: selected ?? null, onSelect }), [selected, onSelect]);
  if (columns.length === 0) return <p className="empty">{emptyText}</p>;
  const font = printing ? PRINT_FONT : 10;
  const nameOf = (month: unknown) => names.get(String(month)) ?? String(month);
  const tickOf = (month: unknown) => ticks.get(String(month)) ?? String(month);
  // The last month's label is centred under its column: room for its right half, so it is not clipped.
  const right = Math.ceil(Math.max(8, textWidth(tickOf(columns[columns.length - 1].month), font) / 2 + 2));
  const yWidth = printing ? 26 : 36;
  // Which months get a label is planned here from the widest label, so Recharts measures none.
  const widest = Math.max(...columns.map((c) => textWidth(tickOf(c.month), font)));
  // The count axis's ticks, chosen here too (round steps up to the tallest column): the grid's lines go at them.
  const counts = valueTicks(Math.max(...columns.map((c) => c.open + c.closed + (c.unsplit ?? 0))));
  return (
    <BarChoiceContext.Provider value={choice}>
      <ChartFigure description={description} height={260} print={printing ? { width: PRINT_CHART_WIDTH, height: PRINT_CHART_HEIGHT } : null}>
        {({ width, height }) => (
        <BarChart width={width} height={height} data={data} margin={{ top: 8, right, bottom: 4, left: 0 }} style={onSelect ? { cursor: 'pointer' } : undefined} accessibilityLayer={false}
          onClick={onSelect ? (state: { activeLabel?: string | number; activeIndex?: number | string | null }) => {
            const index = Number(state?.activeIndex);
            if (Number.isInteger(index) && columns[index]) onSelect(columns[index].month);
          } : undefined}>
          <CartesianGrid vertical={false} stroke="#e5e7eb" horizontalCoordinatesGenerator={({ yAxis }) => gridAt(yAxis, counts)} />
          <XAxis dataKey="month" tickFormatter={tickOf} tick={{ fontSize: font }} interval={categoryInterval(columns.length, width - yWidth - right, widest, 8)} height={printing ? 16 : 30} />
          <YAxis allowDecimals={false} tick={{ fontSize: font }} width={yWidth} interval={0} ticks={counts} domain={[0, counts[counts.length - 1]]} />
          <Tooltip labelFormatter={nameOf} />
          <Legend wrapperStyle={{ fontSize: printing ? PRINT_FONT : 12 }} iconSize={printing ? 8 : 14} />
          <Bar dataKey="closed" name={closedLabel} stackId="s" fill={PALETTE.sky} isAnimationActive={false}>
            {columns.map((c) => <Cell key={c.month} fillOpacity={selected && selected !== c.month ? 0.35 : 1} />)}
          </Bar>
          <Bar dataKey="open" name={openLabel} stackId="s" fill={PALETTE.vermillion} isAnimationActive={false}>
            {columns.map((c) => <Cell key={c.month} fillOpacity={selected && selected !== c.month ? 0.35 : 1} />)}
          </Bar>
          {columns.some((c) => c.unsplit !== undefined) ? (
            <Bar dataKey="unsplit" name={unsplitLabel} stackId="s" fill={PALETTE.grey} isAnimationActive={false}>
              {columns.map((c) => <Cell key={c.month} fillOpacity={selected && selected !== c.month ? 0.35 : 1} />)}
            </Bar>
          ) : null}
          {printing ? null : (
            <ColumnKeys items={columns.map((c) => ({ code: c.month, name: `${c.label}: ${c.text ?? `${closedLabel} ${c.closed}, ${openLabel} ${c.open}`}` }))}
              label={description.split(': ')[0]} />
          )}
        </BarChart>
        )}
      </ChartFigure>
    </BarChoiceContext.Provider>
  );
}

/** Re-renders only when its figures change (components/memo-data.tsx). */
export const MonthColumns = memoData(MonthColumnsView);
