import { describe, expect, it } from 'vitest';
import type { GroupRow } from '../../src/metrics/groups';
import type { Totals } from '../../src/metrics/totals';
import { daysBetween, deadlinePace, groupsBehind, kpiChange, neededFor } from '../../src/view-models/answers';

const group = (code: string, employees: number, signed: number): GroupRow => ({
  code, name: code === 'UNMATCHED' ? null : `Name ${code}`, employees, signed,
  completion: employees > 0 ? signed / employees : null, incidents: 0, openIncidents: 0,
});

const totals = (employees: number, signed: number, incidents = 0, openIncidents = 0): Totals => ({
  employees, signed, completion: employees > 0 ? signed / employees : null, unmatchedSigners: 0, duplicateSignatures: 0, incidents, openIncidents,
});

describe('neededFor', () => {
  it('counts the whole signatures still missing to a share', () => {
    expect(neededFor(100, 80, 1)).toBe(20);
    expect(neededFor(100, 80, 0.95)).toBe(15);
    expect(neededFor(70_014, 60_000, 0.95)).toBe(6_514); // 0.95 × 70,014 = 66,513.3 → 66,514
    expect(neededFor(20, 0, 0.95)).toBe(19); // 19.000000000000004 is 19, not 20
    expect(neededFor(3, 0, 0.5)).toBe(2);
  });

  it('is zero when the share is met or passed, and for no staff', () => {
    expect(neededFor(100, 96, 0.95)).toBe(0);
    expect(neededFor(100, 100, 1)).toBe(0);
    expect(neededFor(0, 0, 1)).toBe(0);
    expect(neededFor(0, 5, 0.95)).toBe(0);
  });
});

describe('kpiChange', () => {
  it('gives the change of every headline figure and the pace between the two days', () => {
    const change = kpiChange(totals(200, 150, 9, 4), totals(200, 120, 6, 5), '2023-11-01', '2023-12-01');
    expect(change.completion).toBeCloseTo(0.15, 10);
    expect(change).toMatchObject({ signed: 30, incidents: 3, openIncidents: -1, signedPerDay: 1 });
  });

  it('has no completion change without staff on a day, and no pace for the same day', () => {
    expect(kpiChange(totals(0, 0), totals(0, 0), '2023-12-01', '2023-12-01')).toEqual({
      completion: null, signed: 0, incidents: 0, openIncidents: 0, signedPerDay: null,
    });
  });
});

describe('deadlinePace', () => {
  const now = totals(1_000, 700);
  it('is nothing without a deadline', () => expect(deadlinePace(now, 1, '2023-12-01', null)).toEqual({ kind: 'none' }));
  it('is met when the target is reached, even after the deadline', () => {
    expect(deadlinePace(now, 0.7, '2023-12-01', '2023-12-31')).toEqual({ kind: 'met' });
    expect(deadlinePace(now, 0.7, '2023-12-01', '2023-01-01')).toEqual({ kind: 'met' });
  });
  it('says the deadline has passed, with what is still needed, on and after the deadline', () => {
    expect(deadlinePace(now, 1, '2023-12-01', '2023-12-01')).toEqual({ kind: 'passed', needed: 300 });
    expect(deadlinePace(now, 0.95, '2023-12-02', '2023-12-01')).toEqual({ kind: 'passed', needed: 250 });
  });
  it('spreads what is needed over the days after the as-of day through the deadline, rounded up', () => {
    expect(deadlinePace(now, 1, '2023-12-01', '2023-12-31')).toEqual({ kind: 'perDay', needed: 300, days: 30, perDay: 10 });
    expect(deadlinePace(now, 0.95, '2023-12-01', '2023-12-08')).toEqual({ kind: 'perDay', needed: 250, days: 7, perDay: 36 });
    expect(deadlinePace(now, 1, '2024-02-28', '2024-03-01')).toMatchObject({ days: 2 }); // leap day counted
  });
});

describe('daysBetween', () => {
  it('counts calendar days across months, years and leap days', () => {
    expect(daysBetween('2023-12-31', '2024-01-01')).toBe(1);
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
    expect(daysBetween('2023-03-01', '2023-02-01')).toBe(-28);
  });
});

describe('groupsBehind', () => {
  it('is empty for no groups', () => expect(groupsBehind([], 0.95)).toEqual([]));

  it('ranks the furthest behind first; ties: more still needed, then code; 100 % groups last', () => {
    const rows = groupsBehind([group('D', 10, 5), group('C', 100, 50), group('FULL', 8, 8), group('B', 20, 10), group('A', 20, 10), group('E', 10, 1)], 0.95);
    expect(rows.map((r) => r.code)).toEqual(['E', 'C', 'A', 'B', 'D', 'FULL']);
    expect(rows.map((r) => r.needed)).toEqual([9, 50, 10, 10, 5, 0]);
    expect(rows.map((r) => r.neededTarget)).toEqual([9, 45, 9, 9, 5, 0]);
  });

  it('leaves out groups without staff and the unmatched bucket, but keeps the Pusat bucket', () => {
    expect(groupsBehind([group('EMPTY', 0, 0), group('UNMATCHED', 50, 4), group('PUSAT', 10, 9), group('U1', 10, 0)], 1).map((r) => r.code))
      .toEqual(['U1', 'PUSAT']);
  });
});
