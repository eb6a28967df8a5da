import { describe, expect, it } from 'vitest';
import { discloseList, discloseOne, discloseWithOpen, protectedSum } from '../../src/view-models/disclosure';

const marks = (values: number[]) => discloseList(values).map((s) => s.withheld ?? s.value);

// Brute force: every assignment of the withheld cells that fits what a reader sees (the total, the
// counts shown, primary 1–4, secondary 5 or more up to a bound) — a primary cell is safe when it can
// take each of 1..4 among them.
function primaryValuesPossible(values: number[]): Set<number>[] {
  const shown = discloseList(values);
  const total = values.reduce((a, b) => a + b, 0);
  const known = values.reduce((a, v, i) => a + (shown[i].withheld ? 0 : v), 0);
  const withheld = shown.map((s, i) => ({ i, kind: s.withheld })).filter((x) => x.kind);
  const possible = withheld.filter((x) => x.kind === 'lt5').map(() => new Set<number>());
  const walk = (j: number, left: number, chosen: number[]) => {
    if (j === withheld.length) {
      if (left === 0) withheld.filter((x) => x.kind === 'lt5').forEach((_x, p) => possible[p].add(chosen[withheld.findIndex((w) => w.kind === 'lt5' && w === withheld.filter((y) => y.kind === 'lt5')[p])]));
      return;
    }
    const [lo, hi] = withheld[j].kind === 'lt5' ? [1, 4] : [5, total];
    for (let v = lo; v <= Math.min(hi, left); v++) walk(j + 1, left - v, [...chosen, v]);
  };
  walk(0, total - known, []);
  return possible;
}

describe('small-count suppression', () => {
  it('withholds a single count of 1–4 as <5 and shows 0 and 5 as they are', () => {
    expect(discloseOne(0)).toEqual({ value: 0, withheld: null });
    expect(discloseOne(1)).toEqual({ value: 0, withheld: 'lt5' });
    expect(discloseOne(4)).toEqual({ value: 0, withheld: 'lt5' });
    expect(discloseOne(5)).toEqual({ value: 5, withheld: null });
  });

  it('hides a second count when one <5 could be worked out from the total', () => {
    // 3 = 40 − 12 − 25: the 12 is hidden too (12 is enough: 3 + 12 leaves the 3 anywhere in 1–4).
    expect(marks([12, 3, 25])).toEqual(['hidden', 'lt5', 25]);
    // 5 would not do (3 + 5 = 8: the <5 could only be 1–3), so the 9 is hidden instead.
    expect(marks([5, 3, 9, 20])).toEqual([5, 'lt5', 'hidden', 20]);
  });

  it('hides more when two small counts could only be 1 and 1', () => {
    expect(marks([1, 1, 30])).toEqual(['lt5', 'lt5', 'hidden']);
    expect(marks([2, 3, 30])).toEqual(['lt5', 'lt5', 30]); // 5 in two cells: each could be 1–4
  });

  it('leaves a list whose total is itself under 5 to its primary marks', () => {
    expect(marks([1, 2, 0])).toEqual(['lt5', 'lt5', 0]);
  });

  it('withholds the whole list when even that would give a small count away', () => {
    expect(marks([0, 1, 6])).toEqual([0, 'hidden', 'hidden']);
  });

  it('never leaves a primary count that can be worked out (brute force over small lists)', () => {
    const lists: number[][] = [];
    for (let a = 0; a <= 9; a++) for (let b = 0; b <= 9; b++) for (let c = 0; c <= 12; c += 3) lists.push([a, b, c]);
    for (const list of lists) {
      const total = list.reduce((x, y) => x + y, 0);
      if (total < 5) continue;
      for (const values of primaryValuesPossible(list)) expect([...values].sort(), JSON.stringify(list)).toEqual([1, 2, 3, 4]);
      // Hidden counts are at least 1: their sum must leave each of them more than one possible value.
      const hidden = discloseList(list).map((s, i) => (s.withheld ? list[i] : null)).filter((v): v is number => v !== null);
      if (hidden.length > 0) expect(hidden.reduce((a, b) => a + b, 0), JSON.stringify(list)).toBeGreaterThan(hidden.length);
    }
  });

  it('checks the reader-side rule directly', () => {
    expect(protectedSum([3], [])).toBe(false);
    expect(protectedSum([3], [12])).toBe(true);
    expect(protectedSum([3], [5])).toBe(false);
    expect(protectedSum([2, 3], [])).toBe(true);
    expect(protectedSum([4, 4], [])).toBe(false);
  });

  it('withholds an open count wherever its row count is withheld', () => {
    const { counts, open } = discloseWithOpen([3, 40, 12], [2, 9, 12]);
    expect(counts.map((s) => s.withheld ?? s.value)).toEqual(['lt5', 40, 'hidden']);
    expect(open.map((s) => s.withheld)).toEqual(['lt5', 'hidden', 'hidden']);
  });
});
