import { describe, expect, it } from 'vitest';
import { countsOf, DEFAULT_MODES, loadChanges, needsQuestion, removesOverHalf, swapChanges, topReasons } from '../../src/app/load-guard';

const counts = (units: number, employees: number, signatures: number, incidents: number) => ({ units, employees, signatures, incidents });
const published = counts(620, 61_500, 61_132, 410);

describe('the default mode per kind', () => {
  it('replaces a roster and a registry (sent whole) and appends signatures and cases (sent in instalments)', () => {
    expect(DEFAULT_MODES).toEqual({ units: 'replace', employees: 'replace', signatures: 'append', incidents: 'append' });
  });
});

describe('countsOf', () => {
  it('sums the loaded rows per kind, refused and unrecognised files count nothing', () => {
    expect(countsOf([
      { kind: 'signatures', loaded: 40, problem: null }, { kind: 'signatures', loaded: 10, problem: null },
      { kind: 'employees', loaded: 0, problem: 'no_rows_loaded' }, { kind: null, loaded: 0, problem: 'kind_unknown' },
      { kind: 'units', loaded: 5, problem: null },
    ])).toEqual(counts(5, 0, 50, 0));
  });
});

describe('loadChanges and the question', () => {
  it('a 50-row late file loaded with "replace" over 61,132 signatures asks first', () => {
    const changes = loadChanges(published, published, { signatures: 50 }, { signatures: 'replace' });
    expect(changes.find((c) => c.kind === 'signatures')).toEqual({ kind: 'signatures', before: 61_132, after: 50, mode: 'replace' });
    expect(changes.filter(removesOverHalf).map((c) => c.kind)).toEqual(['signatures']);
    expect(needsQuestion(changes)).toBe(true);
  });

  it('the same file appended (the default for signatures) adds its rows and asks nothing', () => {
    const changes = loadChanges(published, published, { signatures: 50 }, {});
    expect(changes.map((c) => [c.kind, c.before, c.after])).toEqual([
      ['units', 620, 620], ['employees', 61_500, 61_500], ['signatures', 61_132, 61_182], ['incidents', 410, 410]]);
    expect(needsQuestion(changes)).toBe(false);
  });

  it('a new roster that keeps more than half of the old asks nothing; exactly half removed asks nothing; more asks', () => {
    expect(needsQuestion(loadChanges(published, published, { employees: 40_000 }, {}))).toBe(false);
    expect(needsQuestion(loadChanges(counts(0, 100, 0, 0), counts(0, 100, 0, 0), { employees: 50 }, {}))).toBe(false);
    expect(needsQuestion(loadChanges(counts(0, 100, 0, 0), counts(0, 100, 0, 0), { employees: 49 }, {}))).toBe(true);
  });

  it('loading into empty data never asks', () => {
    expect(needsQuestion(loadChanges(counts(0, 0, 0, 0), counts(0, 0, 0, 0), { employees: 3, signatures: 1 }, {}))).toBe(false);
  });

  it('over the published aggregate form, kinds not uploaded fall to nothing (only the registry stays as rows): the load asks', () => {
    const base = counts(620, 0, 0, 0);
    const changes = loadChanges(published, base, { signatures: 50 }, {});
    expect(changes.map((c) => [c.kind, c.before, c.after])).toEqual([
      ['units', 620, 620], ['employees', 61_500, 0], ['signatures', 61_132, 50], ['incidents', 410, 0]]);
    expect(changes.filter(removesOverHalf).map((c) => c.kind)).toEqual(['employees', 'signatures', 'incidents']);
  });

  it('a whole new set over the aggregate form keeps its figures and asks nothing', () => {
    expect(needsQuestion(loadChanges(published, counts(620, 0, 0, 0), { units: 620, employees: 61_000, signatures: 60_000, incidents: 400 }, {}))).toBe(false);
  });
});

describe('swapChanges (undo, back to published)', () => {
  it('gives before → after for every kind', () => {
    expect(swapChanges(counts(620, 61_500, 50, 410), published).map((c) => [c.kind, c.before, c.after])).toEqual([
      ['units', 620, 620], ['employees', 61_500, 61_500], ['signatures', 50, 61_132], ['incidents', 410, 410]]);
  });
});

describe('topReasons', () => {
  it('lists the most frequent reasons first, at most three, ties by name', () => {
    const rejects = [...Array(5).fill('date_invalid'), ...Array(2).fill('nip_invalid'), 'nip_scientific_notation', 'field_count', 'field_count']
      .map((reason) => ({ reason }));
    expect(topReasons(rejects)).toEqual([{ reason: 'date_invalid', count: 5 }, { reason: 'field_count', count: 2 }, { reason: 'nip_invalid', count: 2 }]);
    expect(topReasons([])).toEqual([]);
  });
});
