import { useMemo } from 'react';
import { memoData } from '../memo-data';
import { ChartFigure } from './chart-figure';
import { FILL, GAP, planColumns, type ColumnSizes, type MonthFigures } from './column-layout';
import { BarChoiceContext, KeyRings } from './key-rings';
import { PALETTE } from './palette';
import { PRINT_CHART_HEIGHT, PRINT_CHART_WIDTH, PRINT_FONT } from './print-size';
import { useBandPointer } from './use-band-pointer';
import { usePrinting } from './use-printing';

// Cases per month as stacked columns (closed, open, and the part withheld from the split), drawn as
// plain SVG like the bar charts (HorizontalBars.tsx): no chart library has to arrive before it shows,
// and a filter change redraws it in one pass. With Recharts, each change went through its store and
// redrew in an animation-frame task of 50–240 ms.

export interface MonthColumn extends MonthFigures {
  readonly text?: string; // the month as read aloud and in the table, when a count is withheld
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

// Sizes on screen and on paper: fonts, the month labels' row, the legend's row, the count axis's tick marks.
const SCREEN: ColumnSizes = { font: 10, legendFont: 12, axis: 22, legend: 22, swatch: 12, tick: 5 };
const PAPER: ColumnSizes = { font: PRINT_FONT, legendFont: PRINT_FONT, axis: 15, legend: 12, swatch: 8, tick: 3 };
const AXIS = '#666';
const INK = '#374151';

function MonthColumnsView(props: MonthColumnsProps) {
  const { columns, emptyText, description, selected, onSelect } = props;
  const printing = usePrinting();
  const choice = useMemo(() => ({ selected: selected ?? null, onSelect }), [selected, onSelect]);
  if (columns.length === 0) return <p className="empty">{emptyText}</p>;
  return (
    <BarChoiceContext.Provider value={choice}>
      <ChartFigure description={description} height={260} print={printing ? { width: PRINT_CHART_WIDTH, height: PRINT_CHART_HEIGHT } : null}>
        {({ width, height }) => <ColumnsDrawing {...props} width={width} height={height} printing={printing} />}
      </ChartFigure>
    </BarChoiceContext.Provider>
  );
}

interface DrawingProps extends MonthColumnsProps {
  readonly width: number;
  readonly height: number;
  readonly printing: boolean;
}

function ColumnsDrawing({ columns, openLabel, closedLabel, unsplitLabel = '', description, selected, onSelect, width, height, printing }: DrawingProps) {
  const size = printing ? PAPER : SCREEN;
  const layout = useMemo(
    () => planColumns(columns, [
      { key: 'closed', colour: PALETTE.sky, label: closedLabel },
      { key: 'open', colour: PALETTE.vermillion, label: openLabel },
      ...(columns.some((c) => c.unsplit !== undefined) ? [{ key: 'unsplit', colour: PALETTE.grey, label: unsplitLabel } as const] : []),
    ], width, height, size),
    // `columns` is a new array only when its figures changed (memo-data.tsx); the labels change with the language.
    [columns, width, height, printing, openLabel, closedLabel, unsplitLabel],
  );
  const { parts, labels, ticks, tickTexts, left, plotWidth, top, bottom, band, yOf, every, stacks, legend } = layout;
  const pointer = useBandPointer('x', width, left, band, columns.length, onSelect && ((i) => onSelect(columns[i].month)));
  const { hover } = pointer;
  const tip = hover >= 0 && hover < columns.length && !printing ? columns[hover] : null;
  const dim = (month: string) => (selected && selected !== month ? 0.35 : 1);
  return (
    <>
      <svg className="chart-surface month-columns" width={width} height={height} viewBox={`0 0 ${width} ${height}`} onMouseMove={pointer.onMouseMove} onMouseLeave={pointer.onMouseLeave}
        onClick={pointer.onClick} style={onSelect && hover >= 0 ? { cursor: 'pointer' } : undefined}>
        <g className="mc-grid" stroke="#e5e7eb">
          {ticks.map((t) => <line key={t} x1={left} x2={left + plotWidth} y1={yOf(t)} y2={yOf(t)} />)}
        </g>
        {tip ? <rect className="mc-hover" x={left + hover * band} y={top} width={band} height={bottom - top} fill="#f3f4f6" /> : null}
        <g className="mc-columns">
          {stacks.map((stack, i) => (
            <g key={columns[i].month} className="mc" data-month={columns[i].month} fillOpacity={dim(columns[i].month)}>
              {stack.map((s) => (s.height > 0 ? <rect key={s.key} className={`mc-${s.key}`} x={s.x} y={s.y} width={band * FILL} height={s.height} fill={s.colour} /> : null))}
            </g>
          ))}
        </g>
        <g className="mc-axis" stroke={AXIS}>
          <line x1={left} x2={left + plotWidth} y1={bottom} y2={bottom} />
          <line x1={left} x2={left} y1={top} y2={bottom} />
          {ticks.map((t) => <line key={t} x1={left - size.tick} x2={left} y1={yOf(t)} y2={yOf(t)} />)}
        </g>
        <g className="mc-ticks" fontSize={size.font} fill={AXIS} textAnchor="end">
          {ticks.map((t, i) => <text key={t} x={left - size.tick - 2} y={yOf(t)} dominantBaseline="central">{tickTexts[i]}</text>)}
        </g>
        {/* Month labels start half a line below the axis: clear of the count axis's 0, which is centred on it. */}
        <g className="mc-labels" fontSize={size.font} fill={AXIS} textAnchor="middle">
          {columns.map((c, i) => (i % every === 0
            ? <text key={c.month} x={left + (i + 0.5) * band} y={bottom + size.font / 2 + 2} dominantBaseline="hanging">{labels[i]}</text>
            : null))}
        </g>
        <g className="mc-legend" fontSize={size.legendFont} fill={INK}>
          {legend.map((p) => (
            <g key={p.key}>
              <rect x={p.x} y={p.middle - size.swatch / 2} width={size.swatch} height={size.swatch} fill={p.colour} />
              <text x={p.x + size.swatch + GAP} y={p.middle} dominantBaseline="central">{p.text === p.label ? p.label : <><title>{p.label}</title>{p.text}</>}</text>
            </g>
          ))}
        </g>
        {printing ? null : (
          <KeyRings across label={description.split(': ')[0]}
            items={columns.map((c) => ({ code: c.month, name: `${c.label}: ${c.text ?? `${closedLabel} ${c.closed}, ${openLabel} ${c.open}`}` }))}
            boxes={columns.map((_, i) => ({ x: left + i * band + 1, y: top - 2, width: Math.max(2, band - 2), height: bottom - top + 18 }))} />
        )}
      </svg>
      {tip ? (
        <div className="chart-tooltip" aria-hidden="true" style={{ top: top + 4, left: Math.max(0, Math.min(left + (hover + 1) * band + GAP, width - 180)) }}>
          <p className="chart-tooltip-label">{tip.label}</p>
          {/* A month with a withheld count says only what may be shown. */}
          {tip.text !== undefined
            ? <p className="chart-tooltip-value">{tip.text}</p>
            : parts.filter((p) => p.key !== 'unsplit').map((p) => (
              <p key={p.key} className="chart-tooltip-value"><span style={{ color: p.colour }} aria-hidden="true">■ </span>{p.label}: {tip[p.key]}</p>
            ))}
        </div>
      ) : null}
    </>
  );
}

/** Re-renders only when its figures change (components/memo-data.tsx). */
export const MonthColumns = memoData(MonthColumnsView);
