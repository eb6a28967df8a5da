// Axis labels planned before drawing, for the charts drawn with Recharts: given explicit ticks,
// Recharts measures none of its labels in the page (each measurement was a DOM layout, 100–150 ms
// per draw of the overview), and the labels still never run into each other.

const DAY = 86_400_000;

/**
 * Whole days from `start` to `end` (epoch ms at midnight UTC), both ends included, evenly spread,
 * as many as labels of `labelWidth` px fit in `width` px with `gap` px between them (2 to 8).
 */
export function dayTicks(start: number, end: number, width: number, labelWidth: number, gap: number): number[] {
  if (!(end > start)) return [start];
  const days = Math.round((end - start) / DAY);
  const fit = Math.floor((width + gap) / (labelWidth + gap));
  const count = Math.max(2, Math.min(8, fit, days + 1));
  const ticks = Array.from({ length: count }, (_, i) => start + Math.round((days * i) / (count - 1)) * DAY);
  return [...new Set(ticks)];
}

/**
 * Recharts' `interval` for `count` categories over `width` px whose widest label is `labelWidth` px:
 * 0 labels every category, 1 every second, and so on, so that labels stay `gap` px apart.
 */
export function categoryInterval(count: number, width: number, labelWidth: number, gap: number): number {
  if (count <= 1 || width <= 0) return 0;
  const band = width / count;
  return Math.max(0, Math.ceil((labelWidth + gap) / band) - 1);
}

/** An axis as Recharts hands it to a grid's line generators: only its scale is needed here. */
interface GridAxis { readonly scale?: { map(value: unknown): number | undefined } }

/**
 * Where a Recharts grid draws its lines: at the given ticks, placed by the axis's own scale. Given to
 * CartesianGrid's coordinate generators, so the grid does not work the ticks out again, measuring
 * every label in the page as it otherwise does.
 */
export const gridAt = (axis: GridAxis | undefined, ticks: readonly number[] | readonly string[]): number[] =>
  ticks.flatMap((tick) => {
    const at = axis?.scale?.map(tick);
    return at === undefined || !Number.isFinite(at) ? [] : [at];
  });
