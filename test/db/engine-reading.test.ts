import { readdirSync, readFileSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/db';
import { readInEngine } from '../../src/db/engine-reading';
import { insertCsv, loadTables, priorKeys } from '../../src/db/load';
import type { PriorKeys } from '../../src/ingest/combine';
import { CrossFileRules } from '../../src/ingest/cross-file';
import { ingestFiles } from '../../src/ingest/ingest-files';
import { openNodeDb } from '../../src/db/node';
import { ident, join, sql } from '../../src/db/sql';
import { ingestBytes, ingestHead, type IngestOptions } from '../../src/ingest/ingest-file';
import type { FileResult } from '../../src/ingest/report-types';
import { packRows } from '../../src/ingest/row-packer';
import { TABLES } from '../../src/schema/tables';
import { CORPUS } from '../corpus-path';

// The engine's reading path gives exactly the TypeScript reader's report and rows (db/engine-reading.ts).
let db: Db;
beforeAll(async () => { db = await openNodeDb(); });
afterAll(async () => { await db.close(); });

const enc = (s: string) => new TextEncoder().encode(s);
const report = (r: FileResult) => ({ ...r, rows: undefined, packed: undefined });

/** Both readers on the same bytes: null when the engine leaves the file to the TypeScript reader. */
async function bothWays(name: string, bytes: Uint8Array, options: IngestOptions = {}, prior?: PriorKeys) {
  const ts = ingestBytes(name, bytes, options, new CrossFileRules(prior));
  const read = await readInEngine(db, name, bytes, ingestHead(name, bytes, options), { append: prior !== undefined });
  if (!read) return null;
  const kind = ts.kind as 'employees' | 'signatures';
  const columns = TABLES[kind].columns.map(([c]) => ident(c));
  await db.run(sql`CREATE OR REPLACE TEMP TABLE engine_rows AS SELECT ${join(columns, ', ')} FROM ${ident(read.table)} WHERE ok`);
  await db.run(sql`CREATE OR REPLACE TEMP TABLE ts_rows AS SELECT * FROM engine_rows LIMIT 0`);
  await insertCsv(db, { table: 'ts_rows', columns: TABLES[kind].columns }, packRows(ts.rows));
  const diff = await db.run(sql`SELECT 'engine only' AS side, * FROM (SELECT * FROM engine_rows EXCEPT ALL SELECT * FROM ts_rows)
    UNION ALL SELECT 'typescript only', * FROM (SELECT * FROM ts_rows EXCEPT ALL SELECT * FROM engine_rows)`);
  await db.run(sql`DROP TABLE ${ident(read.table)}`);
  return { ts, engine: read.result, diff, routed: read.routed };
}

const ROSTER = [
  'Daftar pegawai aktif',
  'NIP;Nama Lengkap;Unit Kerja;Status Kepegawaian;Jenis Jabatan;Aktif',
  '198609262015051001;Ani;LAPAS-PLG-1;PNS;PELAKSANA;Ya',
  "'198609262015051002;Budi;Lapas Palembang;pns;Fungsional;",
  '19860926 201505 1 003;"Citra; S.H.";KW-SUMSEL;Pegawai Negeri Sipil;JPT;tidak',
  '1,98609E+17;Dedi;KW-SUMSEL;PNS;;Ya',
  '19860926201505100;Eka;KW-SUMSEL;PNS;;Ya',
  ';Fajar;KW-SUMSEL;PNS;;Ya',
  '198609262015051007;Gita;;PNS;;Ya',
  '198609262015051008;Hadi;KW-SUMSEL;HONORER;;0',
  '198609262015051001;Ani lagi;KW-SUMSEL;PNS;;Ya',
  "198609262015051002;Budi lagi;KW-SUMSEL;PPPK;;no",
  '198609262015051000;Indah;DITJENPAS;CPNS;ADMINISTRATOR;N',
  `198609262015051011;${'x'.repeat(10_001)};KW-SUMSEL;PNS;;Ya`,
  '\u00a0198609262015051012\u00a0; Joko ;\u3000Rutan Palembang ;PNS;;YA',
  '198609262015051013;"Kiki ""K""";KW-SUMSEL;pppk;pelaksana;false',
  '198609262015051012;Joko lagi;KW-SUMSEL;PNS;;Ya',
  '198609262015051014;René Ünal 😀;Kanwil Sumatera Selatan;PNS;;Ya',
  '198609262015051015;Vera\u000b;KW-SUMSEL;PNS;;Ya', // a vertical tab is white space to trim()
  '',
];

const SIGNATURES = [
  'Stempel waktu,NIP,Nama Lengkap,Unit Kerja,Kampanye,Media',
  '14/3/2023 12:43:00,198609262015051001,Ani,LAPAS-PLG-1,,FORM',
  '2023-02-15 16:28:05,198609262015051002,Budi,,Pemilu 2024,kertas',
  '2023-02-15T16:28:05,198609262015051003,Citra,,pilkada-2024,Formulir',
  '2023-02-15,198609262015051004,Dedi,,,',
  '15 Februari 2023,198609262015051005,Eka,,,',
  '31/02/2023 10:00:00,198609262015051006,Fajar,,,',
  '2023-13-01 10:00:00,198609262015051007,Gita,,,',
  ',198609262015051008,Hadi,,,',
  '4/2/2023 9:05,198609262015051009,Indah,,,APEL',
  '4/2/2023 9.05.01,198609262015051010,Joko,,,',
  '14/3/2023 12:43:00,198609262015051001,Ani lagi,LAPAS-PLG-1,,FORM',
  '1/1/2024 00:00:00,198609262015051000,Kiki,,PEMILU2024,',
  '29/02/2024 23:59:59,198609262015051011,Lala,,,',
  '29/02/2023 23:59:59,198609262015051012,Mira,,,',
  '2023-2-5 7:05:00,198609262015051013,Nina,,,',
  '1/1/0000 10:00:00,198609262015051014,Oki,,,',
  '12/12/2023 24:00:00,198609262015051015,Puji,,,',
  '2023-02-15 16:28:05+07:00,198609262015051016,Qori,,,',
  '1,98609E+17,x,,,',
  '',
];

describe('the engine reading path', () => {
  it('reads a roster with every kind of row exactly as the TypeScript reader does', async () => {
    for (const eol of ['\n', '\r\n']) {
      const both = await bothWays('roster.csv', enc(ROSTER.join(eol)));
      expect(both).not.toBeNull();
      expect(both!.diff).toEqual([]);
      expect(report(both!.engine)).toEqual(report(both!.ts));
      expect(both!.ts.rejects.map((r) => r.reason)).toEqual(expect.arrayContaining(['duplicate_nip', 'nip_scientific_notation', 'nip_invalid', 'required_missing', 'cell_too_long']));
      expect(both!.ts.warnings.length).toBeGreaterThan(0);
      // Both paths were taken: rows the SQL rules loaded, and rows they left to the TypeScript rules.
      expect(both!.routed).toBeGreaterThan(3);
      expect(both!.routed).toBeLessThan(both!.ts.rowsRead - 3);
    }
  });

  it('reads a pledge export, day-first or month-first, exactly as the TypeScript reader does', async () => {
    const dayFirst = await bothWays('ttd.csv', enc(`\uFEFF${SIGNATURES.join('\n')}`));
    expect(dayFirst).not.toBeNull();
    expect(dayFirst!.diff).toEqual([]);
    expect(report(dayFirst!.engine)).toEqual(report(dayFirst!.ts));
    expect(dayFirst!.ts.duplicates).toBe(1);
    expect(dayFirst!.routed).toBeGreaterThan(3);
    expect(dayFirst!.routed).toBeLessThan(dayFirst!.ts.rowsRead - 3);
    // A month-first hint on the first data row: the TypeScript reader then never re-reads stored rows
    // (when the hint comes later, it rejects re-read rows with their values as stored, not as written).
    const lines = [SIGNATURES[0], '10/17/2022 8:03:42 PM,198609262015051099,Zed,,,', ...SIGNATURES.slice(1)];
    const monthFirst = await bothWays('ttd-us.csv', enc(lines.join('\n')));
    expect(monthFirst!.ts.monthFirst).toEqual({ signed_at: true });
    expect(monthFirst!.diff).toEqual([]);
    expect(report(monthFirst!.engine)).toEqual(report(monthFirst!.ts));
  });

  it('appends as the TypeScript reader does: NIPs already loaded were seen first, signatures already loaded count as repeated', async () => {
    const first = ingestFiles([{ name: 'roster.csv', bytes: enc(ROSTER.slice(0, 8).join('\n')) }, { name: 'ttd.csv', bytes: enc(SIGNATURES.slice(0, 6).join('\n')) }]);
    await loadTables(db, first.tables);
    const prior = await priorKeys(db, ['employees', 'signatures']);
    for (const name of ['roster.csv', 'roster-2.csv']) {
      const roster = await bothWays(name, enc(ROSTER.join('\n')), {}, prior);
      expect(roster!.diff).toEqual([]);
      expect(report(roster!.engine)).toEqual(report(roster!.ts));
      expect(roster!.ts.rejects.filter((r) => r.reason === 'duplicate_nip').length).toBeGreaterThan(3);
    }
    const signatures = await bothWays('ttd-2.csv', enc(SIGNATURES.join('\n')), {}, prior);
    expect(signatures!.diff).toEqual([]);
    expect(report(signatures!.engine)).toEqual(report(signatures!.ts));
    expect(signatures!.ts.duplicates).toBeGreaterThan(3);
  });

  it('says how far it is after each step, for the progress bar', async () => {
    const bytes = enc(SIGNATURES.join('\n'));
    const steps: number[] = [];
    const read = await readInEngine(db, 'ttd.csv', bytes, ingestHead('ttd.csv', bytes), { onStep: (done) => steps.push(done) });
    expect(read).not.toBeNull();
    expect(steps.length).toBeGreaterThanOrEqual(2);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(steps.every((x) => x > 0 && x < 1)).toBe(true);
    await db.run(sql`DROP TABLE ${ident(read!.table)}`);
  });

  it('leaves to the TypeScript reader what it cannot read exactly', async () => {
    const cases = [
      'NIP,Unit\n198609262015051001,"KW\nSUMSEL"\n', // a line break inside quotes
      'NIP,Unit\n198609262015051001,KW\n\n198609262015051002,KW\n', // an empty line among the data
      'NIP,Unit\n198609262015051001,KW,extra\n', // another width
      'NIP,Unit\n198609262015051001,K"W\n', // a stray quote
    ];
    for (const text of cases) expect(await bothWays('roster.csv', enc(text))).toBeNull();
    const latin1 = new Uint8Array([...enc('NIP,Unit\n198609262015051001,Ren'), 0xe9, 0x0a]);
    expect(await bothWays('roster.csv', latin1)).toBeNull();
    expect(await bothWays('units.csv', enc('kode unit,nama unit,jenis unit\nKW-A,Kanwil A,kanwil\n'))).toBeNull();
  });

  it('reads every file of the CSV corpus it takes as the TypeScript reader does (read as a roster: first column NIP, second unit)', async () => {
    let taken = 0;
    for (const name of readdirSync(CORPUS).filter((n) => /\.(csv|tsv|txt)$/.test(n))) {
      const bytes = new Uint8Array(readFileSync(joinPath(CORPUS, name)));
      const head = ingestHead(name, bytes, { kind: 'employees' });
      if (head.headers.length < 2) continue;
      const both = await bothWays(name, bytes, { kind: 'employees', mapping: { nip: 0, unit: 1 } });
      if (!both) continue;
      taken++;
      expect(both.diff, name).toEqual([]);
      expect(report(both.engine), name).toEqual(report(both.ts));
    }
    expect(taken).toBeGreaterThan(10);
  });
});
