// The geometry of a horizontal bar chart, apart from drawing it: the value axis's ticks, which of
// their labels fit side by side, and where each row and bar goes. Pure numbers, tested in Node.

/** About `count` round values from 0 to at least `max` (steps of 1, 2, 2.5 or 5 × 10ⁿ); whole steps when `integers`. */
export function valueTicks(max: number, count = 5, integers = true): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  const rough = max / (count - 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  // Whole steps: no 2.5 below 25, and none under 1.
  const steps = integers && power < 10 ? [1, 2, 5, 10].map((s) => s * Math.max(1, power)) : [1, 2, 2.5, 5, 10].map((s) => s * power);
  const step = steps.find((s) => s >= rough) ?? 10 * power;
  const last = Math.ceil(max / step - 1e-9);
  return Array.from({ length: last + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

/** The ticks of a fixed domain [0, end]: quarters, as the completion charts (0 to 100 %) have. */
export function fixedTicks(end: number, count = 5): number[] {
  return Array.from({ length: count }, (_, i) => Number(((end * i) / (count - 1)).toPrecision(12)));
}

/**
 * Which ticks get a label: every one whose label fits beside its neighbours (`gap` px between
 * them), else every second, third … from the first. `xs` are the ticks' centres, `widths` their labels'.
 */
export function labelledTicks(xs: readonly number[], widths: readonly number[], gap = 6): number[] {
  const all = xs.map((_, i) => i);
  for (let every = 1; every <= xs.length; every++) {
    const kept = all.filter((i) => i % every === 0);
    if (kept.every((i, k) => k === 0 || xs[i] - xs[kept[k - 1]] >= (widths[i] + widths[kept[k - 1]]) / 2 + gap)) return kept;
  }
  return xs.length ? [0] : [];
}

export interface RowBox {
  readonly top: number; // of the row's band
  readonly band: number; // the band's height
  readonly barTop: number;
  readonly barHeight: number;
  readonly barWidth: number; // never under `minBar`, so that a zero still shows where its bar starts
}

/** Rows of `band` px from `top`, a bar of each value inset by `gap` px above and below, on a scale of `end` over `plotWidth` px. */
export function rowBoxes(values: readonly number[], top: number, band: number, gap: number, end: number, plotWidth: number, minBar = 2): RowBox[] {
  return values.map((value, i) => {
    const share = end > 0 && Number.isFinite(value) ? Math.max(0, Math.min(1, value / end)) : 0;
    return {
      top: top + i * band,
      band,
      barTop: top + i * band + gap,
      barHeight: Math.max(1, band - 2 * gap),
      barWidth: Math.max(minBar, share * plotWidth),
    };
  });
}

/** The row a point `y` px from the chart's top falls in, or -1 outside the rows. */
export function rowAt(y: number, top: number, band: number, rows: number): number {
  if (band <= 0) return -1;
  const index = Math.floor((y - top) / band);
  return index >= 0 && index < rows ? index : -1;
}
