import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { rejectsCsv } from '../../src/export/rejects-csv';

const parse = (text: string): string[][] => Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true, delimiter: ';' }).data;

const PEGAWAI = {
  file: 'pegawai.csv',
  headers: ['NIP', 'Nama', 'Unit Kerja'],
  rejects: [
    { line: 3, reason: 'nip_invalid', column: 'nip', value: '12345', fields: ['12345', 'Budi', 'Lapas Plg'] },
    {
      line: 9, reason: 'nip_scientific_notation', column: 'nip', value: '1,98609E+17',
      fields: ['1,98609E+17', 'Siti; S.H.', 'Rutan Medaeng'], detail: 'kolom diubah Excel',
    },
    {
      line: 12, reason: 'duplicate_nip', column: 'nip', value: '198609262015051001',
      fields: ['198609262015051001', 'Budi', 'Lapas Plg'], first: { file: 'pegawai.csv', line: 2 }, detail: 'first at line 2',
    },
  ],
};

describe('rejectsCsv', () => {
  it('Indonesian by default: `;`, BOM, reason label and code in their own columns, NIPs as text', () => {
    expect(rejectsCsv(PEGAWAI)).toBe(
      '\uFEFFbaris;alasan;kode_alasan;kolom;nilai;keterangan;NIP;Nama;Unit Kerja\r\n' +
        '3;NIP tidak 18 digit;nip_invalid;nip;12345;;12345;Budi;Lapas Plg\r\n' +
        '9;NIP rusak oleh notasi ilmiah spreadsheet (mis. 1,98609E+17);nip_scientific_notation;nip;1,98609E+17;kolom diubah Excel;1,98609E+17;"Siti; S.H.";Rutan Medaeng\r\n' +
        '12;NIP ganda di roster;duplicate_nip;nip;\t198609262015051001;pertama di baris 2;\t198609262015051001;Budi;Lapas Plg\r\n',
    );
  });

  it('in English when the interface is in English; codes stay the same', () => {
    const rows = parse(rejectsCsv(PEGAWAI, 'en'));
    expect(rows[0]).toEqual(['line', 'reason', 'reason_code', 'column', 'value', 'detail', 'NIP', 'Nama', 'Unit Kerja']);
    expect(rows.slice(1).map((r) => [r[1], r[2], r[5]])).toEqual([
      ['NIP is not 18 digits', 'nip_invalid', ''],
      ['NIP destroyed by spreadsheet scientific notation (e.g. 1,98609E+17)', 'nip_scientific_notation', 'kolom diubah Excel'],
      ['NIP listed twice in the roster', 'duplicate_nip', 'first at line 2'],
    ]);
  });

  it('names the other file of a duplicate, and a reason with no label by its code', () => {
    const rows = parse(rejectsCsv({
      file: 'b.csv', headers: ['nip'],
      rejects: [
        { line: 4, reason: 'duplicate_nip', column: 'nip', value: 'x', fields: ['x'], first: { file: 'a.csv', line: 7 }, detail: 'first at a.csv line 7' },
        { line: 5, reason: 'some_new_reason', column: 'nip', value: 'y', fields: ['y'] },
      ],
    }));
    expect(rows.slice(1).map((r) => [r[1], r[2], r[5]])).toEqual([
      ['NIP ganda di roster', 'duplicate_nip', 'pertama di a.csv baris 7'],
      ['some_new_reason', 'some_new_reason', ''],
    ]);
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
      '\uFEFFbaris;alasan;kode_alasan;kolom;nilai;keterangan;tanggal;unit;extra_1;extra_2\r\n' +
        "2;tanggal tidak terbaca;date_invalid;reported_at;31/02/2024;;31/02/2024;LP Cipinang;x;'=1+1\r\n" +
        '5;tanggal tidak terbaca;date_invalid;reported_at;;;;;;\r\n',
    );
  });

  it('escapes formulas hidden behind a CR, and keeps multi-line fields in one record', () => {
    const text = rejectsCsv({
      file: 'f.csv',
      headers: ['nip', 'catatan'],
      rejects: [{ line: 4, reason: 'nip_invalid', column: 'nip', value: '\r=1+1', fields: ['\r=1+1', 'dua\r\nbaris'] }],
    });
    expect(text.split('\r\n')[1]).toBe('4;NIP tidak 18 digit;nip_invalid;nip;"\'\n=1+1";;"\'\n=1+1";"dua\nbaris"');
    expect(parse(text)[1]).toEqual(['4', 'NIP tidak 18 digit', 'nip_invalid', 'nip', "'\n=1+1", '', "'\n=1+1", 'dua\nbaris']);
  });

  it('writes only the header when nothing was rejected', () => {
    expect(rejectsCsv({ file: 'ok.csv', headers: ['nip'], rejects: [] })).toBe('\uFEFFbaris;alasan;kode_alasan;kolom;nilai;keterangan;nip\r\n');
  });
});
