// Whether a text export is "regular": every record on one line, the same number of fields in every
// data record, quotes only around whole fields (doubled inside), no lone CR, no NUL byte and no empty
// line among the data. Such a file splits into exactly the same records whichever CSV reader reads
// it, and its N-th data record is on line headerLine + N: DuckDB's own reader can then read it for
// the engine's reading path (db/engine-reading.ts) with every line number right. Anything else is
// read by the TypeScript reader, which knows every irregularity the contract allows.
import type { Kind } from '../schema/columns';
import type { FileResult } from './report-types';

/** The kinds the engine reads itself (db/engine-reading.ts): the roster and the pledge exports, the large files. */
export const ENGINE_KINDS: readonly Kind[] = ['employees', 'signatures'];

/** Whether the first look at a file lets the engine read it: a roster or pledge export, as UTF-8 text, with its columns. */
export function engineReadable(head: FileResult): boolean {
  // A small file is read whole by its first look: that none of its rows loads is for the whole reading to say.
  const problem = head.problem === null || head.problem === 'no_rows_loaded';
  return head.kind !== null && ENGINE_KINDS.includes(head.kind) && problem && head.encoding === 'utf-8'
    && head.delimiter !== null && (head.sheets ?? []).length === 0 && head.headers.length > 0;
}

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const TAB = 0x09;
const SPACE = 0x20;

// Bytes that are, or may be part of, white space as JavaScript's trim() sees it (non-ASCII ones
// included at a guess): a line of nothing else may be a blank line the contract skips.
const maybeSpace = (c: number): boolean => c === SPACE || c === TAB || c === 0x0b || c === 0x0c || c >= 0x80;

const cont = (b: number | undefined): boolean => b !== undefined && (b & 0xc0) === 0x80;

/** The length of the UTF-8 sequence at `i` (a lead byte of 0x80 or more), or 0 where it is not one (as a strict decoder sees it). */
function utf8Length(bytes: Uint8Array, i: number): number {
  const c = bytes[i];
  const c1 = bytes[i + 1];
  if (c >= 0xc2 && c <= 0xdf) return cont(c1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    // No overlong form (E0 then A0–BF) and no surrogate (ED then 80–9F).
    if (c1 === undefined || (c === 0xe0 ? c1 < 0xa0 || c1 > 0xbf : c === 0xed ? c1 < 0x80 || c1 > 0x9f : !cont(c1))) return 0;
    return cont(bytes[i + 2]) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    // No overlong form (F0 then 90–BF) and nothing past U+10FFFF (F4 then 80–8F).
    if (c1 === undefined || (c === 0xf0 ? c1 < 0x90 || c1 > 0xbf : c === 0xf4 ? c1 < 0x80 || c1 > 0x8f : !cont(c1))) return 0;
    return cont(bytes[i + 2]) && cont(bytes[i + 3]) ? 4 : 0;
  }
  return 0;
}

/** The bytes of one character of a field's text at `i`: 0 for a NUL byte or what is not UTF-8. */
function textLength(bytes: Uint8Array, i: number): number {
  const c = bytes[i];
  if (c < 0x80) return c === 0 ? 0 : 1;
  return utf8Length(bytes, i);
}

export type RegularScan =
  | { readonly regular: true; readonly records: number; readonly bom: boolean }
  | { readonly regular: false; readonly line: number; readonly why: string };

/**
 * Scans the bytes of a UTF-8 text file. `headerLine`: the 1-based line of the header (lines before it
 * are a title, not data); `width`: the header's number of fields.
 */
export function scanRegular(bytes: Uint8Array, delimiter: string, headerLine: number, width: number): RegularScan {
  const delim = delimiter.charCodeAt(0);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const n = bytes.length;
  let i = bom ? 3 : 0;
  let line = 1;
  let records = 0;
  let trailingEmpty = false; // an empty line was seen after the data: only more empty lines may follow
  const fail = (why: string): RegularScan => ({ regular: false, line, why });
  while (i < n) {
    // One line: its fields, up to LF (CRLF), or the end of the bytes.
    const start = i;
    let end = -1; // where the line's content ends (before its CR LF or LF)
    let fields = 1;
    let blank = true; // nothing but what may be white space so far
    for (;;) {
      if (i >= n) { end = n; break; }
      let c = bytes[i];
      if (c === QUOTE) {
        // A quoted field: to the closing quote, which a delimiter or the line's end must follow.
        i++;
        for (;;) {
          if (i >= n) return fail('an unclosed quote');
          c = bytes[i];
          if (c === QUOTE) {
            if (bytes[i + 1] === QUOTE) { blank = false; i += 2; continue; }
            i++;
            break;
          }
          if (c === LF || c === CR) return fail('a line break inside quotes');
          const length = textLength(bytes, i);
          if (length === 0) return fail(c === 0 ? 'a NUL byte' : 'not UTF-8');
          if (length === 1 && !maybeSpace(c)) blank = false;
          i += length;
        }
        if (i >= n) { end = n; break; }
        c = bytes[i];
        if (c !== delim && c !== LF && c !== CR) return fail('text after a closing quote');
      }
      // Unquoted text up to the next delimiter or line end.
      while (i < n) {
        c = bytes[i];
        if (c === delim || c === LF || c === CR) break;
        if (c === QUOTE) return fail('a quote inside an unquoted field');
        const length = textLength(bytes, i);
        if (length === 0) return fail(c === 0 ? 'a NUL byte' : 'not UTF-8');
        if (length === 1 && !maybeSpace(c)) blank = false;
        i += length;
      }
      if (i >= n) { end = n; break; }
      c = bytes[i];
      if (c === delim) {
        if (c !== TAB) blank = false; // a line of commas is a record of empty fields, not a blank line
        fields++;
        i++;
        continue;
      }
      end = i;
      if (c === CR) {
        if (bytes[i + 1] !== LF) return fail('a line break of CR alone');
        i++;
      }
      i++; // the LF
      break;
    }
    if (line > headerLine) {
      if (end === start) {
        trailingEmpty = true; // empty lines at the very end are nothing; among the data they would shift the line numbers
      } else {
        // A line of spaces (or, tab-separated, of tabs) is skipped by the contract's reader: not regular here.
        if (blank && (fields === 1 || delim === TAB)) return fail('a line of white space');
        if (trailingEmpty) return fail('an empty line among the data');
        if (fields !== width) return fail(`${fields} fields where the header has ${width}`);
        records++;
      }
    } else if (end === start) return fail('an empty line before the header');
    line++;
  }
  return { regular: true, records, bom };
}
