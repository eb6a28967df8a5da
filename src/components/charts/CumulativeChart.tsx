import { memoData } from '../memo-data';
import { useMemo } from 'react';
import { Area, AreaChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrendPoint } from '../../view-models/overview';
import { PALETTE } from './palette';

interface CumulativeChartProps {
  readonly points: readonly TrendPoint[];
  readonly formatPct: (fraction: number) => string;
  readonly formatDay: (day: string) => string;
  readonly formatInt: (n: number) => string;
  readonly emptyText: string;
  readonly description: string;
  readonly deadline?: string | null;
  readonly deadlineLabel?: string;
}

function CumulativeChartView({ points, formatPct, formatDay, formatInt, emptyText, description, deadline, deadlineLabel }: CumulativeChartProps) {
  const key = JSON.stringify(points);
  const data = useMemo(() => points.map((p) => ({ ...p })), [key]);
  if (points.length === 0) return <p className="empty">{emptyText}</p>;
  const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);
  return (
    <figure className="chart" style={{ height: 260 }} aria-label={description}>
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={data} margin={{ top: 10, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid stroke="#e5e7eb" />
          <XAxis dataKey="time" type="number" scale="time" domain={['dataMin', 'dataMax']} tickFormatter={(t: number) => formatDay(dayOf(t))} tick={{ fontSize: 11 }} minTickGap={40} />
          <YAxis domain={[0, 1]} width={60}
            tick={(t: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) => (
              <text x={Number(t.x)} y={Number(t.y)} dx={-4} textAnchor="end" dominantBaseline="central" fontSize={11} fill="#374151">{formatPct(Number(t.payload?.value))}</text>
            )} />
          <Tooltip
            labelFormatter={(t) => formatDay(dayOf(Number(t)))}
            formatter={(v, _name, item) => [`${formatPct(Number(v))} (${formatInt(Number(item?.payload?.signed ?? 0))})`, '']}
          />
          <ReferenceLine y={1} stroke="#111827" strokeDasharray="4 3" />
          {deadline ? (
            <ReferenceLine x={Date.parse(`${deadline}T00:00:00Z`)} stroke="#b34700" strokeWidth={2} ifOverflow="extendDomain"
              label={{ value: deadlineLabel ?? '', position: 'insideTopLeft', fontSize: 11, fill: '#8a2c00' }} />
          ) : null}
          <Area type="stepAfter" dataKey="completion" stroke={PALETTE.blue} fill={PALETTE.sky} fillOpacity={0.35} isAnimationActive={false} />
        </AreaChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** Re-renders only when its figures change (components/memo-data.tsx). */
export const CumulativeChart = memoData(CumulativeChartView);
