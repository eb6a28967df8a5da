import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { rejectsCsv } from '../../src/export/rejects-csv';

describe('rejectsCsv', () => {
  it('lists each rejected row with its reason, then its fields under the file header', () => {
    const text = rejectsCsv({
      file: 'pegawai.csv',
      headers: ['NIP', 'Nama', 'Unit Kerja'],
      rejects: [
        { line: 3, reason: 'nip_invalid', column: 'nip', value: '12345', fields: ['12345', 'Budi', 'Lapas Plg'] },
        {
          line: 9, reason: 'nip_scientific_notation', column: 'nip', value: '1,98609E+17',
          fields: ['1,98609E+17', 'Siti, S.H.', 'Rutan Medaeng'], detail: 'kolom diubah Excel',
        },
      ],
    });
    expect(text).toBe(
      '\uFEFFline,reason,column,value,detail,NIP,Nama,Unit Kerja\r\n' +
        '3,nip_invalid,nip,12345,,12345,Budi,Lapas Plg\r\n' +
        '9,nip_scientific_notation,nip,"1,98609E+17",kolom diubah Excel,"1,98609E+17","Siti, S.H.",Rutan Medaeng\r\n',
    );
  });

  it('names fields past the header extra_1, extra_2, … and pads shorter rows', () => {
    const text = rejectsCsv({
      file: 'insiden.csv',
      headers: ['tanggal', 'unit'],
      rejects: [
        { line: 2, reason: 'date_invalid', column: 'reported_at', value: '31/02/2024', fields: ['31/02/2024', 'LP Cipinang', 'x', '=1+1'] },
        { line: 5, reason: 'date_invalid', column: 'reported_at', value: '', fields: [''] },
      ],
    });
    expect(text).toBe(
      '\uFEFFline,reason,column,value,detail,tanggal,unit,extra_1,extra_2\r\n' +
        "2,date_invalid,reported_at,31/02/2024,,31/02/2024,LP Cipinang,x,'=1+1\r\n" +
        '5,date_invalid,reported_at,,,,,,\r\n',
    );
  });

  it('escapes formula-like values and keeps multi-line fields in one record', () => {
    const text = rejectsCsv({
      file: 'f.csv',
      headers: ['nip', 'catatan'],
      rejects: [{ line: 4, reason: 'nip_invalid', column: 'nip', value: '-1', fields: ['-1', 'dua\nbaris'] }],
    });
    const data = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(data).toEqual([
      ['line', 'reason', 'column', 'value', 'detail', 'nip', 'catatan'],
      ['4', 'nip_invalid', 'nip', "'-1", '', "'-1", 'dua\nbaris'],
    ]);
  });

  it('writes only the header when nothing was rejected', () => {
    expect(rejectsCsv({ file: 'ok.csv', headers: ['nip'], rejects: [] })).toBe('\uFEFFline,reason,column,value,detail,nip\r\n');
  });
});
