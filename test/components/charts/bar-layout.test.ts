import { describe, expect, it } from 'vitest';
import { fixedTicks, labelledTicks, rowAt, rowBoxes, valueTicks } from '../../../src/components/charts/bar-layout';

describe('value ticks', () => {
  it('counts get whole, round steps reaching the largest value', () => {
    expect(valueTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(valueTicks(3)).toEqual([0, 1, 2, 3]);
    expect(valueTicks(1)).toEqual([0, 1]);
    expect(valueTicks(10)).toEqual([0, 5, 10]); // no 2.5 step for counts
    expect(valueTicks(100)).toEqual([0, 25, 50, 75, 100]);
    expect(valueTicks(1234)).toEqual([0, 500, 1000, 1500]);
  });

  it('rates may have fractional steps', () => {
    expect(valueTicks(0.7, 5, false)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(valueTicks(3.2, 5, false)).toEqual([0, 1, 2, 3, 4]);
  });

  it('nothing to show still gives an axis from 0 to 1', () => {
    expect(valueTicks(0)).toEqual([0, 1]);
    expect(valueTicks(Number.NaN)).toEqual([0, 1]);
  });

  it('a fixed domain is cut in quarters', () => {
    expect(fixedTicks(1)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
});

describe('tick labels that fit', () => {
  it('keeps all when they fit, else every second from the first', () => {
    const xs = [0, 50, 100, 150, 200];
    expect(labelledTicks(xs, [20, 20, 20, 20, 20])).toEqual([0, 1, 2, 3, 4]);
    expect(labelledTicks(xs, [50, 50, 50, 50, 50])).toEqual([0, 2, 4]);
    expect(labelledTicks(xs, [120, 120, 120, 120, 120])).toEqual([0, 3]);
    expect(labelledTicks([], [])).toEqual([]);
  });
});

describe('rows', () => {
  it('puts each bar in its band, scaled to the end of the axis, a zero as a sliver', () => {
    const rows = rowBoxes([0, 0.5, 1, 2], 4, 22, 3, 1, 200);
    expect(rows.map((r) => r.top)).toEqual([4, 26, 48, 70]);
    expect(rows.map((r) => r.barTop)).toEqual([7, 29, 51, 73]);
    expect(rows.map((r) => r.barHeight)).toEqual([16, 16, 16, 16]);
    expect(rows.map((r) => r.barWidth)).toEqual([2, 100, 200, 200]); // above the end: drawn to the end
  });

  it('finds the row under a point', () => {
    expect(rowAt(3, 4, 22, 3)).toBe(-1);
    expect(rowAt(4, 4, 22, 3)).toBe(0);
    expect(rowAt(47.9, 4, 22, 3)).toBe(1);
    expect(rowAt(70, 4, 22, 3)).toBe(-1);
    expect(rowAt(10, 4, 0, 3)).toBe(-1);
  });
});
