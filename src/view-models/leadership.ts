// Pure shaping for the leadership pages.

/** `1985••••••••••••01`: the first four and last two digits of a NIP. */
export function maskNip(nip: string): string {
  return nip.length <= 6 ? nip : `${nip.slice(0, 4)}${'•'.repeat(nip.length - 6)}${nip.slice(-2)}`;
}

export const AGE_BUCKETS = [7, 30, 90, 180] as const;

/** A case (or `cases` cases of one age) with its age and whether it was open on the as-of day. */
export interface Aged {
  readonly ageDays: number | null;
  readonly isOpen: boolean;
  readonly cases?: number; // default 1
}

/** Cases open on the as-of day per age bucket: 0–7, 8–30, 31–90, 91–180, over 180 days. */
export function ageing(cases: readonly Aged[]): number[] {
  const counts = new Array<number>(AGE_BUCKETS.length + 1).fill(0);
  for (const c of cases) {
    const age = c.ageDays;
    if (!c.isOpen || age === null) continue;
    const bucket = AGE_BUCKETS.findIndex((limit) => age <= limit);
    counts[bucket < 0 ? AGE_BUCKETS.length : bucket] += c.cases ?? 1;
  }
  return counts;
}
