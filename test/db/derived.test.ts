import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/db';
import { loadPacked } from '../../src/db/load';
import { openNodeDb } from '../../src/db/node';
import { sql } from '../../src/db/sql';
import { ingestFilesPacked } from '../../src/ingest/ingest-files';

// The derived tables of src/db/model.ts on a hand-made case, row by row: the figures every metric
// reads. Roster basis: Andi (Setjen) signed twice, the earlier row written last; Budi (Lapas
// Palembang) once; Citra left (active=false) but signed; Dodi is in no roster but wrote Setjen; Eko's
// roster unit "Lapas Antah" matches no registry unit; Fani never signed. Headcount basis: the same
// signatures without the roster, each signer placed by the unit of the first signature.
const UNITS = `unit_code,unit_name,unit_type,kanwil_code,directorate_code,province,aliases,headcount
SETJEN,Sekretariat Jenderal,eselon1,,,DKI Jakarta,Setjen,5
DITJENPAS,Direktorat Jenderal Pemasyarakatan,eselon1,,,DKI Jakarta,,0
KW-SUMSEL,Kanwil Sumatera Selatan,kanwil,,,Sumatera Selatan,Kanwil Sumsel,2
LAPAS-PLG-1,Lapas Kelas I Palembang,upt,KW-SUMSEL,DITJENPAS,Sumatera Selatan,Lapas Palembang,7
`;
const ANDI = '198001012005011001';
const BUDI = '198001022005011002';
const CITRA = '198001032005012003';
const DODI = '198001042005011004';
const EKO = '198001052005011005';
const FANI = '198001062005012006';
const ROSTER = `NIP;Nama;Unit Kerja;Aktif
${ANDI};Andi;Sekretariat Jenderal;Ya
${BUDI};Budi;LAPAS-PLG-1;Ya
${CITRA};Citra;Kanwil Sumsel;Tidak
${EKO};Eko;Lapas Antah;Ya
${FANI};Fani;setjen;Ya
`;
const SIGNATURES = `Timestamp,NIP,Nama,Unit Kerja
10/02/2023 08:00:00,${ANDI},Andi,Lapas Palembang
15/02/2023 09:00:00,${BUDI},Budi,Lapas Palembang
30/01/2023 23:59:00,${ANDI},Andi,Setjen
16/02/2023 10:00:00,${CITRA},Citra,Kanwil Sumsel
17/02/2023 11:00:00,${DODI},Dodi,Setjen
18/02/2023 12:00:00,${EKO},Eko,Lapas Plg
`;

async function loaded(files: Record<string, string>): Promise<Db> {
  const inputs = Object.entries(files).map(([name, text]) => ({ name, bytes: new TextEncoder().encode(text) }));
  const { files: results, packed } = ingestFilesPacked(inputs);
  for (const f of results) expect([f.kind, f.problem, f.rejects.length, f.loaded], f.file).toEqual([expect.any(String), null, 0, f.rowsRead]);
  const db = await openNodeDb();
  await loadPacked(db, packed);
  return db;
}

const rows = async (db: Db, query: ReturnType<typeof sql>) => (await db.run(query)).map((r) => Object.values(r));
const day = (ms: unknown) => new Date(Number(ms)).toISOString().slice(0, 10);

