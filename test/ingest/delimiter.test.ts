import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../src/ingest/delimiter';

describe('detectDelimiter', () => {
  it.each([
    ['comma', 'nip,nama,unit\n1,Andi,Setjen\n2,Budi,Setjen\n', ','],
    ['semicolon', 'nip;nama;unit\n1;Andi;Setjen\n2;Budi;Setjen\n', ';'],
    ['tab', 'nip\tnama\tunit\n1\tAndi\tSetjen\n2\tBudi\tSetjen\n', '\t'],
    ['pipe', 'nip|nama|unit\n1|Andi|Setjen\n2|Budi|Setjen\n', '|'],
  ])('%s', (_name, text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });

  it('ignores commas inside quoted fields of a semicolon file', () => {
    const text = 'nip;nama;unit\n1;"Setiawan, Andi, S.H.";"Lapas, Palembang"\n2;"Budi, S.E., M.M.";"Rutan, Palembang"\n';
    expect(detectDelimiter(text)).toBe(';');
  });

  it('ignores semicolons inside quoted fields of a comma file', () => {
    const text = 'nip,nama,unit\n1,"a;b;c;d;e",Setjen\n2,"f;g;h;i",Setjen\n';
    expect(detectDelimiter(text)).toBe(',');
  });

  it('ignores commas and tabs inside quoted fields of a pipe file', () => {
    const text = 'nip|nama|unit\n1|"Setiawan, Andi\tX"|Setjen\n2|"Budi, S.E."|"a,b,c"\n';
    expect(detectDelimiter(text)).toBe('|');
  });

  it('a tab file whose names hold commas stays tab-delimited', () => {
    const text = 'nip\tnama\tunit\n1\tSetiawan, Andi\tSetjen\n2\tBudi, S.E.\tSetjen\n';
    expect(detectDelimiter(text)).toBe('\t');
  });

  it.each([['\r\n'], ['\r'], ['\n']])('works with line ending %j', (eol) => {
    expect(detectDelimiter(['nip;nama;unit', '1;Andi;Setjen', '2;Budi;Setjen'].join(eol))).toBe(';');
    expect(detectDelimiter(['nip|nama|unit', '1|Andi|Setjen', '2|Budi|Setjen'].join(eol))).toBe('|');
  });
});

describe('detectDelimiter: records spanning lines', () => {
  it('keeps a line break inside quotes in its record (a multi-line note with semicolons)', () => {
    const text = 'Nomor Kasus,Tanggal Lapor,Unit Kerja,Jenis Pelanggaran\nINS-1,2024-01-10,Setjen,"catatan; baris 1\nbaris 2; lagi"\nINS-2,2024-01-11,Setjen,"a;\nb;c"\n';
    expect(detectDelimiter(text)).toBe(',');
  });
});
