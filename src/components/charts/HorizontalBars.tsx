import { memoData } from '../memo-data';
import { useId, useMemo } from 'react';
import { ChartTableToggle } from './ChartTableToggle';
import { useI18n } from '../../i18n/language';
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface HBar {
  readonly code: string;
  readonly label: string;
  readonly value: number;
  readonly tooltip: string;
}

interface HorizontalBarsProps {
  readonly bars: readonly HBar[];
  readonly format: (value: number) => string;
  readonly colour: (value: number) => string;
  readonly domainMax?: number;
  readonly reference?: number;
  readonly labelWidth?: number;
  readonly emptyText: string;
  readonly description: string;
  readonly selected?: string | null;
  readonly valueHeader?: string; // column title of the values in the table view
  onSelect?(code: string): void;
}

const ROW_HEIGHT = 22;
const CHAR_PX = 6.2; // average width of a character at 11 px

interface TickProps { readonly x?: number | string; readonly y?: number | string; readonly payload?: { value?: unknown } }
interface BarLabelProps { readonly x?: number | string; readonly y?: number | string; readonly width?: number | string; readonly height?: number | string; readonly value?: unknown }

// Axis labels on one line: a name longer than the room is shortened with an ellipsis, the whole name
// in its tooltip (Recharts would wrap it onto two lines that overlap the next bar).
function CategoryTick({ x, y, payload, width }: TickProps & { width: number }) {
  const text = String(payload?.value ?? '');
  const room = Math.max(4, Math.floor((width - 8) / CHAR_PX));
  const shown = text.length > room ? `${text.slice(0, room - 1)}…` : text;
  return (
    <text x={Number(x)} y={Number(y)} dx={-4} textAnchor="end" dominantBaseline="central" fontSize={11} fill="#374151">
      <title>{text}</title>{shown}
    </text>
  );
}

// The value at the end of every bar, a zero one included, on one line.
function BarValue({ x, y, width, height, text }: BarLabelProps & { text: string }) {
  return (
    <text x={Number(x) + Number(width) + 4} y={Number(y) + Number(height) / 2} dominantBaseline="central" fontSize={10} fill="#374151"
      className="bar-value" style={{ whiteSpace: 'pre' }}>{text}</text>
  );
}

// A class per bar, so that the chosen bar is highlighted by a style rule: choosing a bar does not
// draw the chart again.
const barClass = (code: string) => `hb-${code.replace(/[^A-Za-z0-9_-]/g, '_')}`;

export function HorizontalBars(props: HorizontalBarsProps) {
  const { selected, ...chart } = props;
  const id = `hb${useId().replace(/[^A-Za-z0-9]/g, '')}`;
  const rule = selected
    ? `#${id} .hb { fill-opacity: 0.35 } #${id} .${barClass(selected)} { fill-opacity: 1; stroke: #111827; stroke-width: 1.5px }`
    : '';
  return (
    <div id={id} className="hbars" data-selected={selected ?? ''}>
      {rule ? <style>{rule}</style> : null}
      <BarsChart {...chart} />
    </div>
  );
}

function HorizontalBarsView({ bars, format, colour, domainMax, reference, labelWidth = 150, emptyText, description, valueHeader = '', onSelect }: Omit<HorizontalBarsProps, 'selected'>) {
  // Recharts re-synchronises its store when the data array changes identity: hand it a stable array
  // while the content is the same.
  const { t } = useI18n();
  const key = JSON.stringify(bars);
  const data = useMemo(() => bars.map((b) => ({ ...b })), [key]);
  if (bars.length === 0) return <p className="empty">{emptyText}</p>;
  const height = Math.max(120, bars.length * ROW_HEIGHT + 40);
  const chart = (
    <figure className="chart" style={{ height }} aria-label={description}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 64, bottom: 4, left: 4 }} barCategoryGap={3}>
          <CartesianGrid horizontal={false} stroke="#e5e7eb" />
          <XAxis type="number" domain={[0, domainMax ?? 'auto']} tickFormatter={format} tick={{ fontSize: 11 }} allowDecimals={domainMax !== undefined} />
          <YAxis type="category" dataKey="label" width={labelWidth} interval={0}
            tick={(tick: TickProps) => <CategoryTick {...tick} width={labelWidth} />} />
          <Tooltip formatter={(v) => format(Number(v))} labelFormatter={(_, items) => String(items?.[0]?.payload?.tooltip ?? '')} />
          <Bar dataKey="value" isAnimationActive={false} minPointSize={2} label={(l: BarLabelProps) => <BarValue {...l} text={format(Number(l.value))} />}
            cursor={onSelect ? 'pointer' : undefined}
            onClick={onSelect ? (entry: { payload?: { code?: string } }) => { if (entry.payload?.code) onSelect(entry.payload.code); } : undefined}>
            {bars.map((b) => (
              <Cell key={b.code} fill={colour(b.value)} className={`hb ${barClass(b.code)}`} />
            ))}
          </Bar>
          {reference !== undefined ? <ReferenceLine x={reference} stroke="#111827" strokeDasharray="4 3" /> : null}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
  return <ChartTableToggle chart={chart} header={[t('name'), valueHeader || t('value')]} rows={bars.map((b) => [b.label, format(b.value)])} caption={description} />;
}

/** Re-renders only when its figures change (components/memo-data.tsx). */
const BarsChart = memoData(HorizontalBarsView);