describe('derived tables on the roster basis', async () => {
  const db = await loaded({ 'units.csv': UNITS, 'pegawai.csv': ROSTER, 'ttd.csv': SIGNATURES });

  it('places each roster row in its unit and groups, unmatched units in UNMATCHED', async () => {
    expect(await rows(db, sql`SELECT nip, unit_name, active, unit_code, unit_type, kanwil_group, directorate_group FROM emp ORDER BY nip`)).toEqual([
      [ANDI, 'Sekretariat Jenderal', true, 'SETJEN', 'eselon1', 'PUSAT', 'SETJEN'],
      [BUDI, 'Lapas Kelas I Palembang', true, 'LAPAS-PLG-1', 'upt', 'KW-SUMSEL', 'DITJENPAS'],
      [CITRA, 'Kanwil Sumatera Selatan', false, 'KW-SUMSEL', 'kanwil', 'KW-SUMSEL', 'KANWIL'],
      [EKO, 'Lapas Antah', true, 'UNMATCHED', null, 'UNMATCHED', 'UNMATCHED'],
      [FANI, 'Sekretariat Jenderal', true, 'SETJEN', 'eselon1', 'PUSAT', 'SETJEN'],
    ]);
  });

  it('keeps one row per signer: the earliest day, every row counted, the roster deciding who is counted where', async () => {
    const got = await rows(db, sql`SELECT campaign, nip, first_day, n_rows, in_roster, counted, unit_code FROM signer ORDER BY nip`);
    expect(got.map(([c, n, d, ...rest]) => [c, n, day(d), ...rest])).toEqual([
      ['PEMILU2024', ANDI, '2023-01-30', 2, true, true, 'SETJEN'], // the earlier row, written last
      ['PEMILU2024', BUDI, '2023-02-15', 1, true, true, 'LAPAS-PLG-1'],
      ['PEMILU2024', CITRA, '2023-02-16', 1, false, false, null], // a leaver is not in the active roster
      ['PEMILU2024', DODI, '2023-02-17', 1, false, false, null], // not in the roster: his own unit is not read
      ['PEMILU2024', EKO, '2023-02-18', 1, true, true, 'UNMATCHED'], // placed by the roster, not by "Lapas Plg"
    ]);
  });

  it('counts active staff per unit', async () => {
    expect(await rows(db, sql`SELECT unit_code, unit_type, kanwil_group, directorate_group, employees FROM staff_by_unit ORDER BY unit_code`)).toEqual([
      ['LAPAS-PLG-1', 'upt', 'KW-SUMSEL', 'DITJENPAS', 1],
      ['SETJEN', 'eselon1', 'PUSAT', 'SETJEN', 2],
      ['UNMATCHED', null, 'UNMATCHED', 'UNMATCHED', 1],
    ]);
  });

  it('counts signers per unit and first day, with their repeated rows', async () => {
    const got = await rows(db, sql`SELECT campaign, counted, first_day, unit_code, unit_type, kanwil_group, directorate_group, signers, extra_rows
      FROM signed_by_day ORDER BY first_day`);
    expect(got.map(([c, k, d, ...rest]) => [c, k, day(d), ...rest])).toEqual([
      ['PEMILU2024', true, '2023-01-30', 'SETJEN', 'eselon1', 'PUSAT', 'SETJEN', 1, 1],
      ['PEMILU2024', true, '2023-02-15', 'LAPAS-PLG-1', 'upt', 'KW-SUMSEL', 'DITJENPAS', 1, 0],
      ['PEMILU2024', false, '2023-02-16', null, null, null, null, 1, 0],
      ['PEMILU2024', false, '2023-02-17', null, null, null, null, 1, 0],
      ['PEMILU2024', true, '2023-02-18', 'UNMATCHED', null, 'UNMATCHED', 'UNMATCHED', 1, 0],
    ]);
  });
});

describe('derived tables on the headcount basis (no roster)', async () => {
  const db = await loaded({ 'units.csv': UNITS, 'ttd.csv': SIGNATURES });

  it('has no roster rows', async () => {
    expect(await rows(db, sql`SELECT count(*) FROM emp`)).toEqual([[0]]);
  });

  it('places each signer by the unit written on the first signature; an unmatched unit places nobody', async () => {
    const got = await rows(db, sql`SELECT nip, first_day, n_rows, in_roster, counted, unit_code FROM signer ORDER BY nip`);
    expect(got.map(([n, d, ...rest]) => [n, day(d), ...rest])).toEqual([
      [ANDI, '2023-01-30', 2, false, true, 'SETJEN'], // "Setjen" on 30/01, not "Lapas Palembang" on 10/02
      [BUDI, '2023-02-15', 1, false, true, 'LAPAS-PLG-1'],
      [CITRA, '2023-02-16', 1, false, true, 'KW-SUMSEL'],
      [DODI, '2023-02-17', 1, false, true, 'SETJEN'],
      [EKO, '2023-02-18', 1, false, false, null], // "Lapas Plg" matches no unit
    ]);
  });

  it('takes the denominator from the registry headcount', async () => {
    expect(await rows(db, sql`SELECT unit_code, unit_type, kanwil_group, directorate_group, employees FROM staff_by_unit ORDER BY unit_code`)).toEqual([
      ['DITJENPAS', 'eselon1', 'PUSAT', 'DITJENPAS', 0],
      ['KW-SUMSEL', 'kanwil', 'KW-SUMSEL', 'KANWIL', 2],
      ['LAPAS-PLG-1', 'upt', 'KW-SUMSEL', 'DITJENPAS', 7],
      ['SETJEN', 'eselon1', 'PUSAT', 'SETJEN', 5],
    ]);
  });

  it('counts signers per unit and first day', async () => {
    const got = await rows(db, sql`SELECT counted, first_day, unit_code, unit_type, kanwil_group, directorate_group, signers, extra_rows
      FROM signed_by_day ORDER BY first_day`);
    expect(got.map(([k, d, ...rest]) => [k, day(d), ...rest])).toEqual([
      [true, '2023-01-30', 'SETJEN', 'eselon1', 'PUSAT', 'SETJEN', 1, 1],
      [true, '2023-02-15', 'LAPAS-PLG-1', 'upt', 'KW-SUMSEL', 'DITJENPAS', 1, 0],
      [true, '2023-02-16', 'KW-SUMSEL', 'kanwil', 'KW-SUMSEL', 'KANWIL', 1, 0],
      [true, '2023-02-17', 'SETJEN', 'eselon1', 'PUSAT', 'SETJEN', 1, 0],
      [false, '2023-02-18', null, null, null, null, 1, 0],
    ]);
  });
});
