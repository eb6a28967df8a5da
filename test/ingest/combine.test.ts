import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/ingest/ingest-files';
import { bytes, expectBalanced, rejectSummary, rowObject } from './helpers';

const file = (name: string, ...lines: string[]) => ({ name, bytes: bytes(lines.join('\n') + '\n') });

describe('roster: a NIP listed twice keeps its first row', () => {
  const { files, tables } = ingestFiles([
    file('pegawai-a.csv', 'NIP,Nama,Unit', '198609262015051001,Andi,Setjen', '198609262015051002,Budi,Setjen'),
    file('pegawai-b.csv', 'NIP,Nama,Unit', '198609262015051003,Citra,Lapas Plg', "'19860926 201505 1 001,Andi Baru,Lapas Plg", '198609262015051003,Citra 2,Lapas Plg'),
  ]);

  it('rejects the later row in the second file, naming the first file and line', () => {
    const [a, b] = files;
    expect(a.rejects).toEqual([]);
    expect(rejectSummary(b)).toEqual([
      { line: 3, reason: 'duplicate_nip', column: 'nip' },
      { line: 4, reason: 'duplicate_nip', column: 'nip' },
    ]);
    expect(b.rejects[0].detail).toContain('pegawai-a.csv');
    expect(b.rejects[0].detail).toMatch(/\bline 2\b/);
    expect(b.rejects[1].detail).toMatch(/\bline 2\b/); // first seen at line 2 of the same file
    expect(b.rejects[1].detail).not.toContain('pegawai-a.csv');
    expect([a.rowsRead, a.loaded, b.rowsRead, b.loaded]).toEqual([2, 2, 3, 1]);
    for (const f of files) expectBalanced(f);
  });

  it('the roster table holds each NIP once, from its first row', () => {
    expect(tables.employees.map((r) => [r[0], r[1]])).toEqual([
      ['198609262015051001', 'Andi'],
      ['198609262015051002', 'Budi'],
      ['198609262015051003', 'Citra'],
    ]);
  });
});

describe('signatures: repeated sign-ups are kept and counted', () => {
  const { files, tables } = ingestFiles([
    file('ttd-1.csv', 'Timestamp,NIP', '30/01/2023 9:05:01,198609262015051001', '30/01/2023 9:06:00,198609262015051002', '31/01/2023 10:00:00,198609262015051001'),
    file('ttd-2.csv', 'Timestamp,NIP,Kampanye', '01/02/2023 8:00:00,198609262015051001,', '01/02/2023 8:00:00,198609262015051001,PILKADA2024', '02/02/2023 8:00:00,198609262015051003,'),
  ]);

  it('counts one duplicate in each file (same NIP, same campaign)', () => {
    expect(files.map((f) => f.duplicates)).toEqual([1, 1]);
    expect(files.map((f) => f.loaded)).toEqual([3, 3]);
    for (const f of files) expectBalanced(f);
  });

  it('keeps every row in the table', () => {
    expect(tables.signatures.map((r) => [r[0], r[1], r[5]])).toEqual([
      ['198609262015051001', '2023-01-30 09:05:01', 'PEMILU2024'],
      ['198609262015051002', '2023-01-30 09:06:00', 'PEMILU2024'],
      ['198609262015051001', '2023-01-31 10:00:00', 'PEMILU2024'],
      ['198609262015051001', '2023-02-01 08:00:00', 'PEMILU2024'],
      ['198609262015051001', '2023-02-01 08:00:00', 'PILKADA2024'],
      ['198609262015051003', '2023-02-02 08:00:00', 'PEMILU2024'],
    ]);
  });
});

describe('incidents: a re-sent case_id replaces the earlier row', () => {
  const { files, tables } = ingestFiles([
    file('kasus-okt.csv', 'no kasus,tanggal lapor,unit,kategori,status', 'INS-1,04/11/2023,Lapas Palembang,SPANDUK,dilaporkan', 'INS-2,05/11/2023,Setjen,other,'),
    file('kasus-nov.csv', 'no kasus,tanggal lapor,unit,kategori,status,sanksi', 'INS-1,04/11/2023,Lapas Palembang,SPANDUK,Sanksi Dijatuhkan,moral'),
  ]);

  it('keeps one row per case, the later one', () => {
    const rows = tables.incidents.map((r) => rowObject('incidents', r));
    expect(rows.map((r) => [r.case_id, r.status, r.sanction, r.src_file])).toEqual([
      ['INS-2', 'DILAPORKAN', null, 'kasus-okt.csv'],
      ['INS-1', 'SANKSI_DIJATUHKAN', 'MORAL', 'kasus-nov.csv'],
    ]);
  });

  it('every row read is still accounted for', () => {
    expect(files.map((f) => [f.rowsRead, f.loaded, f.rejects.length])).toEqual([[2, 2, 0], [1, 1, 0]]);
    expect(files.map((f) => f.duplicates)).toEqual([0, 1]);
  });

  it('generated case ids (<file>:<line>) do not collide across files', () => {
    const set = ingestFiles([
      file('a.csv', 'tanggal lapor,unit,kategori', '2024-01-12,Setjen,SPANDUK'),
      file('b.csv', 'tanggal lapor,unit,kategori', '2024-01-12,Setjen,SPANDUK'),
    ]);
    expect(set.tables.incidents.map((r) => r[0])).toEqual(['a.csv:2', 'b.csv:2']);
  });
});

describe('files with a problem take no part', () => {
  it('an unreadable or unknown file adds no rows', () => {
    const { files, tables } = ingestFiles([
      { name: 'book.xlsx', bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]) },
      file('x.csv', 'foo,bar', '1,2'),
      file('p.csv', 'nip,unit', '198609262015051001,Setjen'),
    ]);
    expect(files.map((f) => f.problem)).toEqual(['xlsx_damaged', 'kind_unknown', null]);
    expect(tables.employees.length).toBe(1);
    expect(tables.units).toEqual([]);
  });
});
