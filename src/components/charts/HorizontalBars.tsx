import { useId, useMemo } from 'react';
import { useI18n } from '../../i18n/language';
import { memoData } from '../memo-data';
import { fixedTicks, labelledTicks, rowBoxes, valueTicks } from './bar-layout';
import { ChartFigure } from './chart-figure';
import { ChartTableToggle } from './ChartTableToggle';
import { BarChoiceContext, KeyRings } from './key-rings';
import { PRINT_CHART_WIDTH, PRINT_FONT, PRINT_ROW } from './print-size';
import { fitText, textWidth } from './text-width';
import { useBandPointer } from './use-band-pointer';
import { usePrinting } from './use-printing';

// The most common chart of the dashboard (completion per Kanwil and directorate, cases per category,
// status, source and age, rates per Kanwil) drawn as plain SVG rather than with Recharts: it needs
// no chart library's code to arrive before it shows, and a click redraws it in one pass of a few
// milliseconds instead of a chain of store updates and text measurements.

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

// Sizes on screen and on paper (print-size.ts): bar row, label fonts, room for the value axis, the
// gap above and below each bar, the value axis's tick marks.
const SCREEN = { row: 22, font: 11, valueFont: 10, axis: 30, min: 120, inset: 3, tick: 6 };
const PAPER = { row: PRINT_ROW, font: PRINT_FONT, valueFont: PRINT_FONT, axis: 18, min: 0, inset: 2, tick: 4 };
const GAP = 4; // between a bar's end and its value, and between a name and the axis
const EDGE = 4; // the drawing's margin on every side
const AXIS = '#666';
const INK = '#374151';

// A class per bar, so that the chosen bar is highlighted by a style rule.
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

function HorizontalBarsView(props: Omit<HorizontalBarsProps, 'selected'>) {
  const { bars, format, emptyText, description, valueHeader = '', columns } = props;
  const { t } = useI18n();
  const printing = usePrinting();
  const size = printing ? PAPER : SCREEN;
  const height = Math.max(size.min, bars.length * size.row + size.axis + 2 * EDGE);
  const shown = (b: HBar) => b.text ?? format(b.value);
  const chart = bars.length === 0 ? <p className="empty">{emptyText}</p> : (
    <ChartFigure description={description} height={height} print={printing ? { width: PRINT_CHART_WIDTH, height } : null}>
      {(drawn) => <BarsDrawing {...props} width={drawn.width} height={drawn.height} printing={printing} />}
    </ChartFigure>
  );
  return <ChartTableToggle chart={chart} header={[t('name'), valueHeader || t('value'), ...(columns ?? [])]}
    rows={bars.map((b) => [b.label, shown(b), ...(columns ? b.cells ?? [] : [])])} caption={description} />;
}

interface DrawingProps extends Omit<HorizontalBarsProps, 'selected'> {
  readonly width: number;
  readonly height: number;
  readonly printing: boolean;
}

