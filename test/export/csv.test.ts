import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/export/csv';

const parse = (text: string): string[][] =>
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('csvCell', () => {
  it('writes nothing for null and undefined, plain text as it is', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell('')).toBe('');
    expect(csvCell('Lapas Kelas I Palembang')).toBe('Lapas Kelas I Palembang');
    expect(csvCell('LAPAS-PLG-1')).toBe('LAPAS-PLG-1'); // a hyphen inside is no formula
  });

  it('writes numbers and flags as plain JavaScript strings', () => {
    expect(csvCell(0)).toBe('0');
    expect(csvCell(1234.5)).toBe('1234.5'); // no locale: not 1.234,5
    expect(csvCell(-5)).toBe('-5'); // a negative number is not a formula
    expect(csvCell(198609262015051001)).toBe('198609262015051000'); // why NIPs travel as text
    expect(csvCell(true)).toBe('true');
    expect(csvCell(false)).toBe('false');
  });

  it('puts a quote before text a spreadsheet would run as a formula', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+62 812')).toBe("'+62 812");
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
    expect(csvCell('\t=1+1')).toBe("'\t=1+1"); // a tab is not a reason to quote
    expect(csvCell('\r=1+1')).toBe('"\'\r=1+1"'); // a CR is
  });

  it('quotes text holding a comma, a quote or a line break, doubling inner quotes', () => {
    expect(csvCell('Siti, S.H.')).toBe('"Siti, S.H."');
    expect(csvCell('Rutan "Medaeng"')).toBe('"Rutan ""Medaeng"""');
    expect(csvCell('baris 1\nbaris 2')).toBe('"baris 1\nbaris 2"');
    expect(csvCell('baris 1\r\nbaris 2')).toBe('"baris 1\r\nbaris 2"');
    expect(csvCell('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"');
  });

  it('quotes text with leading or trailing spaces', () => {
    expect(csvCell(' Medan')).toBe('" Medan"');
    expect(csvCell('Medan ')).toBe('"Medan "');
    expect(csvCell(' ')).toBe('" "');
    expect(csvCell('Kota Medan')).toBe('Kota Medan');
  });
});

describe('toCsv', () => {
  it('joins cells with commas and ends every line with CRLF, after a BOM by default', () => {
    expect(toCsv(['kode', 'jumlah'], [['KW-SUMSEL', 241], ['=1', null]])).toBe(
      '\uFEFFkode,jumlah\r\nKW-SUMSEL,241\r\n\'=1,\r\n',
    );
  });

  it('leaves the BOM out when asked, and escapes header cells too', () => {
    expect(toCsv(['a,b', '-c'], [[1, 2]], { bom: false })).toBe('"a,b",\'-c\r\n1,2\r\n');
    expect(toCsv(['a'], [], { bom: true })).toBe('\uFEFFa\r\n');
    expect(toCsv(['a'], [], { bom: false })).toBe('a\r\n');
  });

  it('reads back through PapaParse as the escaped values', () => {
    const header = ['teks', 'angka', 'kosong'];
    const rows = [
      ['=1+1', -5, null],
      ['Siti, S.H.', 3.25, undefined],
      ['kata "kutip"', 0, ''],
      ['dua\nbaris', 1, '-5'],
      [' spasi ', 2, '@x'],
      ['\tTAB', 3, '+1'],
      ['\rCR', 4, 'biasa'],
    ];
    expect(parse(toCsv(header, rows))).toEqual([
      ['teks', 'angka', 'kosong'],
      ["'=1+1", '-5', ''],
      ['Siti, S.H.', '3.25', ''],
      ['kata "kutip"', '0', ''],
      ['dua\nbaris', '1', "'-5"],
      [' spasi ', '2', "'@x"],
      ["'\tTAB", '3', "'+1"],
      ["'\rCR", '4', 'biasa'],
    ]);
  });
});
