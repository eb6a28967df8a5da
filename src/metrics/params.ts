/** What every metric is asked for: a campaign and an as-of day (YYYY-MM-DD). */
export interface MetricParams {
  readonly campaign: string;
  readonly asOf: string;
}

export type Basis = 'roster' | 'headcount';

export const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
export const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
export const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** A completion rate, or null for a group without employees. */
export const rate = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
