import { categoryInterval } from './axis-ticks';
import { valueTicks } from './bar-layout';
import { fitText, textWidth } from './text-width';

// The geometry of the month columns (MonthColumns.tsx), apart from drawing them: the count axis, room
// for the labels at both ends, which months get a label, the stacked parts of each column and the
// legend's lines. Pure numbers, tested in Node.

const EDGE = 10; // above the tallest column's tick label
export const GAP = 4;
export const FILL = 0.8; // share of a month's band its column takes

/** Fonts and rows, on screen or on paper. */
export interface ColumnSizes {
  readonly font: number;
  readonly legendFont: number;
  readonly axis: number; // the month labels' row
  readonly legend: number; // one line of the legend
  readonly swatch: number;
  readonly tick: number;
}

/** The counts of one month, as MonthColumn has them. */
export interface MonthFigures {
  readonly month: string;
  readonly label: string;
  readonly open: number;
  readonly closed: number;
  readonly unsplit?: number; // cases shown without their open / closed split (a part of it is withheld)
  readonly mark?: string; // written under a month whose count is withheld (its column has no height)
}

export interface Part { readonly key: 'closed' | 'open' | 'unsplit'; readonly colour: string; readonly label: string }

export function planColumns(columns: readonly MonthFigures[], parts: readonly Part[], width: number, height: number, size: ColumnSizes) {
  // A withheld month has no column to see: its label says what it holds.
  const labels = columns.map((c) => (c.mark ? `${c.label} (${c.mark})` : c.label));
  const labelWidths = labels.map((l) => textWidth(l, size.font));
  const ticks = valueTicks(Math.max(...columns.map((c) => c.open + c.closed + (c.unsplit ?? 0))));
  const end = ticks[ticks.length - 1];
  const tickTexts = ticks.map(String);
  const tickRoom = Math.ceil(Math.max(...tickTexts.map((t) => textWidth(t, size.font))) + size.tick + GAP + 2);
  // Room for the outer halves of the first and the last month's labels, each centred under its column.
  const roughBand = Math.max(1, width - tickRoom) / columns.length;
  const left = Math.max(tickRoom, Math.ceil(labelWidths[0] / 2 - roughBand / 2 + 2));
  const right = Math.ceil(Math.max(GAP, labelWidths[labelWidths.length - 1] / 2 - roughBand / 2 + GAP));
  const plotWidth = Math.max(0, width - left - right);
  // The legend: a swatch and a name per part, on as many lines as the width needs, each line centred.
  // A name longer than a whole line is shortened with an ellipsis (the drawing gives it whole in a title).
  const lines: (Part & { text: string; x: number; width: number })[][] = [[]];
  let lineWidth = 0;
  for (const part of parts) {
    const p = { ...part, text: fitText(part.label, size.legendFont, width - 3 * GAP - size.swatch) };
    const itemWidth = size.swatch + GAP + textWidth(p.text, size.legendFont);
    const line = lines[lines.length - 1];
    if (line.length > 0 && lineWidth + 3 * GAP + itemWidth > width - 2 * GAP) {
      lines.push([]);
      lineWidth = 0;
    }
    const current = lines[lines.length - 1];
    if (current.length > 0) lineWidth += 3 * GAP;
    current.push({ ...p, x: lineWidth, width: itemWidth });
    lineWidth += itemWidth;
  }
  const legendTop = height - lines.length * size.legend;
  const legend = lines.flatMap((line, n) => {
    const used = line.reduce((w, item) => Math.max(w, item.x + item.width), 0);
    const shift = Math.max(0, (width - used) / 2);
    return line.map((item) => ({ ...item, x: item.x + shift, middle: legendTop + (n + 0.5) * size.legend }));
  });
  const top = EDGE;
  const bottom = legendTop - size.axis;
  const plotHeight = Math.max(0, bottom - top);
  const band = plotWidth / columns.length;
  const yOf = (value: number) => bottom - (end > 0 ? (value / end) * plotHeight : 0);
  // Which months get a label: every n-th, so that the widest label keeps its neighbours at a distance.
  const every = categoryInterval(columns.length, plotWidth, Math.max(...labelWidths), 8) + 1;
  const stacks = columns.map((c, i) => {
    let base = 0;
    return parts.map((p) => {
      const value = c[p.key] ?? 0;
      const y0 = yOf(base);
      base += value;
      return { key: p.key, x: left + i * band + (band * (1 - FILL)) / 2, y: yOf(base), height: y0 - yOf(base), colour: p.colour };
    });
  });
  return { parts, labels, ticks, tickTexts, left, plotWidth, top, bottom, band, yOf, every, stacks, legend };
}
