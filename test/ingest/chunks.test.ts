import { describe, expect, it } from 'vitest';
import { lastRecordEnd } from '../../src/ingest/chunks';

/** The rule written out character by character: the last line break outside quotes (a CR at the very end may be half of CRLF). */
function byEveryCharacter(text: string): number {
  let inQuotes = false;
  let end = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || (c === '\r' && i + 1 < text.length && text[i + 1] !== '\n'))) end = i + 1;
  }
  return end;
}

describe('the end of the last complete record', () => {
  it('is found after LF, CRLF or a lone CR, never inside quotes, never on a CR that may be half of CRLF', () => {
    expect(lastRecordEnd('a,b\nc,d')).toBe(4);
    expect(lastRecordEnd('a,b\r\nc')).toBe(5);
    expect(lastRecordEnd('a,b\rc')).toBe(4);
    expect(lastRecordEnd('a,b\r')).toBe(-1);
    expect(lastRecordEnd('a,"b\nc"')).toBe(-1);
    expect(lastRecordEnd('x\n"a\nb","c\n')).toBe(2);
    expect(lastRecordEnd('x\n"a\nb",c\n')).toBe(10);
    expect(lastRecordEnd('')).toBe(-1);
  });

  it('agrees with a character-by-character reading on 100,000 generated texts', () => {
    let state = 42;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const pieces = ['a', '"', '\n', '\r', ',', '\r\n', '""'];
    for (let n = 0; n < 100_000; n++) {
      let text = '';
      for (let i = Math.floor(next() * 14); i > 0; i--) text += pieces[Math.floor(next() * pieces.length)];
      if (lastRecordEnd(text) !== byEveryCharacter(text)) expect({ text, end: lastRecordEnd(text) }).toEqual({ text, end: byEveryCharacter(text) });
    }
  });
});
