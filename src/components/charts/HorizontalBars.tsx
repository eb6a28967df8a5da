import { memoData } from '../memo-data';
import { useId, useMemo } from 'react';
import { ChartTableToggle } from './ChartTableToggle';
import { useI18n } from '../../i18n/language';
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { BarChoiceContext, BarKeys } from './bar-keys';
import { ChartFigure } from './chart-figure';
import { PRINT_CHART_WIDTH, PRINT_FONT, PRINT_ROW } from './print-size';
import { fitText, textWidth } from './text-width';
import { usePrinting } from './use-printing';

export interface HBar {
  readonly code: string;
  readonly label: string;
  readonly value: number;
  readonly tooltip: string;
  readonly text?: string; // the value as shown, when not `format(value)` (a withheld count: "<5")
  readonly cells?: readonly string[]; // more columns of the table view (see `columns`)
}

export interface HorizontalBarsProps {
  readonly bars: readonly HBar[];
  readonly format: (value: number) => string;
  readonly colour: (value: number) => string;
  readonly domainMax?: number;
  readonly reference?: number;
  readonly labelWidth?: number; // the most room the names may take; less when they are all shorter
  readonly emptyText: string;
  readonly description: string;
  readonly selected?: string | null;
  readonly valueHeader?: string; // column title of the values in the table view
  readonly columns?: readonly string[]; // titles of the bars' `cells` in the table view (e.g. employees, signed, still needed)
  onSelect?(code: string): void;
}

// Sizes on screen and on paper (print-size.ts): bar row, label fonts, room for the value axis.
const SCREEN = { row: 22, font: 11, valueFont: 10, axis: 30, min: 120 };
const PAPER = { row: PRINT_ROW, font: PRINT_FONT, valueFont: PRINT_FONT, axis: 18, min: 0 };
const GAP = 4; // between a bar's end and its value, and between a name and the axis

interface TickProps { readonly x?: number | string; readonly y?: number | string; readonly payload?: { value?: unknown } }
interface BarLabelProps { readonly x?: number | string; readonly y?: number | string; readonly width?: number | string; readonly height?: number | string; readonly value?: unknown; readonly index?: number }

// Axis labels on one line: a name longer than the room is shortened with an ellipsis, the whole name
// in its tooltip (Recharts would wrap it onto two lines that overlap the next bar).
function CategoryTick({ x, y, payload, width, font, names }: TickProps & { width: number; font: number; names: ReadonlyMap<string, string> }) {
  const text = names.get(String(payload?.value ?? '')) ?? String(payload?.value ?? '');
  return (
    <text x={Number(x)} y={Number(y)} dx={-GAP} textAnchor="end" dominantBaseline="central" fontSize={font} fill="#374151">
      <title>{text}</title>{fitText(text, font, width - GAP - 2)}
    </text>
  );
}

// The value at the end of every bar, a zero one included, on one line, on a white ground so that
// the 100 % line does not strike through it.
function BarValue({ x, y, width, height, text, font }: BarLabelProps & { text: string; font: number }) {
  const left = Number(x) + Number(width) + GAP;
  const middle = Number(y) + Number(height) / 2;
  return (
    <g className="bar-value-label">
      <rect x={left - 1} y={middle - font * 0.6} width={textWidth(text, font) + 2} height={font * 1.2} fill="#fff" />
      <text x={left} y={middle} dominantBaseline="central" fontSize={font} fill="#374151" className="bar-value" style={{ whiteSpace: 'pre' }}>{text}</text>
    </g>
  );
}

// A class per bar, so that the chosen bar is highlighted by a style rule: choosing a bar does not
// draw the chart again (the keys read the choice from a context, which redraws only them).
const barClass = (code: string) => `hb-${code.replace(/[^A-Za-z0-9_-]/g, '_')}`;

export function HorizontalBars(props: HorizontalBarsProps) {
  const { selected, onSelect, ...chart } = props;
  const id = `hb${useId().replace(/[^A-Za-z0-9]/g, '')}`;
  const rule = selected
    ? `#${id} .hb { fill-opacity: 0.35 } #${id} .${barClass(selected)} { fill-opacity: 1; stroke: #111827; stroke-width: 1.5px }`
    : '';
  const choice = useMemo(() => ({ selected: selected ?? null, onSelect }), [selected, onSelect]);
  return (
    <div id={id} className="hbars" data-selected={selected ?? ''}>
      {rule ? <style>{rule}</style> : null}
      <BarChoiceContext.Provider value={choice}>
        <BarsChart {...chart} onSelect={onSelect} />
      </BarChoiceContext.Provider>
    </div>
  );
}

