import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/ingest-file';
import { ingestFiles } from '../../src/ingest/ingest-files';

const bytes = (text: string) => new TextEncoder().encode(text);

// Contract section 2: a file from which no row loads is refused as a whole and replaces nothing.
describe('a file from which no row loads', () => {
  it('is refused with no_rows_loaded, its rejected rows still reported', () => {
    const r = ingestBytes('ttd.csv', bytes('Timestamp,NIP\nnot a date,198001012005011001\n2023-01-05,1.98E+17\n'));
    expect(r).toMatchObject({ kind: 'signatures', problem: 'no_rows_loaded', rowsRead: 2, loaded: 0 });
    expect(r.rejects.map((x) => x.reason).sort()).toEqual(['date_invalid', 'nip_scientific_notation']);
  });

  it('includes a header without rows, and leaves the tables of that kind empty', () => {
    const set = ingestFiles([{ name: 'pegawai.csv', bytes: bytes('NIP;Nama;Unit Kerja\n') }]);
    expect(set.files[0]).toMatchObject({ kind: 'employees', problem: 'no_rows_loaded', rowsRead: 0 });
    expect(set.tables.employees).toEqual([]);
  });
});
