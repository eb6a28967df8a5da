import type { TableRow } from '../schema/tables';
import { NumberList } from './number-list';

// Accepted rows written straight into the CSV bytes DuckDB's reader loads, as they are read: a
// million-row file is then never held as a million JS arrays (their garbage collection was the
// largest cost of reading one), and there is no second pass to pack them.
//
// Format (one row per line): a keep flag (1, or 0 for a row dropped after it was written), then
// every value quoted, NULL as an empty unquoted field. A date already written can be changed in
// place (same length) when its column turns out to be month-first (file-ingestor.ts).
//
// Rows are gathered as text and encoded a batch at a time: one TextEncoder call per row cost the
// browser's reading worker about 3 µs a row, a third of its time. A row is known by its number; where
// its bytes are is worked out once its batch is encoded, and a value's place inside a row by reading
// the row (that happens only for the few rows a month-first column changes).
const PIECE_BYTES = 8 << 20;
const BATCH_CHARS = 1 << 16;
const ONE = 0x31;
const ZERO = 0x30;
const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
/** A place is row × 16 + column: a table has fewer than 16 columns. */
const COLUMNS = 16;
const PIECE = 2 ** 32; // a row's whereabouts: piece × 2^32 + offset in the piece

/** The bytes UTF-8 takes for a text (the non-ASCII batches only). */
function utf8Length(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 2; // a surrogate pair: two characters, four bytes
      i++;
    } else n += 2;
  }
  return n;
}

export class RowPacker {
  private readonly encoder = new TextEncoder();
  private readonly done: Uint8Array[] = [];
  private buf: Uint8Array;
  private at = 0;
  private batch: string[] = [];
  private batchChars = 0;
  private rows = 0;
  private readonly starts = new NumberList(); // per encoded row: piece × 2^32 + offset
  /** After add(): the place of each marked column's value (read(), overwrite()), -1 when it is null. */
  readonly markedAt: number[];

  /** `marked`: the row indexes whose written place add() reports (the date columns). */
  constructor(private readonly marked: readonly number[] = [], private readonly pieceBytes = PIECE_BYTES) {
    this.markedAt = marked.map(() => -1);
    this.buf = new Uint8Array(pieceBytes);
  }

  /** Writes a row; gives its number. */
  add(row: TableRow): number {
    let text = '1';
    for (let i = 0; i < row.length; i++) {
      const v = row[i];
      text += v === null ? ',' : `,"${v.includes('"') ? v.replaceAll('"', '""') : v}"`;
    }
    text += '\n';
    // Encoded, the batch must fit the piece: at most three bytes a character.
    if ((this.batchChars + text.length) * 3 > this.buf.length - this.at) {
      this.flush();
      if (text.length * 3 > this.buf.length - this.at) this.newPiece(text.length * 3);
    }
    this.batch.push(text);
    this.batchChars += text.length;
    const handle = this.rows++;
    for (let m = 0; m < this.marked.length; m++) this.markedAt[m] = row[this.marked[m]] === null ? -1 : handle * COLUMNS + this.marked[m];
    if (this.batchChars >= BATCH_CHARS) this.flush();
    return handle;
  }

  /** Encodes the gathered rows at the end of the current piece (they fit: add() saw to it). */
  private flush(): void {
    if (this.batch.length === 0) return;
    const text = this.batch.length === 1 ? this.batch[0] : this.batch.join('');
    const { read, written } = this.encoder.encodeInto(text, this.buf.subarray(this.at));
    if (read !== text.length) throw new Error('packed rows: a batch did not fit its piece');
    const base = this.done.length * PIECE;
    let offset = this.at;
    const ascii = written === text.length; // one byte a character
    for (const rowText of this.batch) {
      this.starts.push(base + offset);
      offset += ascii ? rowText.length : utf8Length(rowText);
    }
    this.at += written;
    this.batch = [];
    this.batchChars = 0;
  }

  /** Starts a new piece of at least `need` bytes. */
  private newPiece(need: number): void {
    if (this.at > 0) this.done.push(this.buf.slice(0, this.at));
    this.buf = new Uint8Array(Math.max(this.pieceBytes, need));
    this.at = 0;
  }

  /** The piece holding a row and where the row starts in it. */
  private locate(handle: number): [Uint8Array, number] {
    if (handle >= this.starts.length) this.flush();
    const where = this.starts.at(handle);
    const piece = Math.floor(where / PIECE);
    return [piece === this.done.length ? this.buf : this.done[piece], where % PIECE];
  }

  /** Where the value of a row's column starts (inside its opening quote). */
  private valueAt(place: number): [Uint8Array, number] {
    const [piece, rowStart] = this.locate(Math.floor(place / COLUMNS));
    let at = rowStart + 2; // after the keep flag and its comma
    for (let column = place % COLUMNS; column > 0; column--) {
      if (piece[at] === QUOTE) {
        // A quoted value: to its closing quote (a doubled quote is a quote inside it).
        at++;
        while (!(piece[at] === QUOTE && piece[at + 1] !== QUOTE)) at += piece[at] === QUOTE ? 2 : 1;
        at++;
      }
      if (piece[at] !== COMMA) throw new Error('packed rows: no such column');
      at++;
    }
    if (piece[at] !== QUOTE) throw new Error('packed rows: the value is null');
    return [piece, at + 1];
  }

  /** ASCII text written at a place (a date value). */
  read(place: number, length: number): string {
    const [piece, at] = this.valueAt(place);
    return String.fromCharCode(...piece.subarray(at, at + length));
  }

  /** Overwrites ASCII text of the same length at a place (a date value read the other way round). */
  overwrite(place: number, text: string): void {
    const [piece, at] = this.valueAt(place);
    for (let i = 0; i < text.length; i++) piece[at + i] = text.charCodeAt(i);
  }

  /** A written row's values (for the rejection of a row dropped after it was written). */
  valuesAt(handle: number): (string | null)[] {
    const [piece, at] = this.locate(handle);
    let end = at;
    let quoted = false;
    while (end < piece.length && (quoted || piece[end] !== LF)) {
      if (piece[end] === QUOTE) quoted = !quoted;
      end++;
    }
    const line = new TextDecoder().decode(piece.subarray(at + 2, end));
    const values: (string | null)[] = [];
    for (let i = 0; i <= line.length;) {
      if (line[i] !== '"') {
        values.push(null);
        i++;
        continue;
      }
      let v = '';
      let j = i + 1;
      for (;;) {
        const q = line.indexOf('"', j);
        if (line[q + 1] === '"') {
          v += line.slice(j, q + 1);
          j = q + 2;
          continue;
        }
        v += line.slice(j, q);
        i = q + 2;
        break;
      }
      values.push(v);
    }
    return values;
  }

  /** Marks a written row as dropped: DuckDB's load leaves it out. */
  drop(handle: number): void {
    const [piece, at] = this.locate(handle);
    if (piece[at] !== ONE) throw new Error('not the start of a row');
    piece[at] = ZERO;
  }

  /** The pieces written, each whole rows; the packer is finished. */
  finish(): Uint8Array[] {
    this.flush();
    if (this.at > 0) this.done.push(this.buf.slice(0, this.at));
    this.buf = new Uint8Array(0);
    this.at = 0;
    return this.done;
  }
}

/** Rows as packed CSV pieces (the same format the packer writes while reading). */
export function packRows(rows: readonly TableRow[]): Uint8Array[] {
  const packer = new RowPacker();
  for (const row of rows) packer.add(row);
  return packer.finish();
}
