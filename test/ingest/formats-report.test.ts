import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm run report` on the format fixtures: an .xlsx workbook, UTF-16 LE and BE rosters, an AM/PM
// re-save and a registry with rows that would not fit their columns. It exits 0 with those rows
// rejected. Figures worked out by hand from test/fixtures/formats/make-fixtures.ts:
//   roster: LE 5 of 6 (12345 rejected) + BE 2 = 7 active; signatures: xlsx 4 of 5, AM/PM 3 of 4.
//   Signers: 001, 003, 009 (not in the roster) from the workbook; 002, 005, 006 from the re-save.
const ROOT = join(__dirname, '..', '..');

describe('npm run report -- test/fixtures/formats', () => {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/report.ts', 'test/fixtures/formats'], {
    cwd: ROOT, env: { ...process.env, TZ: 'UTC' }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
  });
  const report = JSON.parse(out);

  it('totals', () => {
    expect(report.as_of).toBe('2023-02-20');
    expect(report.totals).toEqual({
      employees: 7, signed: 5, completion: 5 / 7, unmatched_signers: 1, duplicate_signatures: 1, incidents: 0, open_incidents: 0,
    });
  });

  it('groups', () => {
    const pick = (list: { code: string; employees: number; signed: number }[]) => list.map((g) => [g.code, g.employees, g.signed]);
    // PUSAT: 001, 002 (SETJEN); KW-SUMSEL: 003, 007 (the Kanwil) + 004, 005, 006 (its Lapas).
    expect(pick(report.by_kanwil)).toEqual([['KW-SUMSEL', 5, 3], ['PUSAT', 2, 2]]);
    expect(pick(report.by_directorate)).toEqual([['DITJENPAS', 3, 2], ['SETJEN', 2, 2], ['KANWIL', 2, 1]]);
  });

  it('files, with the rejected rows by reason', () => {
    expect(report.files.map((f: { file: string; rows: number; loaded: number; rejected: number; reasons: object }) => [f.file, f.rows, f.loaded, f.rejected, f.reasons])).toEqual([
      ['roster-unicode-be.txt', 2, 2, 0, {}],
      ['roster-unicode-le.txt', 6, 5, 1, { nip_invalid: 1 }],
      ['signatures-ampm.csv', 4, 3, 1, { date_invalid: 1 }],
      ['signatures-form.xlsx', 5, 4, 1, { nip_scientific_notation: 1 }],
      ['units.csv', 8, 4, 4, { unit_code_reserved: 2, headcount_invalid: 1, cell_too_long: 1 }],
    ]);
  });
});
