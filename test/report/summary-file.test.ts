import { describe, expect, it } from 'vitest';
import { readSummaryFile, summaryFile } from '../../src/report/summary-file';
import type { FirstView } from '../../src/report/first-view';

const roundTrip = (view: FirstView) => readSummaryFile(JSON.parse(JSON.stringify(summaryFile(view))));

describe('the first-view summary as written', () => {
  const units = Array.from({ length: 50 }, (_, i) => ({ code: `U-${i}`, name: i % 7 ? `Unit ${i}` : null, employees: i * 3, completion: i ? i / 50 : null }));
  const view: FirstView = {
    answers: [
      { metric: 'unit-registry', params: '{}', value: units },
      { metric: 'totals', params: '{"asOf":"2024-09-30"}', value: { employees: 10, signed: 4, completion: 0.4 } },
      { metric: 'latest-day', params: '{"campaign":"X"}', value: '2024-09-30' },
      { metric: 'dataset-info', params: '{}', value: { campaigns: ['A', 'B'], days: [{ day: '2024-01-01', n: 1 }, { day: '2024-01-02', n: 2 }] } },
      { metric: 'one-row', params: '{}', value: [{ a: 1 }] },
      { metric: 'empty', params: '{}', value: [] },
      // Rows whose fields differ, or hold undefined, stay objects: a row of values would lose the difference.
      { metric: 'ragged', params: '{}', value: [{ a: 1 }, { a: 2, b: 3 }, { b: 4 }] },
      { metric: 'undefined', params: '{}', value: [{ a: 1, b: undefined }, { a: 2, b: 5 }] },
      { metric: 'nested', params: '{}', value: [{ code: 'K', rows: [{ d: 'K', n: 2 }, { d: null, n: 3 }] }, { code: 'L', rows: [] }] },
      // A column of texts and numbers stays as it is: "1" and 1 are not the same answer.
      { metric: 'mixed', params: '{}', value: [{ a: '1', b: null }, { a: 1, b: null }] },
    ],
  };

  it('reads back exactly the answers written', () => {
    expect(roundTrip(view)).toEqual(JSON.parse(JSON.stringify(view)));
    expect(roundTrip(view)!.answers[0].value).toEqual(units);
  });

  it('writes a list of like rows as its field names once and rows of values', () => {
    const written = summaryFile(view) as { answers: { value: unknown }[] };
    expect(written.answers[0].value).toMatchObject({ $columns: ['code', 'name', 'employees', 'completion'], text: [0, 1] });
    expect(JSON.stringify(written).length).toBeLessThan(JSON.stringify(view).length * 0.7);
  });

  it('reads nothing from another version or from what is no summary: the engine answers then', () => {
    expect(readSummaryFile({ version: 1, answers: [] })).toBeNull();
    expect(readSummaryFile(null)).toBeNull();
    expect(readSummaryFile({ version: 2 })).toBeNull();
    expect(readSummaryFile({ version: 2, answers: [] })).toBeNull(); // no list of texts
  });
});
