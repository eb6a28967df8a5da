import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/export/csv';
import { cleanNip } from '../../src/ingest/nip';

const parse = (text: string, delimiter = ';'): string[][] =>
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true, delimiter }).data;
const bytes = (text: string): number[] => [...Buffer.from(text, 'utf8')];

describe('csvCell', () => {
  it('writes nothing for null and undefined, plain text as it is', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell('')).toBe('');
    expect(csvCell('Lapas Kelas I Palembang')).toBe('Lapas Kelas I Palembang');
    expect(csvCell('LAPAS-PLG-1')).toBe('LAPAS-PLG-1'); // a hyphen inside is no formula
    expect(csvCell('Siti, S.H.')).toBe('Siti, S.H.'); // a comma needs no quotes in a `;` file
  });

  it('writes numbers with the decimal mark of the delimiter: `,` with `;`, `.` with `,`', () => {
    expect(csvCell(0)).toBe('0');
    expect(csvCell(1234.5)).toBe('1234,5'); // no thousands mark: Indonesian Excel reads 1234,5
    expect(csvCell(0.886)).toBe('0,886');
    expect(csvCell(1234.5, ',')).toBe('1234.5');
    expect(csvCell(-5)).toBe('-5'); // a negative number is not a formula
    expect(csvCell(true)).toBe('true');
    expect(csvCell(false)).toBe('false');
  });

  it('keeps an 18-digit NIP (and other digits Excel would change) as text with a leading tab', () => {
    expect(csvCell('198609262015051001')).toBe('\t198609262015051001');
    expect(bytes(csvCell('198609262015051001')).slice(0, 3)).toEqual([0x09, 0x31, 0x39]); // TAB, '1', '9'
    expect(csvCell('012345')).toBe('\t012345'); // a leading zero Excel would drop
    expect(csvCell('123456789012')).toBe('\t123456789012'); // 12 digits: shown as 1,23457E+11
    expect(csvCell('12345678901')).toBe('12345678901'); // 11 digits: Excel shows them all
    expect(csvCell('0')).toBe('0');
    expect(csvCell('1985••••••••••••01')).toBe('1985••••••••••••01'); // a masked NIP is text already
    // the app reads such a cell back as the same NIP
    expect(cleanNip(csvCell('198609262015051001'))).toEqual({ ok: true, nip: '198609262015051001', suspect: false });
  });

  it('puts a quote before text a spreadsheet would run as a formula', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+62 812')).toBe("'+62 812");
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
    expect(csvCell('\t=1+1')).toBe("'\t=1+1");
    expect(csvCell(' =1+1')).toBe("' =1+1"); // white space first does not hide it
    expect(csvCell('\t198609262015051001')).toBe("'\t198609262015051001"); // a tab in the data is not our text mark
  });

  it('normalises line breaks before the formula check: CR or CRLF then `=` is escaped', () => {
    expect(csvCell('\r=1+1')).toBe('"\'\n=1+1"');
    expect(csvCell('\r\n=HYPERLINK("x")')).toBe('"\'\n=HYPERLINK(""x"")"');
    expect(csvCell('\n@x')).toBe('"\'\n@x"');
    expect(csvCell('baris 1\r\nbaris 2\rbaris 3')).toBe('"baris 1\nbaris 2\nbaris 3"');
    // byte by byte: quote, apostrophe, LF, '=' — no CR left inside the cell
    expect(bytes(csvCell('\r=1'))).toEqual([0x22, 0x27, 0x0a, 0x3d, 0x31, 0x22]);
  });

  it('quotes text holding the delimiter, a quote, a line break, or a space at either end', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('a,b', ',')).toBe('"a,b"');
    expect(csvCell('a;b', ',')).toBe('a;b');
    expect(csvCell('Rutan "Medaeng"')).toBe('"Rutan ""Medaeng"""');
    expect(csvCell(' Medan')).toBe('" Medan"');
    expect(csvCell('Medan ')).toBe('"Medan "');
    expect(csvCell('Kota Medan')).toBe('Kota Medan');
  });
});

describe('toCsv', () => {
  it('writes a BOM, `;` between cells and CRLF after every line (bytes checked by hand)', () => {
    const text = toCsv(['kode', 'nip', 'persen'], [['KW-SUMSEL', '198609262015051001', 0.5], ['=1', null, 2]]);
    expect(text).toBe('\uFEFFkode;nip;persen\r\nKW-SUMSEL;\t198609262015051001;0,5\r\n\'=1;;2\r\n');
    expect(bytes(text).slice(0, 8)).toEqual([0xef, 0xbb, 0xbf, 0x6b, 0x6f, 0x64, 0x65, 0x3b]); // BOM, 'kode;'
    expect(bytes(text).slice(18, 20)).toEqual([0x0d, 0x0a]); // CRLF after the header
  });

  it('can leave the BOM out and use commas, and escapes header cells too', () => {
    expect(toCsv(['a;b', '-c'], [[1, 2.5]], { bom: false })).toBe('"a;b";\'-c\r\n1;2,5\r\n');
    expect(toCsv(['a,b'], [[2.5]], { bom: false, delimiter: ',' })).toBe('"a,b"\r\n2.5\r\n');
    expect(toCsv(['a'], [])).toBe('\uFEFFa\r\n');
  });

  it('reads back through PapaParse as the escaped values', () => {
    const header = ['teks', 'angka', 'kosong'];
    const rows = [
      ['=1+1', -5, null],
      ['Siti; S.H.', 3.25, undefined],
      ['kata "kutip"', 0, ''],
      ['dua\r\nbaris', 1, '-5'],
      [' spasi ', 2, '@x'],
      ['\rCR', 4, '198609262015051001'],
    ];
    expect(parse(toCsv(header, rows))).toEqual([
      ['teks', 'angka', 'kosong'],
      ["'=1+1", '-5', ''],
      ['Siti; S.H.', '3,25', ''],
      ['kata "kutip"', '0', ''],
      ['dua\nbaris', '1', "'-5"],
      [' spasi ', '2', "'@x"],
      ["'\nCR", '4', '\t198609262015051001'],
    ]);
  });
});