function BarsDrawing({ bars, format, colour, domainMax, reference, labelWidth = 150, description, onSelect, width, height, printing }: DrawingProps) {
  const size = printing ? PAPER : SCREEN;
  // Everything but the hovered row: measured and laid out once per set of figures, width and medium
  // (the figures' array is new only when its content changed: memo-data.tsx).
  const layout = useMemo(() => {
    const shown = (b: HBar) => b.text ?? format(b.value);
    // Room for the names, and on the right for the longest value and the last axis label, measured in
    // the font they are drawn with: nothing is clipped at the chart's edges, at any width.
    const longestName = Math.max(...bars.map((b) => textWidth(b.label, size.font)));
    const nameRoom = Math.ceil(Math.min(labelWidth * (size.font / SCREEN.font), longestName + 2 * GAP + 2));
    const ticks = domainMax !== undefined ? fixedTicks(domainMax) : valueTicks(Math.max(...bars.map((b) => b.value)), 5, true);
    const end = ticks[ticks.length - 1];
    const tickTexts = ticks.map(format);
    const longestValue = Math.max(...bars.map((b) => textWidth(shown(b), size.valueFont)));
    const right = Math.ceil(Math.max(longestValue + 2 * GAP, textWidth(tickTexts[tickTexts.length - 1], size.font) / 2 + GAP) + 2);
    const left = EDGE + nameRoom;
    const plotWidth = Math.max(0, width - right - left);
    const plotBottom = height - EDGE - size.axis;
    const band = (plotBottom - EDGE) / bars.length;
    const rows = rowBoxes(bars.map((b) => b.value), EDGE, band, printing ? 2 : size.inset, end, plotWidth);
    const xOf = (value: number) => left + (end > 0 ? (value / end) * plotWidth : 0);
    const tickXs = ticks.map(xOf);
    const labelled = new Set(labelledTicks(tickXs, tickTexts.map((text) => textWidth(text, size.font))));
    return {
      left, plotWidth, plotBottom, band, rows, tickXs, tickTexts, labelled,
      referenceX: reference !== undefined ? xOf(reference) : null,
      names: bars.map((b) => fitText(b.label, size.font, nameRoom - GAP - 2)),
      values: bars.map(shown),
      valueWidths: bars.map((b) => textWidth(shown(b), size.valueFont)),
    };
    // `format` and `colour` are stable wrappers (memo-data.tsx); the description changes with the language.
  }, [bars, width, height, printing, domainMax, reference, labelWidth, description]);
  const { left, plotWidth, plotBottom, band, rows, tickXs, tickTexts, labelled, referenceX } = layout;

  const pointer = useBandPointer('y', height, EDGE, band, bars.length, onSelect && ((i) => onSelect(bars[i].code)));
  const { hover } = pointer;
  const tip = hover >= 0 && hover < bars.length && !printing ? bars[hover] : null;
  return (
    <>
      <svg className="chart-surface" width={width} height={height} viewBox={`0 0 ${width} ${height}`} onMouseMove={pointer.onMouseMove} onMouseLeave={pointer.onMouseLeave}
        onClick={pointer.onClick} style={onSelect && hover >= 0 ? { cursor: 'pointer' } : undefined}>
        <g className="hb-grid" stroke="#e5e7eb">
          {tickXs.map((x, i) => <line key={i} x1={x} x2={x} y1={EDGE} y2={plotBottom} />)}
        </g>
        {tip ? <rect className="hb-hover" x={EDGE} y={rows[hover].top} width={width - 2 * EDGE} height={band} fill="#f3f4f6" /> : null}
        <g className="hb-bars">
          {bars.map((b, i) => (
            <rect key={b.code} className={`hb ${barClass(b.code)}`} x={left} y={rows[i].barTop} width={rows[i].barWidth} height={rows[i].barHeight} fill={colour(b.value)} />
          ))}
        </g>
        {referenceX !== null ? <line className="hb-reference" x1={referenceX} x2={referenceX} y1={EDGE} y2={plotBottom} stroke="#111827" strokeDasharray="4 3" /> : null}
        <g className="hb-axis" stroke={AXIS}>
          <line x1={left} x2={left + plotWidth} y1={plotBottom} y2={plotBottom} />
          <line x1={left} x2={left} y1={EDGE} y2={plotBottom} />
          {tickXs.map((x, i) => <line key={i} x1={x} x2={x} y1={plotBottom} y2={plotBottom + size.tick} />)}
        </g>
        <g className="hb-ticks" fontSize={size.font} fill={AXIS} textAnchor="middle">
          {tickXs.map((x, i) => labelled.has(i)
            ? <text key={i} x={x} y={plotBottom + size.tick + 2} dominantBaseline="hanging">{tickTexts[i]}</text>
            : null)}
        </g>
        {/* Names on one line: one longer than the room is shortened with an ellipsis, the whole name in its tooltip. */}
        <g className="hb-names" fontSize={size.font} fill={INK} textAnchor="end">
          {bars.map((b, i) => (
            <text key={b.code} className="hb-name" x={left - GAP} y={rows[i].top + band / 2} dominantBaseline="central"><title>{b.label}</title>{layout.names[i]}</text>
          ))}
        </g>
        {/* The value at the end of every bar, a zero one included, on a white ground so that the 100 % line does not strike through it. */}
        <g className="hb-values" fontSize={size.valueFont} fill={INK}>
          {bars.map((b, i) => {
            const x = left + rows[i].barWidth + GAP;
            const middle = rows[i].top + band / 2;
            return (
              <g key={b.code} className="bar-value-label">
                <rect x={x - 1} y={middle - size.valueFont * 0.6} width={layout.valueWidths[i] + 2} height={size.valueFont * 1.2} fill="#fff" />
                <text x={x} y={middle} dominantBaseline="central" className="bar-value" style={{ whiteSpace: 'pre' }}>{layout.values[i]}</text>
              </g>
            );
          })}
        </g>
        {printing ? null : (
          <KeyRings items={bars.map((b, i) => ({ code: b.code, name: `${b.label}: ${layout.values[i]}` }))} across={false} label={titleOf(description)}
            boxes={rows.map((r) => ({ x: 1, y: r.top + 1, width: width - 2, height: Math.max(2, band - 2) }))} />
        )}
      </svg>
      {tip ? (
        <div className="chart-tooltip" aria-hidden="true" style={{ top: rows[hover].top + band + 2, left: Math.max(EDGE, Math.min(left, width - 220)) }}>
          <p className="chart-tooltip-label">{tip.tooltip}</p>
          <p className="chart-tooltip-value">{layout.values[hover]}</p>
        </div>
      ) : null}
    </>
  );
}

/** Re-renders only when its figures change (components/memo-data.tsx). */
const BarsChart = memoData(HorizontalBarsView);
