import { describe, expect, it } from 'vitest';
import type { CaseRow } from '../../src/metrics/cases';
import { AGE_BUCKETS, ageing, maskNip } from '../../src/view-models/leadership';

let nextId = 0;
const kase = (ageDays: number | null, isOpen = true): CaseRow => ({
  caseId: `C${++nextId}`, reportedOn: '2024-01-01', unitCode: 'U1', unitName: 'Unit 1', category: 'SPANDUK', source: null,
  status: isOpen ? 'DILAPORKAN' : 'SELESAI', isOpen, sanction: null, decidedOn: isOpen ? null : '2024-02-01', ageDays,
});

describe('maskNip', () => {
  it('keeps the first four and last two digits of an 18-digit NIP', () => {
    expect(maskNip('198501012010011001')).toBe(`1985${'•'.repeat(12)}01`);
  });

  it('leaves six characters or fewer as they are', () => {
    expect(maskNip('')).toBe('');
    expect(maskNip('12345')).toBe('12345');
    expect(maskNip('123456')).toBe('123456');
  });

  it('masks from seven characters on, keeping the length', () => {
    expect(maskNip('1234567')).toBe('1234•67');
    for (const nip of ['1234567', '198501012010011001', '1'.repeat(30)]) expect(maskNip(nip)).toHaveLength(nip.length);
  });
});

describe('ageing', () => {
  it('has one count per bucket and is all zero without cases', () => {
    expect(AGE_BUCKETS).toEqual([7, 30, 90, 180]);
    expect(ageing([])).toEqual([0, 0, 0, 0, 0]);
  });

  it.each([
    [0, 0], [7, 0], [8, 1], [30, 1], [31, 2], [90, 2], [91, 3], [180, 3], [181, 4], [5000, 4],
  ])('puts an open case aged %i days in bucket %i', (age, bucket) => {
    const expected = [0, 0, 0, 0, 0];
    expected[bucket] = 1;
    expect(ageing([kase(age)])).toEqual(expected);
  });

  it('does not count open cases of unknown age', () => {
    expect(ageing([kase(null), kase(null), kase(3)])).toEqual([1, 0, 0, 0, 0]);
  });

  it('does not count closed cases, whatever their age', () => {
    expect(ageing([kase(3, false), kase(200, false), kase(null, false), kase(200)])).toEqual([0, 0, 0, 0, 1]);
  });

  it('counts cases of one age together (the published aggregate form)', () => {
    expect(ageing([{ ageDays: 10, isOpen: true, cases: 3 }, { ageDays: 200, isOpen: true, cases: 2 }, { ageDays: 10, isOpen: false, cases: 9 }])).toEqual([0, 3, 0, 0, 2]);
  });

  it('adds up a mix of cases', () => {
    const cases = [1, 7, 8, 30, 31, 45, 90, 91, 180, 181, 400].map((age) => kase(age));
    expect(ageing(cases)).toEqual([2, 2, 3, 2, 2]);
  });
});
