import { describe, expect, it } from 'vitest';
import { loadTables } from '../../src/db/load';
import { openNodeDb } from '../../src/db/node';
import { ingestFiles } from '../../src/ingest/ingest-files';
import { NO_PARAMS, runMetric } from '../../src/metrics/metric';
import { unmatchedUnits, unmatchedUnitSources } from '../../src/metrics/unmatched';
import { reportFor } from '../report/load-fixture';

// test/fixtures/small: `Lapas Plg` is written in employees.csv line 12 (Joko), signatures.csv line 9
// and incidents.tsv line 6; `Lapas` in signatures.csv line 10 is a rejected row (date), so not loaded.
describe('unmatchedUnitSources on test/fixtures/small', async () => {
  const { db } = await reportFor('small');

  it('gives each unmatched value its first row (by file name, then line) and its number of files', async () => {
    expect(await runMetric(db, unmatchedUnitSources, NO_PARAMS)).toEqual([
      { value: 'Lapas Plg', rows: 3, source: { kind: 'employees', file: 'employees.csv', line: 12, files: 3, sample: 'Joko' } },
    ]);
  });

  it('lists the same values, in the same order, as unmatchedUnits', async () => {
    const plain = await runMetric(db, unmatchedUnits, NO_PARAMS);
    const withSource = await runMetric(db, unmatchedUnitSources, NO_PARAMS);
    expect(withSource.map((u) => ({ value: u.value, rows: u.rows }))).toEqual(plain);
  });
});

describe('unmatchedUnitSources with many values and hostile text', () => {
  it('keeps values as written, orders by rows then value, and picks the earliest line', async () => {
    const units = 'unit_code,unit_name,unit_type,kanwil_code,directorate_code\r\nSETJEN,Sekretariat Jenderal,eselon1,,SETJEN\r\n';
    const roster = ['NIP,Nama,Unit'];
    const values = ["Rutan \"Medaeng\"'; DROP TABLE units; --", '=HYPERLINK("x")', 'Lapas Tanjung Gusta'];
    let n = 0;
    const long = `Nama ${'panjang '.repeat(40)}`; // 325 characters: the sample is cut to 120
    for (const [i, value] of values.entries()) {
      for (let k = 0; k <= i; k++) roster.push(`19800101200501${String(1000 + n++).padStart(4, '0')},${i === 0 ? long : 'Orang'},"${value.replace(/"/g, '""')}"`);
    }
    const enc = (s: string) => new TextEncoder().encode(s);
    const { tables } = ingestFiles([
      { name: 'units.csv', bytes: enc(units) },
      { name: 'b-pegawai.csv', bytes: enc(roster.join('\r\n')) },
      { name: 'a-tanda.csv', bytes: enc(`Timestamp,NIP,Unit\r\n01/02/2023 08:00,198001012005011999,Lapas Tanjung Gusta\r\n`) },
      { name: '0-kasus.csv', bytes: enc('Nomor Kasus,Tanggal Lapor,Unit Kerja,Jenis Pelanggaran\r\nK-9,05/02/2024,Rutan Medaeng,SPANDUK\r\n') },
    ]);
    const db = await openNodeDb();
    await loadTables(db, tables);
    const rows = await runMetric(db, unmatchedUnitSources, NO_PARAMS);
    expect(rows).toEqual([
      { value: 'Lapas Tanjung Gusta', rows: 4, source: { kind: 'signatures', file: 'a-tanda.csv', line: 2, files: 2, sample: '2023-02-01 08:00:00 · PEMILU2024' } },
      { value: '=HYPERLINK("x")', rows: 2, source: { kind: 'employees', file: 'b-pegawai.csv', line: 3, files: 1, sample: 'Orang' } },
      { value: "Rutan \"Medaeng\"'; DROP TABLE units; --", rows: 1, source: { kind: 'employees', file: 'b-pegawai.csv', line: 2, files: 1, sample: long.slice(0, 120) } },
      { value: 'Rutan Medaeng', rows: 1, source: { kind: 'incidents', file: '0-kasus.csv', line: 2, files: 1, sample: 'K-9 · 2024-02-05 · SPANDUK' } },
    ]);
  });
});
