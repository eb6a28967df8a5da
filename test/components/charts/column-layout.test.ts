import { describe, expect, it } from 'vitest';
import { planColumns, type MonthFigures, type Part } from '../../../src/components/charts/column-layout';
import { textWidth } from '../../../src/components/charts/text-width';

const SIZE = { font: 10, legendFont: 12, axis: 22, legend: 22, swatch: 12, tick: 5 };
const PARTS: Part[] = [
  { key: 'closed', colour: 'blue', label: 'selesai' },
  { key: 'open', colour: 'red', label: 'terbuka' },
  { key: 'unsplit', colour: 'grey', label: 'Kasus (rincian terbuka/selesai disembunyikan)' },
];
const months = (n: number): MonthFigures[] => Array.from({ length: n }, (_, i) => ({
  month: `2023-${String(1 + (i % 12)).padStart(2, '0')}`, label: `Bln ${i}`, closed: 3 * i, open: i % 4,
  ...(i === 0 ? { unsplit: 0, mark: '<5' } : {}),
}));

describe('planColumns', () => {
  it('stacks closed, open and unsplit from the axis up, each as tall as its count', () => {
    const plan = planColumns(months(6), PARTS, 600, 260, SIZE);
    const perCase = (plan.bottom - plan.yOf(1));
    plan.stacks.forEach((stack, i) => {
      const [closed, open, unsplit] = stack;
      expect(closed.y + closed.height).toBeCloseTo(plan.bottom);
      expect(closed.height).toBeCloseTo(3 * i * perCase);
      expect(open.y + open.height).toBeCloseTo(closed.y);
      expect(open.height).toBeCloseTo((i % 4) * perCase);
      expect(unsplit.height).toBe(0);
    });
    expect(plan.ticks[plan.ticks.length - 1]).toBeGreaterThanOrEqual(15 + 1);
    expect(plan.yOf(plan.ticks[plan.ticks.length - 1])).toBeCloseTo(plan.top);
  });

  it('labels a withheld month with what it holds, and only as many months as fit side by side', () => {
    for (const [n, width] of [[6, 600], [24, 600], [24, 340], [36, 390]] as const) {
      const plan = planColumns(months(n), PARTS, width, 260, SIZE);
      expect(plan.labels[0]).toBe('Bln 0 (<5)');
      const shown = plan.labels.map((_, i) => i).filter((i) => i % plan.every === 0);
      for (let k = 1; k < shown.length; k++) {
        const [a, b] = [shown[k - 1], shown[k]];
        const apart = (b - a) * plan.band;
        expect(apart, `${n} months in ${width} px`).toBeGreaterThanOrEqual((textWidth(plan.labels[a], 10) + textWidth(plan.labels[b], 10)) / 2);
      }
      // The first and last labels stay inside the drawing.
      expect(plan.left + plan.band / 2 - textWidth(plan.labels[0], 10) / 2).toBeGreaterThanOrEqual(0);
      const last = shown[shown.length - 1];
      expect(plan.left + (last + 0.5) * plan.band + textWidth(plan.labels[last], 10) / 2).toBeLessThanOrEqual(width);
    }
  });

  it('puts the legend on one line when it fits and wraps it when not, every item inside the drawing', () => {
    const wide = planColumns(months(12), PARTS, 900, 260, SIZE);
    expect(new Set(wide.legend.map((l) => l.middle)).size).toBe(1);
    const narrow = planColumns(months(12), PARTS, 340, 260, SIZE);
    expect(new Set(narrow.legend.map((l) => l.middle)).size).toBe(2);
    for (const plan of [wide, narrow]) {
      for (const item of plan.legend) {
        expect(item.x).toBeGreaterThanOrEqual(0);
        expect(item.x + item.width).toBeLessThanOrEqual(plan === wide ? 900 : 340);
        expect(item.middle - SIZE.legend / 2).toBeGreaterThanOrEqual(plan.bottom + SIZE.axis - 0.001);
      }
    }
    // A name longer than a line is shortened to fit it.
    const phone = planColumns(months(12), PARTS, 200, 260, SIZE);
    expect(phone.legend[2].text).toMatch(/…$/);
    expect(phone.legend[2].x + phone.legend[2].width).toBeLessThanOrEqual(200);
    // The wrapped legend takes its room from the columns, not from below the drawing.
    expect(narrow.bottom).toBeCloseTo(wide.bottom - SIZE.legend);
  });
});
