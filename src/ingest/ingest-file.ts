import { sniffUnreadable, utf16Bom, type Encoding } from './decode';
import { decodeWindows1252 } from './windows-1252';
import { emptyResult, FileIngestor, type IngestOptions } from './file-ingestor';
import type { FileResult } from './report-types';
import { CrossFileRules } from './cross-file';
import { readWorkbook } from './read-workbook';

export { emptyResult, type IngestOptions } from './file-ingestor';

// One file, read in pieces: .xlsx workbooks, UTF-16 with a BOM, UTF-8 (BOM or not) else Windows-1252, then
// rows; other files that are not text are refused with a reason.
export const CHUNK_BYTES = 4 * 1024 * 1024;

export class NotUtf8 extends Error {}

/** Decodes a byte stream piece by piece; UTF-8 is strict so a wrong guess is noticed. */
export class ChunkDecoder {
  private readonly utf8: TextDecoder | null;
  private first = true;
  bom = false;
  nulBytes = 0;

  private readonly utf16: TextDecoder | null;

  constructor(readonly encoding: Encoding) {
    this.utf8 = encoding === 'utf-8' ? new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }) : null;
    // UTF-16 is only read after its byte-order mark, which the decoder drops.
    this.utf16 = encoding === 'utf-16le' || encoding === 'utf-16be' ? new TextDecoder(encoding) : null;
    this.bom = this.utf16 !== null;
  }

  decode(bytes: Uint8Array, final: boolean): string {
    let body = bytes;
    if (this.first) {
      this.first = false;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        this.bom = true;
        body = bytes.subarray(3);
      }
    }
    let text: string;
    if (this.utf16) text = this.utf16.decode(bytes, { stream: !final });
    else if (this.utf8) {
      try {
        text = this.utf8.decode(body, { stream: !final });
      } catch {
        throw new NotUtf8();
      }
    } else text = decodeWindows1252(body);
    if (text.includes('\u0000')) {
      this.nulBytes += text.split('\u0000').length - 1;
      text = text.replaceAll('\u0000', '');
    }
    return text;
  }
}

export interface ByteRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Reading one file, as steps: it yields the byte range it needs next and is resumed with those
 * bytes, so the same code reads bytes in memory (Node) and a File in pieces (the browser worker).
 * Reads an .xlsx workbook whole (a zip needs its directory at the end); reads UTF-16 text after a
 * byte-order mark; refuses other non-text files; tries UTF-8 then Windows-1252 (undoing the
 * duplicate keys of a failed try); reads at most `limit` bytes of text (a sample for a first look).
 */
export function* readFile(file: string, size: number, options: IngestOptions, rules: CrossFileRules,
  onPiece: (bytes: number, rows: number) => void = () => undefined, limit = size): Generator<ByteRange, FileResult, Uint8Array> {
  const readSize = Math.min(size, limit);
  const head = yield { start: 0, end: Math.min(size, 4096) };
  const refused = sniffUnreadable(head);
  if (refused === 'xlsx') {
    const whole = head.length >= size ? head : yield { start: 0, end: size };
    return readWorkbook(file, whole, options, rules, onPiece, readSize < size);
  }
  const bom16 = utf16Bom(head);
  if (refused && !(refused === 'utf16' && bom16)) return { ...emptyResult(file, size), problem: refused };
  const encodings: readonly Encoding[] = bom16 ? [bom16] : ['utf-8', 'windows-1252'];
  for (const encoding of encodings) {
    const decoder = new ChunkDecoder(encoding);
    const ingestor = new FileIngestor(file, size, options, undefined, rules);
    rules.begin();
    try {
      for (let start = 0; start < readSize || start === 0; start += CHUNK_BYTES) {
        const end = Math.min(readSize, start + CHUNK_BYTES);
        const bytes = yield { start, end };
        // A sample cut mid-character is still UTF-8: only the end of the whole file ends the stream.
        ingestor.push(decoder.decode(bytes, end >= readSize && readSize === size));
        onPiece(end, ingestor.result.rowsRead);
        if (end >= readSize) break;
      }
      const result = finishWith(ingestor, decoder);
      // A whole file from which no row loads is refused as a whole (contract section 2): it must
      // never replace data loaded before.
      if (readSize === size && result.problem === null && result.kind !== null && result.loaded === 0) result.problem = 'no_rows_loaded';
      rules.commit();
      return result;
    } catch (error) {
      rules.rollback();
      if (!(error instanceof NotUtf8)) throw error;
    }
  }
  throw new Error('unreachable: Windows-1252 decodes every byte');
}

/** Reads bytes in memory in pieces, exactly as the browser worker reads a File. */
export function ingestBytes(file: string, bytes: Uint8Array, options: IngestOptions = {}, crossFile?: CrossFileRules): FileResult {
  const steps = readFile(file, bytes.length, options, crossFile ?? new CrossFileRules());
  let step = steps.next();
  while (!step.done) step = steps.next(bytes.subarray(step.value.start, step.value.end));
  return step.value;
}

function finishWith(ingestor: FileIngestor, decoder: ChunkDecoder): FileResult {
  const result = ingestor.finish();
  result.encoding = decoder.encoding;
  result.bom = decoder.bom;
  // NUL bytes are dropped while decoding; say so, or a value silently changes.
  if (decoder.nulBytes > 0) result.warnings.push({ line: 0, reason: 'nul_bytes', column: '', value: String(decoder.nulBytes) });
  return result;
}

/** A first look at a file: the reading of its first HEAD_BYTES (kind, header line, columns, delimiter, encoding, sample). */
export const HEAD_BYTES = 256 * 1024;

export function ingestHead(file: string, bytes: Uint8Array, options: IngestOptions = {}): FileResult {
  const steps = readFile(file, bytes.length, options, new CrossFileRules(), undefined, HEAD_BYTES);
  let step = steps.next();
  while (!step.done) step = steps.next(bytes.subarray(step.value.start, step.value.end));
  return step.value;
}

/** Reads text that is already decoded (tests, pasted text). */
export function ingestText(file: string, text: string, options: IngestOptions = {}): FileResult {
  const ingestor = new FileIngestor(file, text.length, options);
  ingestor.push(text, true);
  return ingestor.finish();
}
