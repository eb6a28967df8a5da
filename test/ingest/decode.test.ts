import { describe, expect, it } from 'vitest';
import { decodeBytes, sniffUnreadable } from '../../src/ingest/decode';
import { ingestBytes } from '../../src/ingest/ingest-file';
import { bytes, expectBalanced, latin } from './helpers';

const withPrefix = (prefix: number[], s: string) => Uint8Array.from([...prefix, ...bytes(s)]);

describe('decodeBytes: text encodings', () => {
  it('reads UTF-8 without BOM', () => {
    expect(decodeBytes(bytes('nip,nama\n1,Andi Sétiawan\n'))).toEqual({
      ok: true, text: 'nip,nama\n1,Andi Sétiawan\n', encoding: 'utf-8', bom: false, nulBytes: 0,
    });
  });

  it('strips a UTF-8 BOM', () => {
    const d = decodeBytes(withPrefix([0xef, 0xbb, 0xbf], 'nip,nama\n'));
    expect(d).toEqual({ ok: true, text: 'nip,nama\n', encoding: 'utf-8', bom: true, nulBytes: 0 });
  });

  it('reads invalid UTF-8 as Windows-1252 (0xE9 = é)', () => {
    const d = decodeBytes(latin('nama\nAndr\xe9 S\xe9tiawan\n'));
    expect(d).toEqual({ ok: true, text: 'nama\nAndré Sétiawan\n', encoding: 'windows-1252', bom: false, nulBytes: 0 });
  });

  it('reads the Windows-1252 bytes 0x80-0x9F as Windows-1252 (€ ’ “ ” –)', () => {
    const d = decodeBytes(latin('nama\nMa\x92ruf \x93Andi\x94 \x96 \x80\n'));
    expect(d).toEqual({ ok: true, text: 'nama\nMa\u2019ruf \u201cAndi\u201d \u2013 \u20ac\n', encoding: 'windows-1252', bom: false, nulBytes: 0 });
  });
});

describe('decodeBytes: refused files', () => {
  it.each([
    ['UTF-16 LE BOM', Uint8Array.from([0xff, 0xfe, 0x6e, 0, 0x69, 0, 0x70, 0]), 'utf16'],
    ['UTF-16 BE BOM', Uint8Array.from([0xfe, 0xff, 0, 0x6e, 0, 0x69, 0, 0x70]), 'utf16'],
    ['a ZIP (xlsx)', withPrefix([0x50, 0x4b, 0x03, 0x04], 'xl/workbook.xml'), 'xlsx'],
    ['an OLE document (xls)', withPrefix([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'Workbook'), 'xls'],
    ['binary bytes', Uint8Array.from({ length: 200 }, (_, i) => (i % 8) + 1), 'binary'],
    ['an empty file', new Uint8Array(0), 'empty'],
    ['a whitespace-only file', bytes(' \n\t \r\n  \n'), 'empty'],
    ['a BOM-only file', Uint8Array.from([0xef, 0xbb, 0xbf]), 'empty'],
  ])('%s → %s', (_name, input, reason) => {
    expect(decodeBytes(input)).toEqual({ ok: false, reason });
  });

  it('sniffUnreadable names the reason from the first bytes, and null for text', () => {
    expect(sniffUnreadable(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0]))).toBe('xlsx');
    expect(sniffUnreadable(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]))).toBe('xls');
    expect(sniffUnreadable(Uint8Array.from([0xff, 0xfe, 0x41, 0]))).toBe('utf16');
    expect(sniffUnreadable(new Uint8Array(0))).toBe('empty');
    expect(sniffUnreadable(bytes('nip;nama\n'))).toBeNull();
    expect(sniffUnreadable(latin('nama\nAndr\xe9\n'))).toBeNull();
  });
});

describe('ingestBytes: encodings end to end', () => {
  it('a BOM does not hide the first header', () => {
    const r = ingestBytes('ttd.csv', withPrefix([0xef, 0xbb, 0xbf], 'NIP,Nama,Unit Kerja\n198609262015051001,Andi,Setjen\n'));
    expect(r.problem).toBeNull();
    expect(r.bom).toBe(true);
    expect(r.headers).toEqual(['NIP', 'Nama', 'Unit Kerja']);
    expect(r.kind).toBe('employees');
    expect(r.rows[0][0]).toBe('198609262015051001');
    expectBalanced(r);
  });

  it('a Windows-1252 roster keeps its accented names', () => {
    const r = ingestBytes('pegawai.csv', latin('NIP;Nama;Unit Kerja\n198609262015051001;Andr\xe9 S\xe9tiawan;Setjen\n'));
    expect(r.encoding).toBe('windows-1252');
    expect(r.rows[0][1]).toBe('André Sétiawan');
    expectBalanced(r);
  });

  it.each([
    ['xlsx_damaged', withPrefix([0x50, 0x4b, 0x03, 0x04], 'x')],
    ['xls', withPrefix([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'x')],
    // UTF-16 without a byte-order mark: the byte order cannot be told, so it stays refused.
    ['utf16', Uint8Array.from([...'nip,nama\n1,a\n'].flatMap((c) => [c.charCodeAt(0), 0]))],
    ['empty', bytes('   \n\n')],
  ])('a refused file (%s) reads no rows', (reason, input) => {
    const r = ingestBytes('f.csv', input);
    expect(r.problem).toBe(reason);
    expect(r.rowsRead).toBe(0);
    expect(r.rows).toEqual([]);
    expectBalanced(r);
  });
});
