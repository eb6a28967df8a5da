import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, reportFor } from './load-fixture';

// The bundled dataset's report, checked in. After an intended change: UPDATE_GOLDEN=1 npm test.
const GOLDEN = join(FIXTURES, '..', 'golden', 'data-report.json');

describe('golden report for data/', async () => {
  const { report } = await reportFor('../../data');
  it('matches test/golden/data-report.json', () => {
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, `${JSON.stringify(report, null, 2)}\n`);
    expect(JSON.parse(JSON.stringify(report))).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });

  it('accounts for every row and the deliberately damaged rows of the generator', () => {
    const files = Object.fromEntries(report.files.map((f) => [f.file, f]));
    for (const f of report.files) expect(f.loaded + f.rejected).toBe(f.rows);
    expect(files['pegawai.csv'].reasons).toEqual({ nip_scientific_notation: 12, nip_invalid: 5, duplicate_nip: 4 });
    expect(files['pegawai.csv'].suspect_nips).toBe(30);
    expect(files['tanda-tangan-ikrar.csv'].rejected).toBe(12);
    expect(files['tanda-tangan-ikrar.csv'].duplicates).toBe(600);
    expect(files['insiden.csv']).toMatchObject({ rejected: 0, duplicates: 6 });
    expect(report.totals.incidents).toBe(289);
    expect(report.by_kanwil.filter((g) => g.code.startsWith('KW-'))).toHaveLength(33);
    expect(report.by_directorate.filter((g) => !['KANWIL', 'UNMATCHED'].includes(g.code))).toHaveLength(11);
  });
});
