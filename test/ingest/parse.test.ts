import { describe, expect, it } from 'vitest';
import type { Delimiter } from '../../src/ingest/delimiter';
import { isBlankRecord, RecordSplitter, type RawRecord } from '../../src/ingest/parse';

function split(text: string, delimiter: Delimiter = ',', startLine = 1): RawRecord[] {
  const out: RawRecord[] = [];
  new RecordSplitter(delimiter, startLine).split(text, (r) => out.push(r));
  return out.filter((r) => !isBlankRecord(r.fields));
}

describe('RecordSplitter: line endings', () => {
  it.each([['\n'], ['\r\n'], ['\r']])('numbers records by physical line with %j', (eol) => {
    expect(split(['a,b', '1,2', '3,4'].join(eol) + eol)).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 3, fields: ['3', '4'] },
    ]);
  });

  it.each([['\n'], ['\r\n'], ['\r']])('counts the line break inside a quoted field (%j)', (eol) => {
    const text = ['a,b', `"Andi${eol}Setiawan",2`, '3,4'].join(eol);
    expect(split(text)).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: [`Andi${eol}Setiawan`, '2'] },
      { line: 4, fields: ['3', '4'] },
    ]);
  });

  it('a CRLF file with a bare LF inside a cell (Excel) counts that LF as a line', () => {
    expect(split('a,b\r\n"l1\nl2",2\r\n3,4\r\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['l1\nl2', '2'] },
      { line: 4, fields: ['3', '4'] },
    ]);
  });

  it('several line breaks in one field and blank lines are all counted', () => {
    expect(split('a,b\n"x\n\ny",1\n\n   \n5,6\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x\n\ny', '1'] },
      { line: 7, fields: ['5', '6'] },
    ]);
  });
});

describe('RecordSplitter: quoting', () => {
  it.each([[','], [';'], ['\t'], ['|']] as [Delimiter][])('quoted fields keep the delimiter %j', (d) => {
    const text = `a${d}b\n"x${d}y"${d}"He said ""hi"""\n`;
    expect(split(text, d)).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: [`x${d}y`, 'He said "hi"'] },
    ]);
  });

  it('quoted and unquoted fields mix on one line', () => {
    expect(split('1,"Setiawan, Andi",Setjen')).toEqual([{ line: 1, fields: ['1', 'Setiawan, Andi', 'Setjen'] }]);
  });
});

describe('isBlankRecord', () => {
  it('is true only for a record of one empty or white-space field', () => {
    expect(isBlankRecord([''])).toBe(true);
    expect(isBlankRecord(['   '])).toBe(true);
    expect(isBlankRecord(['a'])).toBe(false);
    expect(isBlankRecord(['', 'x'])).toBe(false);
  });
});

describe('RecordSplitter: streaming in chunks', () => {
  const text = 'nip,nama\n1,"Andi\nSetiawan"\n2,"Budi, S.E."\n\n3,"Citra\r\n""C"""\n4,Dewi\n';
  // the boundary falls after the record of line 4 ("2,Budi..."), i.e. before the blank line 5
  const cut = text.indexOf('\n\n3') + 1;

  it('gives the same records and lines whole or in two chunks', () => {
    const whole = split(text);
    const firstChunk = text.slice(0, cut);
    const linesInFirst = firstChunk.split(/\r\n|\r|\n/).length - 1;
    expect(linesInFirst).toBe(4);
    const chunked = [...split(firstChunk), ...split(text.slice(cut), ',', linesInFirst + 1)];
    expect(chunked).toEqual(whole);
    expect(whole.map((r) => r.line)).toEqual([1, 2, 4, 6, 8]);
    expect(whole[3].fields).toEqual(['3', 'Citra\r\n"C"']);
  });

});
