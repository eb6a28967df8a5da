import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/db';
import { loadTables } from '../../src/db/load';
import { openNodeDb } from '../../src/db/node';
import { ingestFiles } from '../../src/ingest/ingest-files';
import { caseList, openCasesByUnit } from '../../src/metrics/cases';
import { latestDay } from '../../src/metrics/dataset-info';
import { runMetric } from '../../src/metrics/metric';
import { totals } from '../../src/metrics/totals';

// Contract section 4 as of a day, worked out by hand on five cases:
//   K1 reported 2023-01-10, SELESAI, decided 2023-03-01
//   K2 reported 2023-02-01, SANKSI_DIJATUHKAN, decided 2023-06-30 (open until then)
//   K3 reported 2023-02-15, KLARIFIKASI (open)
//   K4 reported 2023-05-20, TIDAK_TERBUKTI, no decision day (closed, age unknown)
//   K5 reported 2023-07-01, DILAPORKAN (open)
const units = 'kode unit,nama unit,jenis unit,kode kanwil,kode eselon1\nSETJEN,Sekretariat Jenderal,eselon1,,SETJEN\n';
const cases = [
  'nomor kasus,tanggal lapor,unit kerja,jenis pelanggaran,status kasus,tanggal putusan',
  'K1,2023-01-10,SETJEN,SPANDUK,SELESAI,2023-03-01',
  'K2,2023-02-01,SETJEN,SPANDUK,SANKSI_DIJATUHKAN,2023-06-30',
  'K3,2023-02-15,SETJEN,SPANDUK,KLARIFIKASI,',
  'K4,2023-05-20,SETJEN,SPANDUK,TIDAK_TERBUKTI,',
  'K5,2023-07-01,SETJEN,SPANDUK,DILAPORKAN,',
].join('\n');
const signatures = 'timestamp,nip\n2023-01-05 08:00:00,198001012005011001\n';

async function load(): Promise<Db> {
  const enc = (s: string) => new TextEncoder().encode(s);
  const { tables } = ingestFiles([{ name: 'units.csv', bytes: enc(units) }, { name: 'kasus.csv', bytes: enc(cases) }, { name: 'ttd.csv', bytes: enc(signatures) }]);
  const db = await openNodeDb();
  await loadTables(db, tables);
  return db;
}

describe('cases as of a day', async () => {
  const db = await load();
  const at = (asOf: string) => ({ campaign: 'PEMILU2024', asOf });

  it('defaults to the latest signature, report or decision day', async () => {
    expect(await runMetric(db, latestDay, { campaign: 'PEMILU2024' })).toBe('2023-07-01');
    expect(await runMetric(db, latestDay, { campaign: 'NONE' })).toBe('2023-07-01');
  });

  it('counts cases reported up to the day; a case decided later is open on it', async () => {
    expect(await runMetric(db, totals, at('2022-12-31'))).toMatchObject({ incidents: 0, openIncidents: 0 });
    // 2023-02-20: K1 K2 K3 reported; K1 open (decided 03-01), K2 open, K3 open.
    expect(await runMetric(db, totals, at('2023-02-20'))).toMatchObject({ incidents: 3, openIncidents: 3 });
    // 2023-03-01: K1 decided that day: closed at the end of it.
    expect(await runMetric(db, totals, at('2023-03-01'))).toMatchObject({ incidents: 3, openIncidents: 2 });
    // 2023-06-29: K1 closed; K2 K3 open; K4 closed (no decision day).
    expect(await runMetric(db, totals, at('2023-06-29'))).toMatchObject({ incidents: 4, openIncidents: 2 });
    // 2023-07-01: K2 closed; K3 K5 open.
    expect(await runMetric(db, totals, at('2023-07-01'))).toMatchObject({ incidents: 5, openIncidents: 2 });
  });

  it('filters open and closed as they stood on the day', async () => {
    expect(await runMetric(db, totals, { ...at('2023-02-20'), status: 'closed' })).toMatchObject({ incidents: 0 });
    expect(await runMetric(db, totals, { ...at('2023-06-29'), status: 'closed' })).toMatchObject({ incidents: 2 });
    expect(await runMetric(db, totals, { ...at('2023-06-29'), status: 'open' })).toMatchObject({ incidents: 2, openIncidents: 2 });
  });

  it('ages open cases to the day and closed cases to their decision', async () => {
    const list = await runMetric(db, caseList, at('2023-06-29'));
    const age = Object.fromEntries(list.map((c) => [c.caseId, [c.isOpen, c.ageDays]]));
    expect(age).toEqual({
      K1: [false, 50], // 2023-01-10 → 2023-03-01
      K2: [true, 148], // 2023-02-01 → 2023-06-29
      K3: [true, 134], // 2023-02-15 → 2023-06-29
      K4: [false, null], // closed, no decision day
    });
    const open = await runMetric(db, openCasesByUnit, at('2023-06-29'));
    expect(open).toEqual([{ unitCode: 'SETJEN', unitName: 'Sekretariat Jenderal', open: 2, oldestDays: 148 }]);
  });
});