/** The chart's title: the description reads "title: item value, item value, …". */
const titleOf = (description: string) => description.split(': ')[0];

function HorizontalBarsView({ bars, format, colour, domainMax, reference, labelWidth = 150, emptyText, description, valueHeader = '', columns, onSelect }: Omit<HorizontalBarsProps, 'selected'>) {
  // Recharts re-synchronises its store when the data array changes identity: hand it a stable array
  // while the content is the same.
  const { t } = useI18n();
  const printing = usePrinting();
  const size = printing ? PAPER : SCREEN;
  const key = JSON.stringify(bars);
  const data = useMemo(() => bars.map((b) => ({ ...b })), [key]);
  const names = useMemo(() => new Map(bars.map((b) => [b.code, b.label])), [key]);
  if (bars.length === 0) return <p className="empty">{emptyText}</p>;
  const shown = (b: HBar) => b.text ?? format(b.value);
  // Room for the names, and on the right for the longest value and the last axis label, measured in
  // the font they are drawn with: nothing is clipped at the chart's edges, at any width.
  const longestName = Math.max(...bars.map((b) => textWidth(b.label, size.font)));
  const nameRoom = Math.ceil(Math.min(labelWidth * (size.font / SCREEN.font), longestName + 2 * GAP + 2));
  const longestValue = Math.max(...bars.map((b) => textWidth(shown(b), size.valueFont)));
  const lastTick = textWidth(format(domainMax ?? Math.max(...bars.map((b) => b.value))), size.font);
  const right = Math.ceil(Math.max(longestValue + 2 * GAP, lastTick / 2 + GAP) + 2);
  const height = Math.max(size.min, bars.length * size.row + size.axis + 8);
  const chart = (
    <ChartFigure description={description} height={height} print={printing ? { width: PRINT_CHART_WIDTH, height } : null}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right, bottom: 4, left: 4 }} barCategoryGap={printing ? 2 : 3} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} stroke="#e5e7eb" />
        <XAxis type="number" domain={[0, domainMax ?? 'auto']} tickFormatter={format} tick={{ fontSize: size.font }} height={size.axis}
          allowDecimals={domainMax !== undefined} />
        <YAxis type="category" dataKey="code" width={nameRoom} interval={0}
          tick={(tick: TickProps) => <CategoryTick {...tick} width={nameRoom} font={size.font} names={names} />} />
        <Tooltip formatter={(v, _n, item) => (item?.payload as HBar | undefined)?.text ?? format(Number(v))} labelFormatter={(_, items) => String(items?.[0]?.payload?.tooltip ?? '')} />
        <Bar dataKey="value" isAnimationActive={false} minPointSize={2}
          label={(l: BarLabelProps) => <BarValue {...l} text={bars[l.index ?? -1]?.text ?? format(Number(l.value))} font={size.valueFont} />}
          cursor={onSelect ? 'pointer' : undefined}
          onClick={onSelect ? (entry: { payload?: { code?: string } }) => { if (entry.payload?.code) onSelect(entry.payload.code); } : undefined}>
          {bars.map((b) => (
            <Cell key={b.code} fill={colour(b.value)} className={`hb ${barClass(b.code)}`} />
          ))}
        </Bar>
        {reference !== undefined ? <ReferenceLine x={reference} stroke="#111827" strokeDasharray="4 3" /> : null}
        {printing ? null : <BarKeys items={bars.map((b) => ({ code: b.code, name: `${b.label}: ${shown(b)}` }))} across={false} label={titleOf(description)} />}
      </BarChart>
    </ChartFigure>
  );
  return <ChartTableToggle chart={chart} header={[t('name'), valueHeader || t('value'), ...(columns ?? [])]}
    rows={bars.map((b) => [b.label, shown(b), ...(columns ? b.cells ?? [] : [])])} caption={description} />;
}

/** Re-renders only when its figures change (components/memo-data.tsx). */
const BarsChart = memoData(HorizontalBarsView);
