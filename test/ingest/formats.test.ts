import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestBytes, readFile } from '../../src/ingest/ingest-file';
import { CrossFileRules } from '../../src/ingest/cross-file';
import { ingestFiles } from '../../src/ingest/ingest-files';
import { readInputs } from '../../src/cli/data-files';
import { expectBalanced, rejectSummary, rowsOf } from './helpers';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { excelSerial, writeXlsx } from './xlsx-writer';
import {
  ROSTER_BE, ROSTER_LE, SIGNATURES_AMPM, signaturesWorkbook, unicodeText, UNITS,
} from '../fixtures/formats/make-fixtures';

// The files analysts have (contract section 1): .xlsx workbooks, Excel's "Unicode Text" (UTF-16 with a
// BOM), an English-settings re-save with AM/PM times, Google Forms question headers. Each goes through
// ingestBytes, the entry point of the browser's ingest worker and of `npm run report`.
const FOLDER = join(__dirname, '..', 'fixtures', 'formats');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FOLDER, name)));

describe('the committed fixtures are what make-fixtures.ts writes', () => {
  it.each([
    ['signatures-form.xlsx', signaturesWorkbook()],
    ['roster-unicode-le.txt', unicodeText(ROSTER_LE, 'le')],
    ['roster-unicode-be.txt', unicodeText(ROSTER_BE, 'be')],
    ['signatures-ampm.csv', new TextEncoder().encode(`${SIGNATURES_AMPM.join('\r\n')}\r\n`)],
    ['units.csv', new TextEncoder().encode(`${UNITS.join('\n')}\n`)],
  ])('%s', (name, bytes) => {
    expect(Buffer.from(fixture(name)).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('.xlsx: a Google Forms response sheet saved by Excel', () => {
  const r = ingestBytes('signatures-form.xlsx', fixture('signatures-form.xlsx'));

  it('reads the first sheet and lists every sheet', () => {
    expect(r.problem).toBeNull();
    expect(r.sheets).toEqual(['Form Responses 1', 'Catatan']);
    expect(r.sheet).toBe('Form Responses 1');
    expect(r.encoding).toBeNull();
    expect(r.delimiter).toBeNull();
  });

  it('recognises the question headers as guesses, the exact one not', () => {
    expect(r.kind).toBe('signatures');
    expect(r.mapping).toEqual({ signed_at: 0, nip: 1, name: 2, unit: 3 });
    expect(r.guessed).toEqual(['nip', 'name', 'unit']);
  });

  it('loads 4 of 5 rows: date cells as their date and time, the number-stored NIP rejected', () => {
    // Row 6 is empty (skipped, not counted); lines are the row numbers Excel shows.
    expect(r.rowsRead).toBe(5);
    expect(r.loaded).toBe(4);
    expect(rejectSummary(r)).toEqual([{ line: 4, reason: 'nip_scientific_notation', column: 'nip' }]);
    expect(r.rejects[0].value).toBe('1.99001E+17'); // as Excel's General format shows it
    expect(rowsOf(r).map((x) => [x.nip, x.signed_at, x.name, x.src_line])).toEqual([
      ['199001012015011001', '2023-01-30 09:05:01', 'Andi Sétiawan, S.H.', '2'],
      ['199001032015012003', '2023-02-15 16:28:05', 'Citra Lestari', '3'],
      ['199001012015011001', '2023-02-16 08:00:00', 'Andi Sétiawan, S.H.', '5'],
      ['199009092015011009', '2023-02-20 10:00:00', 'Hendra', '7'],
    ]);
    expect(r.duplicates).toBe(1); // Andi signed twice
    expect(r.monthFirst).toEqual({ signed_at: false }); // date cells are ISO, whatever the locale
    expectBalanced(r);
  });

  it('reads another sheet when the analyst picks it', () => {
    const other = ingestBytes('signatures-form.xlsx', fixture('signatures-form.xlsx'), { sheet: 'Catatan' });
    expect(other.sheet).toBe('Catatan');
    expect(other.kind).toBe('employees');
    expect(other.guessed).toEqual([]);
    expect(rowsOf(other).map((x) => [x.nip, x.name, x.unit_value])).toEqual([['199001022015011002', 'Budi Santoso', 'SETJEN']]);
  });

  it('refuses a sheet name that is not in the workbook, listing the sheets there are', () => {
    const missing = ingestBytes('signatures-form.xlsx', fixture('signatures-form.xlsx'), { sheet: 'Sheet9' });
    expect(missing.problem).toBe('sheet_not_found');
    expect(missing.sheets).toEqual(['Form Responses 1', 'Catatan']);
    expect(missing.rows).toEqual([]);
  });
});

describe('.xlsx: cells as shown', () => {
  const book = (rows: Parameters<typeof writeXlsx>[0][number]['rows']) => ingestBytes('b.xlsx', writeXlsx([{ name: 'S', rows }]));

  it('numbers in their format, counts with thousands separators, booleans, inline and rich text', () => {
    const r = book([
      ['unit_code', 'unit_name', 'unit_type', 'kanwil_code', 'directorate_code', 'province', 'aliases', 'headcount'],
      ['A', 'Satu', 'kanwil', null, null, { bool: true }, { inline: 'x & <y>' }, { n: 1250, fmt: 3 }],
      ['B', 'Dua', 'kanwil', null, null, { n: 0.30000000000000004 }, null, { n: 420 }],
      ['C', 'Tiga', 'kanwil', null, null, { n: 0.125, fmt: 10 }, null, { n: 12.5, fmt: 2 }],
    ]);
    expect(rowsOf(r).map((x) => [x.province, x.aliases, x.headcount])).toEqual([['TRUE', 'x & <y>', '1250'], ['0.3', null, '420']]);
    expect(rejectSummary(r)).toEqual([{ line: 4, reason: 'headcount_invalid', column: 'headcount' }]);
    expect(r.rejects[0].value).toBe('12.50');
  });

  it('a NIP in a number cell is rejected as nip_scientific_notation whatever its format shows', () => {
    const r = book([
      ['NIP', 'Nama', 'Unit'],
      [{ n: 198609262015051000, fmt: 1 }, 'A', 'SETJEN'],
      [{ n: 198609262015051000 }, 'B', 'SETJEN'],
      [{ n: 198609262015051000, fmt: '@' }, 'C', 'SETJEN'],
      ['198609262015051001', 'D', 'SETJEN'],
    ]);
    expect(rejectSummary(r).map((x) => x.reason)).toEqual(['nip_scientific_notation', 'nip_scientific_notation', 'nip_scientific_notation']);
    expect(r.rejects.map((x) => x.value)).toEqual(['1.98609E+17', '1.98609E+17', '1.98609E+17']);
    expect(r.loaded).toBe(1);
  });

  it('date cells of several formats: a date-only format keeps the day written', () => {
    const r = book([
      ['Timestamp', 'NIP'],
      [{ n: excelSerial(2023, 2, 15, 16, 28, 5), fmt: 22 }, '198609262015051001'],
      [{ n: excelSerial(2023, 2, 16), fmt: 14 }, '198609262015051002'],
      [{ n: excelSerial(2023, 2, 17, 7, 30, 0), fmt: 'dd/mm/yyyy hh:mm' }, '198609262015051003'],
      [{ n: excelSerial(2023, 2, 18, 23, 59, 59), fmt: 'd-mmm-yy' }, '198609262015051004'],
    ]);
    expect(rowsOf(r).map((x) => x.signed_at)).toEqual(['2023-02-15 16:28:05', '2023-02-16 00:00:00', '2023-02-17 07:30:00', '2023-02-18 00:00:00']);
  });

  it('namespace-prefixed parts (the Open XML SDK writes <x:row>), rich text and phonetic guides', () => {
    const parts = unzipSync(writeXlsx([{ name: 'S', rows: [['NIP', 'Nama', 'Unit'], ['198609262015051001', 'placeholder', 'SETJEN'], ['198609262015051002', 'B', 'SETJEN']] }]));
    const prefix = (xml: string) => xml.replace(/<(\/?)(worksheet|sheetData|row|c|v|sst|si|t|workbook|sheets|sheet)\b/g, '<$1x:$2')
      .replace(/xmlns="http:\/\/schemas.openxmlformats.org\/spreadsheetml\/2006\/main"/, 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"');
    for (const name of ['xl/worksheets/sheet1.xml', 'xl/workbook.xml', 'xl/sharedStrings.xml']) parts[name] = strToU8(prefix(strFromU8(parts[name])));
    parts['xl/sharedStrings.xml'] = strToU8(strFromU8(parts['xl/sharedStrings.xml']).replace('<x:t xml:space="preserve">placeholder</x:t>',
      '<x:r><x:rPr><x:b/></x:rPr><x:t>Andi</x:t></x:r><x:r><x:t xml:space="preserve"> Sétiawan &amp; C_x006F_</x:t></x:r><x:rPh sb="0" eb="1"><x:t>アンディ</x:t></x:rPh>'));
    const r = ingestBytes('prefixed.xlsx', zipSync(parts));
    expect(r.problem).toBeNull();
    expect(rowsOf(r).map((x) => [x.nip, x.name])).toEqual([['198609262015051001', 'Andi Sétiawan & Co'], ['198609262015051002', 'B']]);
  });

  it('a sheet larger than one reading piece gives every row, in order', () => {
    const rows = [['NIP', 'Nama', 'Unit'], ...Array.from({ length: 60_000 }, (_, i) => [`19860926201505${String(1000 + (i % 9000)).padStart(4, '0')}`, `Nama panjang pegawai nomor ${i}`, { inline: `Unit ${i}` }])];
    const r = ingestBytes('big.xlsx', writeXlsx([{ name: 'S', rows }]));
    expect(r.rowsRead).toBe(60_000);
    expect(r.loaded + r.rejects.length).toBe(60_000);
    expect(r.rejects.every((x) => x.reason === 'duplicate_nip')).toBe(true);
    expect(r.loaded).toBe(9000);
    expect(rowsOf(r)[8999]).toMatchObject({ name: 'Nama panjang pegawai nomor 8999', src_line: '9001' });
  });

  it('reports progress while reading a sheet, as for text, and reads the whole file even for a first look', () => {
    const rows = [['NIP', 'Nama', 'Unit'], ...Array.from({ length: 40_000 }, (_, i) => [`198609262015${String(100000 + i)}`, `Nama ${i}`, 'SETJEN'])];
    const bytes = writeXlsx([{ name: 'S', rows }]);
    const progress: [number, number][] = [];
    const steps = readFile('p.xlsx', bytes.length, {}, new CrossFileRules(), (b, n) => progress.push([b, n]));
    const asked: [number, number][] = [];
    let step = steps.next();
    while (!step.done) {
      asked.push([step.value.start, step.value.end]);
      step = steps.next(bytes.subarray(step.value.start, step.value.end));
    }
    expect(asked).toEqual([[0, 4096], [0, bytes.length]]);
    expect(step.value.loaded).toBe(40_000);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.map(([b]) => b)).toEqual([...progress.map(([b]) => b)].sort((a, b) => a - b));
    expect(progress[progress.length - 1]).toEqual([bytes.length, 40_000]);
    const firstLook = readFile('p.xlsx', bytes.length, {}, new CrossFileRules(), undefined, 256 * 1024);
    let look = firstLook.next();
    while (!look.done) look = firstLook.next(bytes.subarray(look.value.start, look.value.end));
    expect([look.value.kind, look.value.problem, look.value.sample.length, look.value.rowsRead < 100]).toEqual(['employees', null, 5, true]);
  });

  it('a damaged workbook is refused with its own reason', () => {
    const good = fixture('signatures-form.xlsx');
    const broken = good.slice(0, good.length - 300);
    expect(ingestBytes('broken.xlsx', broken).problem).toBe('xlsx_damaged');
    const parts = unzipSync(good);
    delete parts['xl/worksheets/sheet1.xml'];
    const noSheet = ingestBytes('no-sheet.xlsx', zipSync(parts));
    expect([noSheet.problem, noSheet.sheet, noSheet.sheets]).toEqual(['xlsx_damaged', 'Form Responses 1', ['Form Responses 1', 'Catatan']]);
    delete parts['xl/workbook.xml'];
    expect(ingestBytes('a.docx', zipSync(parts)).problem).toBe('xlsx_damaged');
  });
});

describe('UTF-16 with a byte-order mark (Excel "Unicode Text")', () => {
  it('little-endian: tab-separated roster, accents intact, one bad NIP rejected', () => {
    const r = ingestBytes('roster-unicode-le.txt', fixture('roster-unicode-le.txt'));
    expect([r.encoding, r.bom, r.delimiter, r.kind]).toEqual(['utf-16le', true, '\t', 'employees']);
    expect([r.rowsRead, r.loaded]).toEqual([6, 5]);
    expect(rejectSummary(r)).toEqual([{ line: 7, reason: 'nip_invalid', column: 'nip' }]);
    expect(rowsOf(r)[0]).toMatchObject({ nip: '199001012015011001', name: 'Andi Sétiawan', unit_value: 'SETJEN' });
    expectBalanced(r);
  });

  it('big-endian', () => {
    const r = ingestBytes('roster-unicode-be.txt', fixture('roster-unicode-be.txt'));
    expect([r.encoding, r.delimiter, r.kind, r.rowsRead, r.loaded]).toEqual(['utf-16be', '\t', 'employees', 2, 2]);
    expect(rowsOf(r)[1].name).toBe('Gita Permata Ñoñi');
  });

  it('read in pieces that cut characters in half gives the same rows', () => {
    const bytes = unicodeText([ROSTER_LE[0], ...Array.from({ length: 3000 }, (_, i) => `1990010120150${String(10000 + i)}\tNama é ${i}\tSETJEN`)], 'le');
    const r = ingestBytes('big.txt', bytes);
    expect([r.rowsRead, r.loaded]).toEqual([3000, 3000]);
    expect(rowsOf(r)[2999].name).toBe('Nama é 2999');
  });
});

describe('an English-settings re-save: 12-hour AM/PM times, month-first', () => {
  it('reads 3 of 4 rows; 12 AM is 00 h', () => {
    const r = ingestBytes('signatures-ampm.csv', fixture('signatures-ampm.csv'));
    expect(r.monthFirst).toEqual({ signed_at: true });
    expect(rowsOf(r).map((x) => x.signed_at)).toEqual(['2022-10-17 20:03:42', '2022-10-18 00:05:00', '2023-02-01 09:00:00']);
    expect(rejectSummary(r)).toEqual([{ line: 5, reason: 'date_invalid', column: 'signed_at' }]);
  });
});

describe('values that would not fit their column reject their row', () => {
  it('reserved unit codes, a headcount over 10,000,000, a cell over 10,000 characters', () => {
    const r = ingestBytes('units.csv', fixture('units.csv'));
    expect([r.rowsRead, r.loaded]).toEqual([8, 4]);
    expect(rejectSummary(r)).toEqual([
      { line: 6, reason: 'unit_code_reserved', column: 'unit_code' },
      { line: 7, reason: 'unit_code_reserved', column: 'unit_code' },
      { line: 8, reason: 'headcount_invalid', column: 'headcount' },
      { line: 9, reason: 'cell_too_long', column: 'aliases' },
    ]);
    expect(r.rejects[3].value).toBe(`${'x'.repeat(60)}… (10001)`);
    expect(r.rejects[3].fields[6].length).toBe(10_001); // kept up to the limit, with a mark
    expectBalanced(r);
  });

  it.each([
    ['10000000', true], ['10.000.000', true], ['0', true], ['10000001', false], ['2147483648', false], ['-1', false], ['12,5', false],
  ])('headcount %s loads: %s', (value, loads) => {
    const r = ingestBytes('u.csv', new TextEncoder().encode(`unit_code,unit_name,unit_type,headcount\nA,Satu,kanwil,"${value}"\nB,Dua,kanwil,1\n`));
    expect(r.loaded).toBe(loads ? 2 : 1);
  });

  it('an unmapped extra column over the limit names its header', () => {
    const r = ingestBytes('e.csv', new TextEncoder().encode(`NIP,Nama,Unit,Catatan\n198609262015051001,A,SETJEN,${'y'.repeat(20_000)}\n198609262015051002,B,SETJEN,ok\n`));
    expect(rejectSummary(r)).toEqual([{ line: 2, reason: 'cell_too_long', column: 'Catatan' }]);
    expect(r.loaded).toBe(1);
  });

  it('a date in year 0000 is not a date', () => {
    const r = ingestBytes('s.csv', new TextEncoder().encode('Timestamp,NIP\n0000-01-01 10:00:00,198609262015051001\n2023-01-01,198609262015051002\n'));
    expect(rejectSummary(r)).toEqual([{ line: 2, reason: 'date_invalid', column: 'signed_at' }]);
  });
});

describe('the report reads the folder the same way', () => {
  it('lists .xlsx and UTF-16 files and reads them with the upload code', () => {
    const inputs = readInputs([FOLDER]);
    expect(inputs.map((f) => f.name)).toEqual(['roster-unicode-be.txt', 'roster-unicode-le.txt', 'signatures-ampm.csv', 'signatures-form.xlsx', 'units.csv']);
    const { files, tables } = ingestFiles(inputs);
    expect(files.map((f) => [f.file, f.kind, f.rowsRead, f.loaded, f.rejects.length])).toEqual([
      ['roster-unicode-be.txt', 'employees', 2, 2, 0],
      ['roster-unicode-le.txt', 'employees', 6, 5, 1],
      ['signatures-ampm.csv', 'signatures', 4, 3, 1],
      ['signatures-form.xlsx', 'signatures', 5, 4, 1],
      ['units.csv', 'units', 8, 4, 4],
    ]);
    expect([tables.units.length, tables.employees.length, tables.signatures.length]).toEqual([4, 7, 7]);
  });

  it('skips Excel\'s lock files (~$name.xlsx) and files of other types in a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'formats-'));
    try {
      for (const name of ['a.xlsx', '~$a.xlsx', 'b.TXT', 'c.xls', 'd.pdf']) writeFileSync(join(dir, name), 'x');
      expect(readInputs([dir]).map((f) => f.name)).toEqual(['a.xlsx', 'b.TXT']);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
