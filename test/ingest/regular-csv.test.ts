import { describe, expect, it } from 'vitest';
import { scanRegular } from '../../src/ingest/regular-csv';

const scan = (text: string, delimiter = ',', headerLine = 1, width = 3) => scanRegular(new TextEncoder().encode(text), delimiter, headerLine, width);

describe('scanRegular', () => {
  it('counts the data records of a plain export, with or without a final line break, BOM or CRLF', () => {
    expect(scan('a,b,c\n1,2,3\n4,5,6\n')).toEqual({ regular: true, records: 2, bom: false });
    expect(scan('a,b,c\r\n1,2,3\r\n4,5,6')).toEqual({ regular: true, records: 2, bom: false });
    expect(scan('\uFEFFa,b,c\n1,2,3\n')).toEqual({ regular: true, records: 1, bom: true });
    expect(scan('a,b,c\n1,2,3\n\n\r\n')).toEqual({ regular: true, records: 1, bom: false });
    expect(scan('a,b,c\n')).toEqual({ regular: true, records: 0, bom: false });
  });

  it('takes well-formed quotes, doubled quotes and delimiters inside them, and empty fields', () => {
    expect(scan('"a","b","c"\n"1","x ""y"", z",""\n,,\n')).toEqual({ regular: true, records: 2, bom: false });
  });

  it('skips title lines before the header', () => {
    expect(scan('Daftar pegawai\na;b;c\n1;2;3\n', ';', 2)).toEqual({ regular: true, records: 1, bom: false });
  });

  it.each([
    ['a,b,c\n1,"2\n2",3\n', 'a line break inside quotes', 2],
    ['a,b,c\n1,2"x,3\n', 'a quote inside an unquoted field', 2],
    ['a,b,c\n1,"2"x,3\n', 'text after a closing quote', 2],
    ['a,b,c\n1,2,"3', 'an unclosed quote', 2],
    ['a,b,c\n1,2,3\r4,5,6\n', 'a line break of CR alone', 2],
    ['a,b,c\n1,2\n', '2 fields where the header has 3', 2],
    ['a,b,c\n1,2,3,4\n', '4 fields where the header has 3', 2],
    ['a,b,c\n1,2,3\n\n4,5,6\n', 'an empty line among the data', 4],
    ['a,b,c\n1,2,3\n   \n', 'a line of white space', 3],
    ['a,b,c\n1,\u00002,3\n', 'a NUL byte', 2],
    ['\na,b,c\n1,2,3\n', 'an empty line before the header', 1],
  ])('says why %j is not regular', (text, why, line) => {
    expect(scan(text, ',', text.startsWith('\n') ? 2 : 1)).toEqual({ regular: false, why, line });
  });

  it('reads UTF-8 as a strict decoder does', () => {
    expect(scan('a,b,c\nRené,Ünit ✓,😀\n')).toMatchObject({ regular: true, records: 1 });
    const bad = [[0xe9], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82]];
    for (const seq of bad) {
      const bytes = new Uint8Array([...new TextEncoder().encode('a,b,c\n1,'), ...seq, ...new TextEncoder().encode(',3\n')]);
      expect(scanRegular(bytes, ',', 1, 3)).toMatchObject({ regular: false, why: 'not UTF-8', line: 2 });
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    }
  });

  it('sees a tab-separated line of tabs and spaces as blank', () => {
    expect(scan('a\tb\tc\n1\t2\t3\n\t \t\n', '\t')).toMatchObject({ regular: false, why: 'a line of white space' });
    expect(scan('a\tb\tc\n1\t2\t3\n"x"\t\t\n', '\t')).toMatchObject({ regular: true, records: 2 });
  });
});
