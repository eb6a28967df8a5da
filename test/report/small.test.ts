import { describe, expect, it } from 'vitest';
import { reportFor } from './load-fixture';

// test/fixtures/small: answers worked out by hand (see the comments on each figure).
describe('report on test/fixtures/small (roster basis)', async () => {
  const { report } = await reportFor('small');
  const group = (list: typeof report.by_kanwil, code: string) => list.find((g) => g.code === code);

  it('defaults the as-of day to the latest day in the data', () => {
    // Signature days end on 2023-03-05 (the 20/12/2023 row is rejected: E-notation NIP); the latest
    // incident is INS-7, reported 06/02/2024; no case has a decision day.
    expect(report.as_of).toBe('2024-02-06');
    expect(report.basis).toBe('roster');
    expect(report.campaign).toBe('PEMILU2024');
  });

  it('computes the totals', () => {
    expect(report.totals).toEqual({
      employees: 8, // 9 loaded roster rows, Citra is a leaver
      signed: 5, // Andi, Budi, Dewi, Fajar, Joko
      completion: 5 / 8,
      unmatched_signers: 2, // Citra (leaver) and a NIP not in the roster
      duplicate_signatures: 1, // Andi twice
      incidents: 5, // 6 loaded rows, INS-1 re-sent
      open_incidents: 3, // INS-3, the row without an id, INS-7 (unknown status → DILAPORKAN)
    });
  });

  it('groups by Kanwil with PUSAT and UNMATCHED buckets', () => {
    expect(report.by_kanwil.map((g) => g.code)).toEqual(['KW-BALI', 'KW-SUMSEL', 'PUSAT', 'UNMATCHED']);
    expect(group(report.by_kanwil, 'KW-SUMSEL')).toMatchObject({ employees: 5, signed: 2, completion: 0.4, incidents: 1, open_incidents: 0 });
    expect(group(report.by_kanwil, 'PUSAT')).toMatchObject({ name: 'Pusat', employees: 2, signed: 2, completion: 1, incidents: 2, open_incidents: 1 });
    expect(group(report.by_kanwil, 'KW-BALI')).toMatchObject({ employees: 0, signed: 0, completion: null, incidents: 1, open_incidents: 1 });
    expect(group(report.by_kanwil, 'UNMATCHED')).toMatchObject({ employees: 1, signed: 1, completion: 1, incidents: 1, open_incidents: 1 });
  });

  it('groups by directorate with KANWIL and UNMATCHED buckets', () => {
    expect(report.by_directorate.map((g) => g.code)).toEqual(['DITJENPAS', 'SETJEN', 'KANWIL', 'UNMATCHED']);
    expect(group(report.by_directorate, 'DITJENPAS')).toMatchObject({ employees: 3, signed: 1, completion: 1 / 3, incidents: 1, open_incidents: 0 });
    expect(group(report.by_directorate, 'SETJEN')).toMatchObject({ employees: 2, signed: 2, completion: 1, incidents: 2, open_incidents: 1 });
    expect(group(report.by_directorate, 'KANWIL')).toMatchObject({ name: 'Kantor Wilayah', employees: 2, signed: 1, completion: 0.5, incidents: 1, open_incidents: 1 });
  });

  it('counts incidents by category and month', () => {
    expect(report.incidents_by_category).toEqual([
      { category: 'SPANDUK', count: 2 }, { category: 'FOTO_BERPIHAK', count: 1 },
      { category: 'LAINNYA', count: 1 }, { category: 'MEDSOS_KAMPANYE', count: 1 },
    ]);
    expect(report.incidents_by_month).toEqual([
      { month: '2023-11', count: 1 }, { month: '2023-12', count: 1 }, { month: '2024-01', count: 1 }, { month: '2024-02', count: 2 },
    ]);
  });

  it('accounts for every row of every file', () => {
    const files = Object.fromEntries(report.files.map((f) => [f.file, f]));
    expect(files['employees.csv']).toMatchObject({ kind: 'employees', rows: 12, loaded: 9, rejected: 3, warnings: 0, encoding: 'windows-1252', delimiter: ';', suspect_nips: 1 });
    expect(files['employees.csv'].reasons).toEqual({ nip_scientific_notation: 1, duplicate_nip: 1, nip_invalid: 1 });
    expect(files['signatures.csv']).toMatchObject({ kind: 'signatures', rows: 10, loaded: 8, rejected: 2, duplicates: 1 });
    expect(files['signatures.csv'].reasons).toEqual({ date_invalid: 1, nip_scientific_notation: 1 });
    expect(files['incidents.tsv']).toMatchObject({ kind: 'incidents', rows: 8, loaded: 6, rejected: 2, warnings: 2, delimiter: '\t', duplicates: 1 });
    expect(files['incidents.tsv'].reasons).toEqual({ date_invalid: 1, required_missing: 1 });
    expect(files['units.csv']).toMatchObject({ kind: 'units', rows: 5, loaded: 5, rejected: 0 });
    for (const f of report.files) expect(f.loaded + f.rejected).toBe(f.rows);
  });

  it('lists unmatched unit values with their row counts across files', () => {
    expect(report.unmatched_units).toEqual([{ value: 'Lapas Plg', rows: 3 }]);
  });
});

describe('report on test/fixtures/small with --as-of', async () => {
  const { report } = await reportFor('small', 'PEMILU2024', '2023-02-14');
  it('counts only signatures and cases on or before the day', () => {
    expect(report.as_of).toBe('2023-02-14');
    // No case was reported by then (the first, INS-1, on 04/11/2023).
    expect(report.totals).toMatchObject({ employees: 8, signed: 2, completion: 0.25, unmatched_signers: 0, duplicate_signatures: 1, incidents: 0, open_incidents: 0 });
    expect(report.incidents_by_category).toEqual([]);
    expect(report.incidents_by_month).toEqual([]);
  });
});

describe('report for a campaign with no signatures', async () => {
  const { report } = await reportFor('small', 'PILKADA2024');
  it('keeps the roster and shows zero signers', () => {
    expect(report.totals).toMatchObject({ employees: 8, signed: 0, completion: 0, unmatched_signers: 0, duplicate_signatures: 0 });
  });
});
