import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql';
import { datasetInfo, defaultCampaign } from '../../src/metrics/dataset-info';
import { NO_PARAMS } from '../../src/metrics/metric';
import { QueryClient } from '../../src/query/client';
import { buildReport, type Report } from '../../src/report/build-report';
import { FIXTURES, reportFor } from './load-fixture';

// The bundled dataset's report, checked in. After an intended change: UPDATE_GOLDEN=1 npm test.
const GOLDEN = join(FIXTURES, '..', 'golden', 'data-report.json');

// data/ is loaded once (it is large); both blocks below read the same database.
const loaded = reportFor('../../data');

describe('golden report for data/', async () => {
  const { report } = await loaded;
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
    expect(files['tanda-tangan-pilkada2024.csv']).toMatchObject({
      kind: 'signatures', rejected: 5, duplicates: 300, warnings: 0, delimiter: ';',
      reasons: { nip_scientific_notation: 2, nip_invalid: 2, date_invalid: 1 },
    });
    expect(files['komitmen-zi2023.csv']).toMatchObject({
      kind: 'signatures', rejected: 7, duplicates: 80, warnings: 0, delimiter: ';',
      reasons: { nip_scientific_notation: 2, nip_invalid: 3, date_invalid: 2 },
    });
    expect(files['insiden.csv']).toMatchObject({ rejected: 0, duplicates: 6 });
    expect(report.totals.incidents).toBe(289);
    expect(report.by_kanwil.filter((g) => g.code.startsWith('KW-'))).toHaveLength(33);
    expect(report.by_directorate.filter((g) => !['KANWIL', 'UNMATCHED'].includes(g.code))).toHaveLength(11);
  });
});

type Group = Report['by_kanwil'][number];
const completionOf = (groups: readonly Group[], keep: (code: string) => boolean): Map<string, number> =>
  new Map(groups.filter((g) => keep(g.code)).map((g) => [g.code, g.completion as number]));
const isKanwil = (code: string): boolean => code.startsWith('KW-');
const isDirectorate = (code: string): boolean => !['KANWIL', 'UNMATCHED'].includes(code);

// The generator's later campaigns (scripts/generate-data/pilkada.ts and zona-integritas.ts): signed
// by the same roster, with coverage that differs from Pemilu 2024 where leaders compare them.
describe('the other campaigns of data/', async () => {
  const { report: pemilu, db } = await loaded;
  const client = new QueryClient(db);
  const info = await client.request(datasetInfo, NO_PARAMS);
  const pilkada = await buildReport(client, [], { campaign: 'PILKADA2024' });
  const zi = await buildReport(client, [], { campaign: 'ZI2023' });
  const pemiluKanwil = completionOf(pemilu.by_kanwil, isKanwil);

  it('holds exactly the three campaign codes; Pemilu 2024 stays the default', async () => {
    expect(info.campaigns).toEqual(['PEMILU2024', 'PILKADA2024', 'ZI2023']);
    expect(defaultCampaign(info)).toBe('PEMILU2024');
    const rows = await db.run(sql`SELECT campaign, rows FROM campaigns ORDER BY campaign`);
    expect(rows.map((r) => [r.campaign, Number(r.rows)])).toEqual([['PEMILU2024', 62210], ['PILKADA2024', 56782], ['ZI2023', 47469]]);
  });

  it('Pilkada 2024: signed by 80–90 %, up to the eve of voting day, unlike Pemilu 2024 by Kanwil', () => {
    expect(pilkada.as_of).toBe('2024-11-26');
    expect(pilkada.totals.employees).toBe(pemilu.totals.employees);
    expect(pilkada.totals.completion).toBeGreaterThan(0.8);
    expect(pilkada.totals.completion).toBeLessThan(0.9);
    expect(pilkada.totals.duplicate_signatures).toBe(300);
    expect(pilkada.totals.unmatched_signers).toBeLessThan(200);
    const kanwil = completionOf(pilkada.by_kanwil, isKanwil);
    expect(kanwil.size).toBe(33);
    for (const [code, c] of kanwil) expect([code, c >= 0.5 && c <= 1]).toEqual([code, true]);
    // Some Kanwil complete for Pemilu lag for Pilkada, and some that lagged are complete.
    const nowBehind = [...kanwil].filter(([code, c]) => pemiluKanwil.get(code) === 1 && c < 0.8).map(([code]) => code);
    const nowComplete = [...kanwil].filter(([code, c]) => c === 1 && (pemiluKanwil.get(code) as number) < 0.8).map(([code]) => code);
    expect(nowBehind).toEqual(expect.arrayContaining(['KW-SUMUT', 'KW-BANTEN', 'KW-NTB']));
    expect(nowComplete).toEqual(expect.arrayContaining(['KW-JATENG', 'KW-MALUT', 'KW-SULBAR']));
    // Immigration lags after the October 2024 split; some small directorates are complete.
    const directorate = completionOf(pilkada.by_directorate, isDirectorate);
    const pemiluDirectorate = completionOf(pemilu.by_directorate, isDirectorate);
    expect(directorate.get('DITJENIM') as number).toBeLessThan((pemiluDirectorate.get('DITJENIM') as number) - 0.08);
    expect(directorate.get('BSK')).toBe(1);
  });

  it('Zona Integritas 2023: lower coverage, 55–90 % by Kanwil and directorate, spread out', () => {
    // Its signatures end in 2023; the latest day in the data is the incidents' (contract section 4).
    expect(zi.as_of).toBe(pemilu.as_of);
    expect(zi.totals.completion).toBeGreaterThan(0.6);
    expect(zi.totals.completion).toBeLessThan(0.75);
    expect(zi.totals.duplicate_signatures).toBe(80);
    const groups = [...completionOf(zi.by_kanwil, isKanwil), ...completionOf(zi.by_directorate, isDirectorate)];
    for (const [code, c] of groups) expect([code, c >= 0.54 && c <= 0.91]).toEqual([code, true]);
    const kanwil = [...completionOf(zi.by_kanwil, isKanwil).values()];
    expect(Math.max(...kanwil) - Math.min(...kanwil)).toBeGreaterThan(0.2);
    // Kanwil complete for Pemilu are not all complete for ZI.
    expect(completionOf(zi.by_kanwil, isKanwil).get('KW-SUMUT') as number).toBeLessThan(0.7);
  });
});
