import { describe, expect, it } from 'vitest';
import { applyLoad, priorKeys } from '../../src/db/load';
import { ingestFiles } from '../../src/ingest/ingest-files';
import { packRows } from '../../src/ingest/row-packer';
import { runMetric } from '../../src/metrics/metric';
import { totals as totalsMetric } from '../../src/metrics/totals';
import type { Db } from '../../src/db/db';
import { reportFor } from './load-fixture';

const params = { campaign: 'PEMILU2024', asOf: '2024-12-31' };
const totals = (db: Db, _basis: string, p: typeof params) => runMetric(db, totalsMetric, p);
const bytes = (text: string) => new TextEncoder().encode(text);

describe('load plans on top of loaded data', async () => {
  it('leaves the loaded data exactly as it was when a load fails', async () => {
    const { db } = await reportFor('small');
    const before = await totals(db, 'roster', params);
    const broken = packRows([['198001012005011099', 'X', 'Setjen', 'setjen', null, null, 'not-a-boolean', 'x.csv', '2']]);
    await expect(applyLoad(db, { tables: { employees: { mode: 'replace', csv: broken } } })).rejects.toThrow();
    expect(await totals(db, 'roster', params)).toEqual(before);
  });

  it('appends a roster: a NIP already loaded is rejected naming where it was first', async () => {
    const { db } = await reportFor('small');
    const prior = await priorKeys(db, ['employees']);
    const set = ingestFiles([{ name: 'tambahan.csv', bytes: bytes('NIP,Nama,Unit Kerja\n198001012005011001,Andi,Setjen\n199901012020011001,Baru,Setjen\n') }], prior);
    const file = set.files[0];
    expect(file.rejects).toMatchObject([{ line: 2, reason: 'duplicate_nip', detail: 'first at employees.csv line 2' }]);
    await applyLoad(db, { tables: { employees: { mode: 'append', csv: packRows(set.tables.employees) } } });
    expect((await totals(db, 'roster', params)).employees).toBe(9);
  });

  it('appends incidents: a re-sent case replaces the loaded one', async () => {
    const { db } = await reportFor('small');
    const prior = await priorKeys(db, ['incidents']);
    const set = ingestFiles([{ name: 'kasus-baru.csv', bytes: bytes('Nomor Kasus,Tanggal Lapor,Unit Kerja,Jenis Pelanggaran,Status Kasus\nINS-3,2024-01-10,Kanwil Bali,LAINNYA,SELESAI\nINS-9,2024-03-01,Setjen,SPANDUK,\n') }], prior);
    expect(set.replacedCaseIds).toEqual(['INS-3']);
    await applyLoad(db, { tables: { incidents: { mode: 'append', csv: packRows(set.tables.incidents) } }, replacedCaseIds: set.replacedCaseIds });
    // 5 cases before; INS-3 closed now, INS-9 new and open.
    expect(await totals(db, 'roster', params)).toMatchObject({ incidents: 6, openIncidents: 3 });
  });

  it('replaces one kind and keeps the others', async () => {
    const { db } = await reportFor('small');
    const set = ingestFiles([{ name: 'ttd.csv', bytes: bytes('Timestamp,NIP\n2023-05-01 08:00:00,198001072005011007\n') }]);
    await applyLoad(db, { tables: { signatures: { mode: 'replace', csv: packRows(set.tables.signatures) } } });
    expect(await totals(db, 'roster', params)).toMatchObject({ employees: 8, signed: 1, duplicateSignatures: 0, incidents: 5 });
  });
});
