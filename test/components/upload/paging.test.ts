import { describe, expect, it } from 'vitest';
import { inSlices, pageOf, searchKey } from '../../../src/components/upload/paging';

const values = Array.from({ length: 20_000 }, (_, i) => ({ value: i % 2 ? `Lapas Nomor ${i}` : `Rutan Nomor ${i}`, file: i < 10 ? 'a.csv' : 'b.csv' }));
const text = (v: { value: string; file: string }) => [v.value, v.file];

describe('pageOf', () => {
  it('gives 50 of 20,000 values a page, counted from 1, with the number of pages', () => {
    const first = pageOf(values, 0, 50, '', text);
    expect(first.rows.map((r) => r.value)).toEqual(values.slice(0, 50).map((r) => r.value));
    expect([first.page, first.pages, first.total, first.from, first.to]).toEqual([0, 400, 20_000, 1, 50]);
    const last = pageOf(values, 399, 50, '', text);
    expect([last.from, last.to, last.rows.length]).toEqual([19_951, 20_000, 50]);
  });

  it('clamps the page: past the end gives the last page, below 0 the first', () => {
    expect(pageOf(values, 1_000, 50).page).toBe(399);
    expect(pageOf(values, -3, 50).page).toBe(0);
    expect(pageOf(values.slice(0, 101), 9, 50)).toMatchObject({ page: 2, pages: 3, from: 101, to: 101 });
  });

  it('an empty list is one empty page', () => {
    expect(pageOf([], 4, 50)).toEqual({ rows: [], page: 0, pages: 1, total: 0, from: 0, to: 0 });
  });

  it('searches every word, in any case, with accents and extra spaces ignored, in the value or the file', () => {
    const hits = pageOf(values, 0, 50, '  lapas   NOMOR 1999 ', text);
    expect(hits.rows.map((r) => r.value)).toEqual(['Lapas Nomor 1999', 'Lapas Nomor 11999', 'Lapas Nomor 19991', 'Lapas Nomor 19993', 'Lapas Nomor 19995', 'Lapas Nomor 19997', 'Lapas Nomor 19999']);
    expect(pageOf(values, 0, 50, 'a.csv', text).total).toBe(10);
    expect(pageOf([{ value: 'Rutan Médaéng', file: 'x' }], 0, 50, 'medaeng', text).total).toBe(1);
    expect(pageOf(values, 0, 50, 'Kedungpane', text)).toMatchObject({ total: 0, rows: [] });
    expect(searchKey(' A\tB ')).toBe('a b');
  });

  it('searches 20,000 values in well under 50 ms once their text is folded', () => {
    pageOf(values, 0, 50, 'x', text); // folds each value once
    const start = performance.now();
    for (const q of ['lapas 1', 'rutan nomor 2', 'b.csv 3']) pageOf(values, 0, 50, q, text);
    expect((performance.now() - start) / 3).toBeLessThan(50);
  });

  it('a search leaves a page past its end for its last page', () => {
    expect(pageOf(values, 300, 50, 'lapas nomor 1999', text).page).toBe(0);
  });
});

describe('inSlices', () => {
  it('visits every item in order, yielding between slices of at most the budget (fake clock)', async () => {
    let clock = 0;
    const visited: number[] = [];
    const yields: number[] = [];
    const progress: number[] = [];
    const done = await inSlices(Array.from({ length: 10 }, (_, i) => i), (item) => { visited.push(item); clock += 10; }, {
      budgetMs: 25, now: () => clock, onProgress: (n) => progress.push(n),
      yieldToPage: async () => { yields.push(visited.length); },
    });
    expect(done).toBe(true);
    expect(visited).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // 10 ms an item, 25 ms a slice: 3 items a slice, each after a yield (the first too)
    expect(progress).toEqual([3, 6, 9, 10]);
    expect(yields).toEqual([0, 3, 6, 9]);
  });

  it('always does at least one item a slice, and stops when cancelled', async () => {
    let clock = 0;
    let cancel = false;
    const visited: number[] = [];
    const done = await inSlices([1, 2, 3, 4], (item) => { visited.push(item); clock += 100; if (item === 2) cancel = true; }, {
      budgetMs: 25, now: () => clock, isCancelled: () => cancel, yieldToPage: async () => undefined,
    });
    expect(done).toBe(false);
    expect(visited).toEqual([1, 2]);
  });

  it('gives the page back between slices for real: a timer set meanwhile runs before the work ends', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('timer'), 0);
    const items = Array.from({ length: 40 }, (_, i) => i);
    await inSlices(items, (i) => { const end = performance.now() + 2; while (performance.now() < end); if (i === 39) order.push('last'); }, { budgetMs: 10 });
    expect(order).toEqual(['timer', 'last']);
  });

  it('nothing to do: true at once', async () => {
    expect(await inSlices([], () => { throw new Error('no'); })).toBe(true);
  });
});
