// Small-count suppression of case counts in the published aggregate form (README, "Published data").
// A count of 1–4 is withheld as "<5" (primary). In a list whose total can be seen (a chart, a table
// column, the KPI above it), further counts are hidden (secondary, "•") until no withheld count can
// be worked out from the total and the counts still shown. Withheld counts take the value 0, so
// that neither a bar's length nor a sort order gives them away.

export const SMALL = 5;

export type Withheld = 'lt5' | 'hidden';

export interface Shown {
  readonly value: number; // the count, or 0 when withheld
  readonly withheld: Withheld | null;
}

const exact = (value: number): Shown => ({ value, withheld: null });
const isSmall = (n: number): boolean => n >= 1 && n < SMALL;

/** One count on its own (a KPI): withheld when it is 1–4. */
export function discloseOne(n: number): Shown {
  return isSmall(n) ? { value: 0, withheld: 'lt5' } : exact(n);
}

/**
 * Whether the withheld counts stay unknown to a reader who knows their sum (the total minus the
 * counts shown) and this rule: each primary one lies in 1–4, each secondary one is 5 or more.
 * Every primary count must still be able to take any value from 1 to 4.
 */
export function protectedSum(primary: readonly number[], secondary: readonly number[]): boolean {
  const k = primary.length;
  if (k === 0) return true;
  const sum = primary.reduce((a, b) => a + b, 0) + secondary.reduce((a, b) => a + b, 0);
  if (secondary.length === 0) return k >= 2 && sum - (k - 1) >= SMALL - 1 && sum - (SMALL - 1) * (k - 1) <= 1;
  return sum - (k - 1) - SMALL * secondary.length >= SMALL - 1;
}

/** The counts of one list that adds up to a total a reader can see. */
export function discloseList(values: readonly number[]): Shown[] {
  const shown: Shown[] = values.map(discloseOne);
  const total = values.reduce((a, b) => a + b, 0);
  // A total under 5 is itself shown as "<5": the sum of the withheld counts is not known.
  if (total < SMALL) return shown;
  const primary = values.filter(isSmall);
  const secondary: number[] = [];
  const hide = (i: number) => {
    shown[i] = { value: 0, withheld: 'hidden' };
    secondary.push(values[i]);
  };
  while (!protectedSum(primary, secondary)) {
    const open = values.map((_v, i) => i).filter((i) => shown[i].withheld === null && values[i] > 0).sort((a, b) => values[a] - values[b]);
    // Everything non-zero is withheld and the rule would still give a small count away: then no
    // count of the list says "<5" (hidden ones can be any count from 1 up).
    if (open.length === 0) return shown.map((s) => (s.withheld ? { value: 0, withheld: 'hidden' } : s));
    const enough = open.find((i) => protectedSum(primary, [...secondary, values[i]]));
    hide(enough ?? open[open.length - 1]);
  }
  return shown;
}

/**
 * A count and the part of it that is open, per row (a table's incidents and open columns): each
 * column is a list; an open count is withheld wherever its row's count is.
 */
export function discloseWithOpen(counts: readonly number[], open: readonly number[]): { counts: Shown[]; open: Shown[] } {
  const c = discloseList(counts);
  const o = discloseList(open).map((s, i) => (c[i].withheld && open[i] > 0 && !s.withheld ? { value: 0, withheld: 'hidden' as const } : s));
  return { counts: c, open: o };
}

/** Shown as is, when the page shows the analyst's own data (nothing is withheld from them). */
export const undisclosed = (values: readonly number[]): Shown[] => values.map(exact);
