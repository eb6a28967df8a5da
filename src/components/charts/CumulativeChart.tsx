import { memoData } from '../memo-data';
import { useMemo } from 'react';
import { Area, AreaChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrendPoint } from '../../view-models/overview';
import { dayTicks, gridAt } from './axis-ticks';
import { ChartFigure } from './chart-figure';
import { DeadlineLabel } from './deadline-label';
import { PALETTE } from './palette';
import { PRINT_CHART_HEIGHT, PRINT_CHART_WIDTH, PRINT_FONT, type ChartSize } from './print-size';
import { textWidth } from './text-width';
import { usePrinting } from './use-printing';

interface CumulativeChartProps {
  readonly points: readonly TrendPoint[];
  readonly formatPct: (fraction: number) => string;
  readonly formatDay: (day: string) => string;
  readonly formatInt: (n: number) => string;
  readonly emptyText: string;
  readonly description: string;
  readonly deadline?: string | null;
  readonly deadlineLabel?: string;
  readonly printSize?: ChartSize; // on paper; a column of the printed overview unless given
}

const PCT_TICKS = [0, 0.25, 0.5, 0.75, 1];

function CumulativeChartView({ points, formatPct, formatDay, formatInt, emptyText, description, deadline, deadlineLabel, printSize }: CumulativeChartProps) {
  const printing = usePrinting();
  const key = JSON.stringify(points);
  const data = useMemo(() => points.map((p) => ({ ...p })), [key]);
  if (points.length === 0) return <p className="empty">{emptyText}</p>;
  const font = printing ? PRINT_FONT : 11;
  const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);
  const last = points[points.length - 1];
  // Room on the left for the widest percentage ("100,0 %") and on the right for half of the last day
  // label, which may sit at the very end of the axis: neither is clipped.
  const yWidth = Math.ceil(textWidth(formatPct(1), font) + 10);
  // The time axis runs from the first day to the last, or to the deadline when it lies outside them;
  // its days are chosen here, as many as fit (axis-ticks.ts).
  const deadlineTime = deadline ? Date.parse(`${deadline}T00:00:00Z`) : Number.NaN;
  const start = Number.isNaN(deadlineTime) ? points[0].time : Math.min(points[0].time, deadlineTime);
  const end = Number.isNaN(deadlineTime) ? last.time : Math.max(last.time, deadlineTime);
  const dayWidth = Math.max(textWidth(formatDay(dayOf(start)), font), textWidth(formatDay(dayOf(end)), font));
  const right = Math.ceil(Math.max(16, dayWidth / 2 + 4));
  const xTicks = (width: number) => dayTicks(start, end, width - yWidth - right - 4, dayWidth, printing ? 24 : 40);
  return (
    <ChartFigure description={description} height={260}
      print={printing ? printSize ?? { width: PRINT_CHART_WIDTH, height: PRINT_CHART_HEIGHT } : null}>
      {({ width, height }) => {
      const days = xTicks(width);
      return (
      <AreaChart width={width} height={height} data={data} margin={{ top: 10, right, bottom: 4, left: 4 }}>
        <CartesianGrid stroke="#e5e7eb" verticalCoordinatesGenerator={({ xAxis }) => gridAt(xAxis, days)}
          horizontalCoordinatesGenerator={({ yAxis }) => gridAt(yAxis, PCT_TICKS)} />
        <XAxis dataKey="time" type="number" scale="time" domain={[start, end]} tickFormatter={(t: number) => formatDay(dayOf(t))}
          ticks={days} interval={0}
          tick={{ fontSize: font }} height={printing ? 18 : 30} />
        <YAxis domain={[0, 1]} width={yWidth} ticks={PCT_TICKS} interval={0}
          tick={(t: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) => (
            <text x={Number(t.x)} y={Number(t.y)} dx={-4} textAnchor="end" dominantBaseline="central" fontSize={font} fill="#374151">{formatPct(Number(t.payload?.value))}</text>
          )} />
        <Tooltip
          labelFormatter={(t) => formatDay(dayOf(Number(t)))}
          formatter={(v, _name, item) => [`${formatPct(Number(v))} (${formatInt(Number(item?.payload?.signed ?? 0))})`, '']}
        />
        <ReferenceLine y={1} stroke="#111827" strokeDasharray="4 3" />
        {deadline ? (
          <ReferenceLine x={Date.parse(`${deadline}T00:00:00Z`)} stroke="#b34700" strokeWidth={2} ifOverflow="extendDomain"
            label={<DeadlineLabel text={deadlineLabel ?? ''} font={font} />} />
        ) : null}
        <Area type="stepAfter" dataKey="completion" stroke={PALETTE.blue} fill={PALETTE.sky} fillOpacity={0.35} isAnimationActive={false} />
      </AreaChart>
      );
      }}
    </ChartFigure>
  );
}

/** Re-renders only when its figures change (components/memo-data.tsx). */
export const CumulativeChart = memoData(CumulativeChartView);
