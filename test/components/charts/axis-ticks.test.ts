import { describe, expect, it } from 'vitest';
import { categoryInterval, dayTicks, gridAt } from '../../../src/components/charts/axis-ticks';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

describe('day ticks', () => {
  it('spreads whole days from the first to the last, as many as fit', () => {
    expect(dayTicks(day('2024-01-01'), day('2024-01-31'), 400, 70, 30).map(iso)).toEqual(['2024-01-01', '2024-01-11', '2024-01-21', '2024-01-31']);
    expect(dayTicks(day('2024-01-01'), day('2024-12-31'), 100, 70, 30).map(iso)).toEqual(['2024-01-01', '2024-12-31']); // never fewer than both ends
    expect(dayTicks(day('2024-01-01'), day('2024-12-31'), 5000, 70, 30)).toHaveLength(8); // never more than 8
  });

  it('gives no day twice on a short span, and one tick for one day', () => {
    expect(dayTicks(day('2024-01-01'), day('2024-01-02'), 1000, 70, 30).map(iso)).toEqual(['2024-01-01', '2024-01-02']);
    expect(dayTicks(day('2024-01-01'), day('2024-01-01'), 1000, 70, 30).map(iso)).toEqual(['2024-01-01']);
  });
});

describe('category interval', () => {
  it('labels every category when they fit, else every second, third …', () => {
    expect(categoryInterval(12, 600, 40, 8)).toBe(0); // 50 px a month, 48 needed
    expect(categoryInterval(24, 600, 40, 8)).toBe(1); // 25 px a month
    expect(categoryInterval(24, 300, 40, 8)).toBe(3);
    expect(categoryInterval(1, 300, 40, 8)).toBe(0);
    expect(categoryInterval(5, 0, 40, 8)).toBe(0);
  });
});

describe('grid lines', () => {
  it('go where the axis places each tick, and nowhere for a tick off the axis or no axis', () => {
    const axis = { scale: { map: (v: unknown) => (v === 'x' ? undefined : Number(v) * 2) } };
    expect(gridAt(axis, [0, 5, 10])).toEqual([0, 10, 20]);
    expect(gridAt(axis, ['x', '3'])).toEqual([6]);
    expect(gridAt(undefined, [1, 2])).toEqual([]);
    expect(gridAt({ scale: { map: () => Number.NaN } }, [1])).toEqual([]);
  });
});
